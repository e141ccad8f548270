import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { polynomial, polynomialBugs, type PolynomialProblem } from "@/lib/scratchpad/polynomial";
import { bigTermValue, bigValue, EXAMPLE, problemArb } from "./polynomial-arbitraries";

const diagnose = (p: PolynomialProblem, index: number, line: string) => polynomial.judgeLine(p, index, line).diagnosis?.id ?? null;
const parse = (input: string): PolynomialProblem => {
  const parsed = polynomial.parseInput(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe("the bug library", () => {
  it("has an id, a title and a student-facing explanation for every bug", () => {
    expect(Object.keys(polynomialBugs).sort()).toEqual(
      [
        "coefficient-dropped",
        "exponent-ignored",
        "power-as-multiplication",
        "precedence",
        "sign-error",
        "term-out-of-order",
        "term-skipped",
        "wrong-final-sum",
      ].sort(),
    );
    for (const [id, bug] of Object.entries(polynomialBugs)) {
      expect(bug.id).toBe(id);
      expect(bug.title).toMatch(/^[A-Z]/);
      expect(bug.explanation.length).toBeGreaterThan(40);
    }
  });
});

// The example: 3*x**2 - 5*x + 7 at x = 4, lines 48, -20, 7, answer 35.
describe("diagnoses, from hand-made wrong lines", () => {
  it.each([
    ["sign-error", EXAMPLE, 2, "-5*x: 20"],
    ["sign-error", EXAMPLE, 2, "5*x: -20"],
    ["sign-error", EXAMPLE, 3, "-7: -7"],
    // -5 * (-3) taken as -15.
    ["sign-error", "Evaluate -5*x at x = -3", 1, "-5*x: -15"],
    // 2*x**3 at x = -3 is -54: an odd power keeps the sign, so 54 is a sign error, not precedence.
    ["sign-error", "Evaluate 2*x**3 at x = -3", 1, "2*x**3: 54"],
    // -x**2 at x = 3 taken as (-x)**2 = 9.
    ["precedence", "Evaluate -x**2 + 3 at x = 3", 1, "-x**2: 9"],
    // 3*x**2 at x = 4 taken as (3*x)**2 = 144.
    ["precedence", EXAMPLE, 1, "3*x**2: 144"],
    // 2*x**2 at x = -3 with x put in unbracketed: 2*-3**2 = -18.
    ["precedence", "Evaluate 2*x**2 at x = -3", 1, "2*x**2: -18"],
    // 3*x**2 at x = 4: x**2 as 2*x gives 3 * 8.
    ["power-as-multiplication", EXAMPLE, 1, "3*x**2: 24"],
    ["power-as-multiplication", "Evaluate x**3 at x = 4", 1, "x**3: 12"],
    ["exponent-ignored", EXAMPLE, 1, "3*x**2: 12"],
    ["exponent-ignored", "Evaluate -2*x**3 at x = 5", 1, "-2*x**3: -10"],
    ["coefficient-dropped", EXAMPLE, 1, "3*x**2: 16"],
    ["coefficient-dropped", EXAMPLE, 2, "-5*x: 4"],
    ["coefficient-dropped", EXAMPLE, 2, "-5*x: -4"],
    // The same term written the long way is still read for its value.
    ["coefficient-dropped", EXAMPLE, 1, "+3*x**2: 16"],
    ["term-skipped", EXAMPLE, 1, "-5*x: -20"],
    ["term-skipped", EXAMPLE, 2, "7: 7"],
    ["term-skipped", EXAMPLE, 2, "7: 8"],
    ["term-skipped", EXAMPLE, 3, "</scratch>"],
    ["term-out-of-order", EXAMPLE, 2, "3*x**2: 48"],
    ["term-out-of-order", EXAMPLE, 3, "-5*x: -20"],
    // Answers: 35 without the -20 (55) or the 7 (28); the -20 added as +20 (75); all negated.
    ["term-skipped", EXAMPLE, 5, "55"],
    ["term-skipped", EXAMPLE, 5, "28"],
    ["sign-error", EXAMPLE, 5, "75"],
    ["sign-error", EXAMPLE, 5, "-35"],
    // A term's bug carried into a right sum: 144 - 20 + 7 and 24 - 20 + 7.
    ["precedence", EXAMPLE, 5, "131"],
    ["power-as-multiplication", EXAMPLE, 5, "11"],
    ["wrong-final-sum", EXAMPLE, 5, "36"],
    // The sum of written values with one wrong that fits no bug: 50 - 20 + 7.
    ["wrong-final-sum", EXAMPLE, 5, "37"],
  ] as const)("%s from line %#", (id, problem, index, line) => {
    const p = typeof problem === "string" ? parse(problem) : problem;
    expect(diagnose(p, index, line)).toBe(id);
    expect(polynomial.judgeLine(p, index, line).diagnosis).toEqual(polynomialBugs[id]);
  });
});

describe("no diagnosis where none applies, or another one", () => {
  it.each([
    ["right lines", EXAMPLE, 1, "3*x**2: 48", null],
    ["a right answer", EXAMPLE, 5, "35", null],
    ["a value that fits no bug", EXAMPLE, 1, "3*x**2: 47", null],
    ["a value that is not a number", EXAMPLE, 1, "3*x**2: 4a8", null],
    ["a term that is not in the polynomial", EXAMPLE, 2, "4*x: -20", null],
    ["a line without a colon", EXAMPLE, 2, "-20", null],
    ["an answer that is not a number", EXAMPLE, 5, "thirty-five", null],
    // Every bug's value is 0 at x = 0, the right value too: a wrong value there is no bug.
    ["x = 0", "Evaluate 3*x**2 at x = 0", 1, "3*x**2: 5", null],
    // A constant has no power and no coefficient to drop, only a sign.
    ["a constant's wrong value", EXAMPLE, 3, "7: 1", null],
    // (-x)**3 is -(x**3): for an odd power of -x, 8 is only a sign error.
    ["-x**3 at x = 2 as 8", "Evaluate -x**3 at x = 2", 1, "-x**3: 8", "sign-error"],
    // A coefficient of 1 cannot be dropped: x**2 as x is the power left out.
    ["x**2 at x = 2 as 2", "Evaluate x**2 at x = 2", 1, "x**2: 2", "exponent-ignored"],
    // -x**2 as 9 at x = 3 is also "x**2 with the sign lost"; precedence is the better story.
    ["-x**2 at x = 3 as 9", "Evaluate -x**2 at x = 3", 1, "-x**2: 9", "precedence"],
    // The coefficient 3 in front of x (p = 1) has no power to take before it.
    ["3*x at x = 4 as 144", "Evaluate 3*x at x = 4", 1, "3*x: 144", null],
  ] as const)("%s", (_name, problem, index, line, expected) => {
    const p = typeof problem === "string" ? parse(problem) : problem;
    expect(diagnose(p, index, line)).toBe(expected);
  });

  it("on a one-term polynomial, never calls an answer a skipped term", () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: -20_000, max: 20_000 }), (p, typed) => {
        const single = { terms: p.terms.slice(0, 1), x: p.x };
        expect(diagnose(single, 3, String(typed))).not.toBe("term-skipped");
      }),
    );
  });
});

