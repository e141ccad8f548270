import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addition, columnGuide, composeColumnLine } from "@/lib/scratchpad";

describe("guided column input", () => {
  it("writes the FORMATS.md column lines from just the digit and carry", () => {
    const problem = { a: "123", b: "45" };
    const lines = addition.referenceLines(problem);
    const guides = lines.map((line) => columnGuide(problem, line.index));
    expect(guides.filter(Boolean)).toHaveLength(3);
    expect(composeColumnLine(guides[2]!, "8", "0")).toBe("1 2 + 4 , 8 C: 0");
    expect(composeColumnLine(guides[3]!, "6", "0")).toBe("1 + , 6 8 C: 0");
    expect(composeColumnLine(guides[4]!, " 1 ", "0")).toBe(", 1 6 8 C: 0");
  });

  it("is only offered on column lines", () => {
    const problem = { a: "29", b: "57" };
    expect(addition.referenceLines(problem).filter((line) => columnGuide(problem, line.index) !== null).map((l) => l.role)).toEqual([
      "column",
      "column",
    ]);
    expect(columnGuide(problem, 99)).toBeNull();
    expect(columnGuide(problem, -1)).toBeNull();
  });

  it("composes a line the judge accepts exactly when digit and carry are right", () => {
    const digits = fc.stringMatching(/^[1-9][0-9]{0,11}$/);
    fc.assert(
      fc.property(digits, digits, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 1 }), (a, b, wrongDigit, wrongCarry) => {
        const problem = { a, b };
        for (const line of addition.referenceLines(problem)) {
          const guide = columnGuide(problem, line.index);
          if (!guide) continue;
          const expected = BigInt(a.slice(-guide.place) || "0") + BigInt(b.slice(-guide.place) || "0");
          const digit = String((expected / 10n ** BigInt(guide.place - 1)) % 10n);
          const carry = String(expected / 10n ** BigInt(guide.place));
          expect(addition.judgeLine(problem, line.index, composeColumnLine(guide, digit, carry)).ok).toBe(true);
          const bad = composeColumnLine(guide, String(wrongDigit), String(wrongCarry));
          expect(addition.judgeLine(problem, line.index, bad).ok).toBe(String(wrongDigit) === digit && String(wrongCarry) === carry);
        }
      }),
      { numRuns: 200 },
    );
  });
});
