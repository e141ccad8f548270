import { APICallError, InvalidPromptError, NoSuchModelError, RetryError } from "ai";
import { describe, expect, it } from "vitest";
import { cutOffMessage, failureMessage, runFailure, storedFailure, storedFailureText } from "@/lib/model-work/failures";

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

describe("failures in the student's language, and as the call log keeps them", () => {
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

  it("says every failure in Japanese too, with the same values", () => {
    for (const error of [api(429), api(503), api(undefined), new TypeError("boom")]) {
      const message = failureMessage(error, { timedOut: false, timeoutSeconds: 45 }, "ja");
      expect(message).toMatch(japanese);
      expect(message).not.toContain("Lines the model already wrote");
    }
    expect(failureMessage(api(503), { timedOut: false, timeoutSeconds: 45 }, "ja")).toContain("HTTP 503");
    expect(failureMessage(new DOMException("aborted", "AbortError"), { timedOut: true, timeoutSeconds: 45 }, "ja")).toContain("45");
    expect(cutOffMessage("line-too-long", 10_000, "ja")).toContain("10000");
  });

  it("keeps a failure as a code, so that a later page tells it in its own viewer's language", () => {
    const kept = storedFailure(runFailure(api(503), { timedOut: false, timeoutSeconds: 45 }));
    expect(JSON.parse(kept)).toEqual({ code: "serviceFailed", values: { status: "503" } });
    expect(storedFailureText(kept, "en")).toBe(said(api(503)));
    expect(storedFailureText(kept, "ja")).toMatch(japanese);
    expect(storedFailureText(kept, "ja")).toContain("503");
    // A sentence logged before failures were kept as codes is shown as it was written.
    expect(storedFailureText("The model failed unexpectedly.", "ja")).toBe("The model failed unexpectedly.");
    expect(storedFailureText('{"code":"no-such-code"}', "en")).toBe('{"code":"no-such-code"}');
  });
});
