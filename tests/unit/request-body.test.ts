import { describe, expect, it } from "vitest";
import { KIB, nestsDeeperThan, readJsonBody, readTextBody } from "@/lib/security/request-body";

const encoder = new TextEncoder();

/** A POST whose body comes as a stream of `chunks` (chunked: no Content-Length unless given). */
function streamed(chunks: Iterable<Uint8Array>, headers: Record<string, string> = {}) {
  const source = chunks[Symbol.iterator]();
  const seen = { bytes: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = source.next();
        if (next.done) return controller.close();
        seen.bytes += next.value.byteLength;
        controller.enqueue(next.value);
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://localhost/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, seen };
}

/** 64 KiB chunks of `[`, for ever. */
function* endlessBrackets() {
  const chunk = encoder.encode("[".repeat(64 * KIB));
  for (;;) yield chunk;
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/x", { method: "POST", body, headers });

describe("readTextBody", () => {
  it("reads a body up to the limit, and refuses one byte more with 413", async () => {
    expect(await readTextBody(post("a".repeat(KIB)), KIB)).toEqual({ ok: true, value: "a".repeat(KIB) });
    expect(await readTextBody(post("a".repeat(KIB + 1)), KIB)).toEqual({ ok: false, status: 413, reason: "tooLarge", maxBytes: KIB });
  });

  it("counts bytes, not characters", async () => {
    // 342 × 3 bytes = 1,026 bytes in 342 characters.
    expect(await readTextBody(post("あ".repeat(342)), KIB)).toMatchObject({ ok: false, status: 413 });
    expect(await readTextBody(post("あ".repeat(341)), KIB)).toEqual({ ok: true, value: "あ".repeat(341) });
  });

  it("refuses from Content-Length alone, reading nothing", async () => {
    const { request, seen } = streamed(endlessBrackets(), { "content-length": String(10_000_000) });
    expect(await readTextBody(request, 8 * KIB)).toMatchObject({ ok: false, status: 413, reason: "tooLarge" });
    expect(seen.bytes).toBe(0);
  });

  it("stops reading a chunked body at the limit and cancels the rest", async () => {
    const { request, seen } = streamed(endlessBrackets());
    expect(request.headers.get("content-length")).toBeNull();
    expect(await readTextBody(request, 8 * KIB)).toMatchObject({ ok: false, status: 413, reason: "tooLarge" });
    // One chunk past the limit at most: the endless rest is never pulled.
    expect(seen.bytes).toBeLessThanOrEqual(8 * KIB + 64 * KIB);
    expect(seen.cancelled).toBe(true);
  });

  it("counts the bytes that arrive when Content-Length understates them", async () => {
    const { request } = streamed([encoder.encode("a".repeat(600)), encoder.encode("b".repeat(600))], { "content-length": "10" });
    expect(await readTextBody(request, KIB)).toMatchObject({ ok: false, status: 413 });
  });

  it("joins a chunked body that stays within the limit", async () => {
    const { request } = streamed([encoder.encode('{"a":'), encoder.encode(' "日本'), encoder.encode('"}')]);
    expect(await readTextBody(request, KIB)).toEqual({ ok: true, value: '{"a": "日本"}' });
  });

  it("refuses malformed UTF-8 instead of replacing it", async () => {
    expect(await readTextBody(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), KIB)).toEqual({ ok: false, status: 400, reason: "notText" });
    // A character cut in half.
    expect(await readTextBody(post(encoder.encode("あ").slice(0, 2)), KIB)).toMatchObject({ ok: false, reason: "notText" });
  });

  it("reads a missing body as empty text", async () => {
    expect(await readTextBody(new Request("http://localhost/api/x", { method: "POST" }), KIB)).toEqual({ ok: true, value: "" });
  });
});

describe("nestsDeeperThan", () => {
  it("counts arrays and objects, outside strings only", () => {
    expect(nestsDeeperThan("[[[1]]]", 3)).toBe(false);
    expect(nestsDeeperThan("[[[[1]]]]", 3)).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":[{}]}}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":{"b":[{}]}}', 3)).toBe(true);
    expect(nestsDeeperThan('["[[[[[[", "{{{{{{"]', 1)).toBe(false);
    // An escaped quote does not end the string; an escaped backslash does not escape the quote after it.
    expect(nestsDeeperThan('["\\"[[[[["]', 1)).toBe(false);
    expect(nestsDeeperThan('["\\\\", [[[1]]]]', 3)).toBe(true);
  });

  it("measures depth, not the number of brackets", () => {
    expect(nestsDeeperThan("[]".repeat(10_000), 1)).toBe(false);
    expect(nestsDeeperThan(`[${"[1],".repeat(1000)}[1]]`, 2)).toBe(false);
  });

  it("finds the depth JSON.parse would build", () => {
    const deep = "[".repeat(5_000) + "]".repeat(5_000);
    expect(nestsDeeperThan(deep, 4_999)).toBe(true);
    expect(nestsDeeperThan(deep, 5_000)).toBe(false);
  });
});

describe("readJsonBody", () => {
  const limits = { maxBytes: 8 * KIB, maxDepth: 4 };

  it("parses JSON within the limits", async () => {
    expect(await readJsonBody(post('{"modelId":"addition-direct","input":"1 + 2"}'), limits)).toEqual({ ok: true, value: { modelId: "addition-direct", input: "1 + 2" } });
    expect(await readJsonBody(post("[[[[1]]]]"), limits)).toEqual({ ok: true, value: [[[[1]]]] });
  });

  it("refuses nesting deeper than the limit with 400, before parsing", async () => {
    expect(await readJsonBody(post("[[[[[1]]]]]"), limits)).toEqual({ ok: false, status: 400, reason: "tooDeep", maxDepth: 4 });
    // Unbalanced: JSON.parse would fail too, but the depth is refused first and costs nothing.
    expect(await readJsonBody(post("[".repeat(4_000)), limits)).toMatchObject({ ok: false, reason: "tooDeep" });
  });

  it("refuses 10 MB of brackets as too large, whatever its shape", async () => {
    const huge = "[".repeat(5_000_000) + "]".repeat(5_000_000);
    expect(await readJsonBody(post(huge), limits)).toMatchObject({ ok: false, status: 413, reason: "tooLarge" });
    const { request } = streamed(endlessBrackets());
    expect(await readJsonBody(request, limits)).toMatchObject({ ok: false, status: 413, reason: "tooLarge" });
  });

  it("refuses what is not JSON with 400", async () => {
    for (const text of ["", "{", "{'a': 1}", "[1,]", "undefined"]) {
      expect(await readJsonBody(post(text), limits), text).toEqual({ ok: false, status: 400, reason: "notJson" });
    }
  });
});
