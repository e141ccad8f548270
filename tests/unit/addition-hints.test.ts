import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addition } from "@/lib/scratchpad/addition";

const p2957 = { a: "29", b: "57" };
const texts = (p: { a: string; b: string }, index: number) =>
  Array.from({ length: addition.hintLevels(p, index) }, (_, i) => addition.hint(p, index, i + 1).text);

describe("hints", () => {
  it("go from pointer to arithmetic to the full line for a column", () => {
    expect(texts(p2957, 2)).toEqual([
      "Look at the ones column: 9 + 7.",
      "9 + 7 = 16: write 6, carry 1.",
      "Write `2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1`.",
    ]);
    expect(texts(p2957, 3)).toEqual([
      "Look at the tens column: 2 + 5, plus the carry 1 coming in.",
      "2 + 5 + 1 = 8: write 8, carry 0.",
      "Write `, 8 6 C: 0 # added 2 + 5 + 1 = 8 carry 0`.",
    ]);
  });

  it("mention a carry of 0 coming in and an operand that is used up", () => {
    expect(addition.hint({ a: "123", b: "45" }, 4, 1).text).toBe(
      "Look at the hundreds column: 1 + 0 (b has no digits left, so use 0 for it); the carry coming in is 0.",
    );
    expect(addition.hint({ a: "45", b: "123" }, 4, 1).text).toBe(
      "Look at the hundreds column: 0 + 1 (a has no digits left, so use 0 for it); the carry coming in is 0.",
    );
  });

  it("name the columns ones to thousands, then by number", () => {
    const p = { a: "123456", b: "1" };
    expect([2, 3, 4, 5, 6, 7].map((index) => addition.hint(p, index, 1).text.split(":")[0])).toEqual([
      "Look at the ones column",
      "Look at the tens column",
      "Look at the hundreds column",
      "Look at the thousands column",
      "Look at column 5 from the right",
      "Look at column 6 from the right",
    ]);
  });

  it("cover the start, final and answer lines and the scratch tags", () => {
    expect(texts(p2957, 0)).toEqual(["Write `<scratch>` to open the scratchpad."]);
    expect(texts(p2957, 1)).toEqual([
      "Copy the problem: all of a, `+`, all of b, then `,` with no result yet, and the carry `C: 0`.",
      "Write `2 9 + 5 7 , C: 0`.",
    ]);
    expect(texts(p2957, 4)).toEqual([
      "All columns are added: write the last carry, then every result digit.",
      "The last carry is 0 and the result digits are `8 6`.",
      "Write `0 8 6`.",
    ]);
    expect(texts(p2957, 5)).toEqual(["All columns are done: write `</scratch>` to close the scratchpad."]);
    expect(texts(p2957, 6)).toEqual([
      "Read the answer off the final line: its digits without the leading 0.",
      "29 + 57 = 86.",
      "Write `8 6`.",
    ]);
    expect(addition.hint({ a: "999", b: "57" }, 7, 1).text).toBe(
      "Read the answer off the final line: all of its digits, the leading 1 included.",
    );
  });

  it("end with the full line at the last level, marked final", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.bigInt({ min: 0n, max: 10n ** 20n }), (a, b) => {
        const p = { a: a.toString(), b: b.toString() };
        for (const line of addition.referenceLines(p)) {
          const levels = addition.hintLevels(p, line.index);
          expect(levels).toBeGreaterThanOrEqual(1);
          const last = addition.hint(p, line.index, levels);
          expect(last.final).toBe(true);
          expect(last.text).toContain(`\`${line.text}\``);
          for (let level = 1; level < levels; level += 1) {
            const hint = addition.hint(p, line.index, level);
            expect(hint).toMatchObject({ level, final: false });
            expect(hint.text).not.toContain(`\`${line.text}\``);
          }
        }
      }),
    );
  });

  it("clamp the level", () => {
    expect(addition.hint(p2957, 2, 0)).toEqual(addition.hint(p2957, 2, 1));
    expect(addition.hint(p2957, 2, -5).level).toBe(1);
    expect(addition.hint(p2957, 2, 99)).toMatchObject({ level: 3, final: true });
    expect(addition.hint(p2957, 2, Number.NaN).level).toBe(1);
    expect(addition.hint(p2957, 2, 2.7).level).toBe(2);
  });

  it("say when there is no such line", () => {
    expect(addition.hintLevels(p2957, 7)).toBe(0);
    expect(addition.hint(p2957, 7, 1)).toEqual({ level: 1, text: "The scratchpad is complete: there is no next line.", final: true });
    expect(addition.hint(p2957, -1, 1).text).toBe("There is no such line.");
    expect(addition.hintLevels(p2957, 0.5)).toBe(0);
  });
});