/**
 * The value each term bug gives, computed here from the definitions, not the module: a
 * diagnosis on a term line must match one of its bug's values exactly.
 */
function bugValues(c: number, p: number, x: number): Record<string, bigint[]> {
  const [bc, bp, bx] = [BigInt(c), BigInt(p), BigInt(x)];
  const right = bigTermValue(c, p, x);
  return {
    "sign-error": [-right],
    precedence: p >= 2 ? [(bc * bx) ** bp, ...(x < 0 && p % 2 === 0 ? [-right] : [])] : [],
    "power-as-multiplication": p >= 2 ? [bc * bp * bx] : [],
    "exponent-ignored": p >= 2 ? [bc * bx] : [],
    // The power alone, or with the coefficient's minus kept.
    "coefficient-dropped": p >= 1 && Math.abs(c) !== 1 ? [bx ** bp, ...(c < 0 ? [-(bx ** bp)] : [])] : [],
  };
}

describe("diagnoses are evidence", () => {
  const typedValue = (p: PolynomialProblem, i: number) => {
    const term = p.terms[i];
    if (!term) return fc.constant(0n);
    const candidates = Object.values(bugValues(term.coefficient, term.power, p.x)).flat();
    return fc.oneof(fc.constantFrom(...candidates, 0n, 1n), fc.bigInt({ min: -20_000n, max: 20_000n }));
  };

  it("a value bug on a term line fires only when the typed value is that bug's value", () => {
    fc.assert(
      fc.property(
        problemArb.chain((p) => fc.nat({ max: p.terms.length - 1 }).chain((i) => fc.tuple(fc.constant(p), fc.constant(i), typedValue(p, i)))),
        ([p, i, typed]) => {
          const term = p.terms[i];
          if (!term) return;
          const termPart = polynomial.referenceLines(p)[i + 1]?.text.split(": ")[0] ?? "";
          const id = diagnose(p, i + 1, `${termPart}: ${typed}`);
          const right = bigTermValue(term.coefficient, term.power, p.x);
          if (typed === right) expect(id).toBeNull();
          else if (id !== null) expect(bugValues(term.coefficient, term.power, p.x)[id]).toContain(typed);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("a bug's own value is always diagnosed, as that bug or one whose value coincides", () => {
    fc.assert(
      fc.property(problemArb, fc.nat(), (p, pick) => {
        const i = pick % p.terms.length;
        const term = p.terms[i];
        if (!term) return;
        const termPart = polynomial.referenceLines(p)[i + 1]?.text.split(": ")[0] ?? "";
        const right = bigTermValue(term.coefficient, term.power, p.x);
        for (const values of Object.values(bugValues(term.coefficient, term.power, p.x))) {
          for (const value of values.filter((v) => v !== right)) {
            const id = diagnose(p, i + 1, `${termPart}: ${value}`);
            expect(id).not.toBeNull();
            expect(bugValues(term.coefficient, term.power, p.x)[id ?? ""]).toContain(value);
          }
        }
      }),
    );
  });

  it("a wrong answer is always diagnosed, a right one never", () => {
    fc.assert(
      fc.property(problemArb, fc.bigInt({ min: -20_000n, max: 20_000n }), (p, typed) => {
        const id = diagnose(p, p.terms.length + 2, String(typed));
        expect(id === null).toBe(typed === bigValue(p));
      }),
    );
  });
});
