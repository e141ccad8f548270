// Every route handler that takes a body reads it with a byte and depth limit, and says why it
// refused in the requester's language. e2e/request-limits.spec.ts checks the same against a
// running server, with the timing; this checks the answers.
import { describe, expect, it } from "vitest";
import { startPractice } from "@/app/(practice)/actions";
import { POST as labSolve } from "@/app/api/lab/solve/route";
import { POST as runModel } from "@/app/api/practice/[sessionId]/model/route";
import { actAs, Browser, redirectOf } from "../../support/next-request";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const TEN_MB_OF_BRACKETS = "[".repeat(5_000_000) + "]".repeat(5_000_000);

/** A body that never ends, sent chunked: only a reader that stops at its limit returns. */
function endless(): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode("[".repeat(65_536));
  return new ReadableStream({ pull: (controller) => controller.enqueue(chunk) }, { highWaterMark: 0 });
}

const post = (url: string, body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);

async function refusal(response: Response): Promise<{ status: number; error: string }> {
  return { status: response.status, error: ((await response.json()) as { error: string }).error };
}

async function sessionOf(as: Browser): Promise<string> {
  actAs(as);
  const data = new FormData();
  for (const [key, value] of Object.entries({ source: "addition-numbers", a: "29", b: "57" })) data.set(key, value);
  const id = /^\/practice\/([a-z0-9]+)$/.exec(await redirectOf(() => startPractice(null, data)))?.[1];
  if (!id) throw new Error("no session");
  return id;
}

describe(`request bodies are read with limits on ${provider}`, () => {
  const solve = "http://localhost/api/lab/solve";

  it("the Lab route refuses 10 MB with 413, declared or chunked, before parsing", async () => {
    actAs(new Browser());
    const declared = post(solve, TEN_MB_OF_BRACKETS, { "content-type": "application/json", "content-length": String(TEN_MB_OF_BRACKETS.length) });
    expect(await refusal(await labSolve(declared))).toEqual({ status: 413, error: "The request is too large (over 8 KiB)." });
    expect(await refusal(await labSolve(post(solve, endless())))).toEqual({ status: 413, error: "The request is too large (over 8 KiB)." });
  });

  it("the Lab route refuses deep JSON with 400 and says so", async () => {
    actAs(new Browser());
    const deep = `{"modelId":"addition-direct","input":${"[".repeat(1000)}${"]".repeat(1000)}}`;
    expect(await refusal(await labSolve(post(solve, deep)))).toEqual({ status: 400, error: "The request is nested too deeply (over 4 levels)." });
    // Bytes that are not UTF-8 are refused as such, not read with replacement characters.
    expect(await refusal(await labSolve(post(solve, new Uint8Array([0x7b, 0xff, 0x7d]))))).toEqual({ status: 400, error: "The request is not valid UTF-8 text." });
  });

  it("the model route refuses 10 MB with 413 and deep JSON with 400, in the viewer's language", async () => {
    const english = new Browser();
    const sessionId = await sessionOf(english);
    const url = `http://localhost/api/practice/${sessionId}/model`;
    const params = { params: Promise.resolve({ sessionId }) };
    actAs(english);
    expect(await refusal(await runModel(post(url, TEN_MB_OF_BRACKETS), params))).toEqual({ status: 413, error: "The request is too large (over 1 KiB)." });
    expect(await refusal(await runModel(post(url, endless()), params))).toEqual({ status: 413, error: "The request is too large (over 1 KiB)." });
    expect(await refusal(await runModel(post(url, `{"requestId":${"[".repeat(100)}${"]".repeat(100)}}`), params))).toEqual({
      status: 400,
      error: "The request is nested too deeply (over 4 levels).",
    });

    const japanese = new Browser();
    japanese.acceptLanguage = "ja";
    const theirs = await sessionOf(japanese);
    actAs(japanese);
    const refused = await refusal(await runModel(post(`http://localhost/api/practice/${theirs}/model`, endless()), { params: Promise.resolve({ sessionId: theirs }) }));
    expect(refused.status).toBe(413);
    expect(refused.error).toMatch(JAPANESE);
    expect(refused.error).toContain("1 KiB");
  });
});
