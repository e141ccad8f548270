import { APICallError, InvalidPromptError, NoSuchModelError, RetryError } from "ai";
import { describe, expect, it } from "vitest";
import { cutOffMessage, failureMessage } from "@/lib/model-work/failures";

const api = (statusCode?: number) => new APICallError({ message: "x", url: "http://model", requestBodyValues: {}, statusCode, isRetryable: false });
const said = (error: unknown, timedOut = false) => failureMessage(error, { timedOut, timeoutSeconds: 45 });

describe("what the student is told when a model fails", () => {
  it.each([
    [api(429), "limiting requests"],
    [api(401), "refused this server's key"],
    [api(403), "refused this server's key"],
    [api(404), "does not know the configured model"],
    [api(503), "failed (HTTP 503)"],
    [api(undefined), "could not be reached"],
    [api(400), "refused the request (HTTP 400)"],
    [new NoSuchModelError({ modelId: "openai:gone", modelType: "languageModel" }), "no longer available"],
    [new InvalidPromptError({ prompt: "", message: "the model does not know \"x\"" }), "cannot read this problem"],
    [new TypeError("boom"), "failed unexpectedly"],
  ])("%s", (error, expected) => {
    const message = said(error);
    expect(message).toContain(expected);
    // Whatever happened, the student learns that nothing is lost and how to go on.
    expect(message).toContain("Lines the model already wrote are kept");
    expect(message).not.toContain("boom");
  });

  it("looks through the SDK's retries to the last error, and a time limit wins over the abort it causes", () => {
    const retried = new RetryError({ message: "Failed after 2 attempts", reason: "maxRetriesExceeded", errors: [api(429), api(429)] });
    expect(said(retried)).toContain("limiting requests");
    expect(said(new DOMException("aborted", "AbortError"), true)).toContain("longer than 45 s");
  });

  it("says which bound a model's text broke", () => {
    expect(cutOffMessage("too-many-lines", 10)).toContain("after 10 lines");
    expect(cutOffMessage("line-too-long", 10_000)).toContain("longer than 10000 characters");
  });
});
