import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { polynomial, type PolynomialProblem } from "@/lib/scratchpad/polynomial";
import { EXAMPLE, problemArb } from "./polynomial-arbitraries";

const texts = (p: PolynomialProblem, index: number) =>
  Array.from({ length: polynomial.hintLevels(p, index) }, (_, i) => polynomial.hint(p, index, i + 1).text);
const parse = (input: string): PolynomialProblem => {
  const parsed = polynomial.parseInput(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe("hints", () => {
  it("go from the term to put x in, to the arithmetic, to the full line", () => {
    expect(texts(EXAMPLE, 1)).toEqual([
      "First term: 3*x**2. Put x = 4 in. Work out the power first, then multiply by the coefficient.",
      "4**2 = 16, and 3 * 16 = 48.",
      "Write `3*x**2: 48`.",
    ]);
    expect(texts(EXAMPLE, 2)).toEqual(["Next term: -5*x. Put x = 4 in.", "-5 * 4 = -20.", "Write `-5*x: -20`."]);
    expect(texts(EXAMPLE, 3)).toEqual(["Next term: 7. It has no x in it.", "7 has no x, so its value is 7.", "Write `7: 7`."]);
  });

  it("put a negative x in brackets and take the power before the minus", () => {
    const p = parse("Evaluate -x**2 - x + 2*x**0 at x = -3");
    expect(texts(p, 1)).toEqual([
      "First term: -x**2. Put x = -3 in, in brackets: (-3). Work out the power first, then the minus.",
      "(-3)**2 = 9, and the minus in front makes it -9.",
      "Write `-x**2: -9`.",
    ]);
    expect(texts(p, 2)[1]).toBe("-(-3) = 3.");
    expect(texts(parse("Evaluate -2*x**3 + x at x = -2"), 1)[1]).toBe("(-2)**3 = -8, and -2 * (-8) = 16.");
    expect(texts(parse("Evaluate -2*x**3 + x at x = -2"), 2)[1]).toBe("x = -2, so the term is -2.");
    expect(texts(parse("Evaluate x**3 at x = 2"), 1).slice(0, 2)).toEqual([
      "First term: x**3. Put x = 2 in. Work out the power first.",
      "2**3 = 8.",
    ]);
  });

  it("add up the term values for the answer", () => {
    expect(texts(EXAMPLE, 5)).toEqual(["Add up the values of the terms, each with its sign.", "48 - 20 + 7 = 35.", "Write `35`."]);
    expect(texts(parse("Evaluate -x**2 at x = 3"), 3)).toEqual([
      "There is one term, so the answer is its value.",
      "The answer is -9.",
      "Write `-9`.",
    ]);
  });

  it("cover the scratch tags", () => {
    expect(texts(EXAMPLE, 0)).toEqual(["Write `<scratch>` to open the scratchpad."]);
    expect(texts(EXAMPLE, 4)).toEqual(["All terms are done: write `</scratch>` to close the scratchpad."]);
  });

  it("clamp the level and answer for lines that do not exist", () => {
    expect(polynomial.hint(EXAMPLE, 2, 0)).toEqual({ level: 1, text: "Next term: -5*x. Put x = 4 in.", final: false });
    expect(polynomial.hint(EXAMPLE, 2, 99)).toEqual({ level: 3, text: "Write `-5*x: -20`.", final: true });
    expect(polynomial.hint(EXAMPLE, 2, Number.NaN).level).toBe(1);
    expect(polynomial.hint(EXAMPLE, 6, 1)).toEqual({ level: 1, text: "The scratchpad is complete: there is no next line.", final: true });
    expect(polynomial.hint(EXAMPLE, -1, 1).text).toBe("There is no such line.");
    expect(polynomial.hintLevels(EXAMPLE, 6)).toBe(0);
    expect(polynomial.hintLevels(EXAMPLE, 1.5)).toBe(0);
  });

  it("end with the full line at the last level, marked final, for any problem", () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        for (const line of polynomial.referenceLines(p)) {
          const levels = polynomial.hintLevels(p, line.index);
          expect(levels).toBeGreaterThanOrEqual(1);
          const last = polynomial.hint(p, line.index, levels);
          expect(last.final).toBe(true);
          expect(last.text).toContain(line.text);
          // Only the last level gives the line away.
          for (let level = 1; level < levels; level += 1) expect(polynomial.hint(p, line.index, level).final).toBe(false);
        }
      }),
    );
  });
});
