import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { streamLines, type LinesEnd } from "@/lib/model-work/lines";

async function* chunks(parts: string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

async function collect(parts: string[], bounds = { maxLines: 100, maxLineLength: 50 }) {
  const lines: string[] = [];
  const cut = streamLines(chunks(parts), bounds);
  let step = await cut.next();
  for (; !step.done; step = await cut.next()) lines.push(step.value);
  return { lines, end: step.value as LinesEnd };
}

describe("streamLines", () => {
  it("gives each line as soon as its newline arrives, and the unterminated last line at the end", async () => {
    const cut = streamLines(chunks(["<scr", "atch>\n2 9 + 5", " 7 , C: 0\n", "8 6"]), { maxLines: 10, maxLineLength: 100 });
    expect((await cut.next()).value).toBe("<scratch>");
    expect((await cut.next()).value).toBe("2 9 + 5 7 , C: 0");
    expect((await cut.next()).value).toBe("8 6");
    expect(await cut.next()).toEqual({ done: true, value: "end" });
  });

  it("skips blank lines, carriage returns and Markdown fences around a chat model's answer", async () => {
    expect(await collect(["```text\r\n", "a b\r\n\r\n", "\n  \nc\n```\n"])).toEqual({ lines: ["a b", "c"], end: "end" });
  });

  it("replaces what no database can store (control characters, broken surrogates) so the line judged is the line stored", async () => {
    expect(await collect(["a\u0000b\u001b\tc\ud800d\n"])).toEqual({ lines: ["a\ufffdb\ufffd\tc\ufffdd"], end: "end" });
    expect(await collect(["ok 😀\n"])).toEqual({ lines: ["ok 😀"], end: "end" });
  });

  it("stops a model that writes too many lines, or one endless line", async () => {
    expect(await collect(["a\nb\nc\nd\n"], { maxLines: 2, maxLineLength: 10 })).toEqual({ lines: ["a", "b"], end: "too-many-lines" });
    expect(await collect(["short\n", "x".repeat(30)], { maxLines: 5, maxLineLength: 20 })).toEqual({ lines: ["short"], end: "line-too-long" });
    expect(await collect(["y".repeat(25), "\n"], { maxLines: 5, maxLineLength: 20 })).toEqual({ lines: [], end: "line-too-long" });
  });

  it("cuts the same lines however the text is split into deltas", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^[a-z0-9 ]{1,12}$/), { maxLength: 8 }), fc.array(fc.nat(40), { maxLength: 6 }), async (lines, cuts) => {
        const text = lines.join("\n");
        const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const parts = [0, ...points, text.length].slice(1).map((end, i, all) => text.slice(i === 0 ? 0 : all[i - 1], end));
        const got = await collect(parts.length > 0 ? parts : [text]);
        expect(got.lines).toEqual(lines.filter((line) => line.trim() !== ""));
      }),
    );
  });
});
