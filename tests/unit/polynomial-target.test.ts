import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { polynomial, type PolynomialProblem } from "@/lib/scratchpad/polynomial";
import { bigValue, EXAMPLE, longInput, problemArb } from "./polynomial-arbitraries";

const parse = (input: string): PolynomialProblem => {
  const parsed = polynomial.parseInput(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const errorOf = (input: string) => {
  const parsed = polynomial.parseInput(input);
  return parsed.ok ? null : parsed.error;
};

describe("FORMATS.md §2", () => {
  it("reproduces the example verbatim", () => {
    const problem = parse("Evaluate 3*x**2 - 5*x + 7 at x = 4");
    expect(problem).toEqual(EXAMPLE);
    expect(polynomial.formatInput(problem)).toBe("Evaluate 3*x**2 - 5*x + 7 at x = 4");
    expect(polynomial.target(problem)).toBe("<scratch>\n3*x**2: 48\n-5*x: -20\n7: 7\n</scratch>\n35");
    expect(polynomial.target(problem, "direct")).toBe("35");
  });

  it("gives every line its role; only the scratch tags are structural", () => {
    expect(polynomial.referenceLines(EXAMPLE)).toEqual([
      { index: 0, text: "<scratch>", role: "open", structural: true },
      { index: 1, text: "3*x**2: 48", role: "term", structural: false },
      { index: 2, text: "-5*x: -20", role: "term", structural: false },
      { index: 3, text: "7: 7", role: "term", structural: false },
      { index: 4, text: "</scratch>", role: "close", structural: true },
      { index: 5, text: "35", role: "answer", structural: false },
    ]);
  });

  it.each([
    ["Evaluate -x**2 + x - 1 at x = -3", "<scratch>\n-x**2: -9\nx: -3\n-1: -1\n</scratch>\n-13"],
    ["Evaluate x**3 at x = -2", "<scratch>\nx**3: -8\n</scratch>\n-8"],
    ["Evaluate -10*x**3 - 10 at x = 10", "<scratch>\n-10*x**3: -10000\n-10: -10\n</scratch>\n-10010"],
    ["Evaluate -5*x + 1 at x = 0", "<scratch>\n-5*x: 0\n1: 1\n</scratch>\n1"],
    ["Evaluate 7 at x = 0", "<scratch>\n7: 7\n</scratch>\n7"],
  ])("writes terms with their own signs, coefficients ±1 dropped: %s", (input, target) => {
    const problem = parse(input);
    expect(polynomial.formatInput(problem)).toBe(input);
    expect(polynomial.target(problem)).toBe(target);
  });
});

describe("targets of any problem", () => {
  it("end with the value, computed here in BigInt, after one line per term", () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const lines = polynomial.target(problem).split("\n");
        expect(lines).toHaveLength(problem.terms.length + 3);
        expect(lines.at(-1)).toBe(bigValue(problem).toString());
        expect(polynomial.target(problem, "direct")).toBe(bigValue(problem).toString());
        // The term lines' values add up to the answer.
        const sum = lines.slice(1, -2).reduce((total, line) => total + BigInt(line.split(": ")[1] ?? "x"), 0n);
        expect(sum).toBe(bigValue(problem));
      }),
    );
  });

  it("survive formatInput → parseInput, and a long spelling parses to the same problem", () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect(parse(polynomial.formatInput(problem))).toEqual(problem);
        expect(parse(longInput(problem))).toEqual(problem);
        expect(polynomial.formatInput(parse(longInput(problem)))).toBe(polynomial.formatInput(problem));
      }),
    );
  });

  it("write the input with Python's meaning: the input evaluates to the answer", () => {
    // An evaluator independent of the module: precedence ** over unary minus and *, then + and -.
    const evaluate = (input: string): bigint => {
      const [, poly = "", x = ""] = /^Evaluate (.*) at x = (-?\d+)$/.exec(input) ?? [];
      const body = poly.replace(/ /g, "").replace(/^(?=[^+-])/, "+");
      let total = 0n;
      for (const [, sign, c, hasX, p] of body.matchAll(/([+-])(\d+)?(?:\*?(x))?(?:\*\*(\d))?/g)) {
        const magnitude = BigInt(c ?? "1") * (hasX ? BigInt(x) ** BigInt(p ?? "1") : 1n);
        total += sign === "-" ? -magnitude : magnitude;
      }
      return total;
    };
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect(evaluate(polynomial.formatInput(problem))).toBe(bigValue(problem));
      }),
    );
  });
});

describe("parseInput", () => {
  it.each([
    ["Evaluate 3*x**2 - 5*x + 7 at x = 4", "Evaluate 3*x**2 - 5*x + 7 at x = 4"],
    ["Evaluate3*x**2-5*x+7atx=4", "Evaluate 3*x**2 - 5*x + 7 at x = 4"],
    ["  Evaluate  3 * x ** 2  -  5 * x  +  7   at   x  =  4 \n", "Evaluate 3*x**2 - 5*x + 7 at x = 4"],
    ["Evaluate\u00a03*x**2\t-5*x at x =\u20034", "Evaluate 3*x**2 - 5*x at x = 4"],
    ["evaluate -x**2 AT x = -3", "Evaluate -x**2 at x = -3"],
    ["Evaluate +1*x**1 - 1*x**0 at x = +2", "Evaluate x - 1 at x = 2"],
    ["Evaluate 10*x**3 - 10 at x = -10", "Evaluate 10*x**3 - 10 at x = -10"],
    ["Evaluate 05*x at x = 03", "Evaluate 5*x at x = 3"],
    ["Evaluate 5*x**0 at x = -0", "Evaluate 5 at x = 0"],
  ])("reads %j as %j", (input, canonical) => {
    expect(polynomial.formatInput(parse(input))).toBe(canonical);
  });

  it.each([
    ["", /^The input is empty/],
    ["   \n\t", /^The input is empty/],
    ["3*x**2 - 5*x + 7 at x = 4", /starts with `Evaluate`/],
    ["Evaluate 3*x**2 - 5*x + 7", /comes `at x = `/],
    ["Evaluate at x = 4", /polynomial is missing/],
    ["Evaluate 3*x at y = 4", /After `at` comes `x = `/],
    ["Evaluate 3*x at x = 11", /x must be a whole number from -10 to 10.*not `11`/],
    ["Evaluate 3*x at x = -11", /x must be a whole number from -10 to 10/],
    ["Evaluate 3*x at x = 2.5", /contains `\.`/],
    ["Evaluate 3*x at x = four", /x must be a whole number/],
    ["Evaluate 11*x at x = 1", /`11\*x` has the coefficient 11; coefficients are whole numbers from -10 to 10/],
    ["Evaluate x**2 - 11 at x = 1", /`-11` has the coefficient -11/],
    ["Evaluate 0*x + 1 at x = 1", /coefficient 0/],
    ["Evaluate 3 + 0 at x = 1", /coefficient 0/],
    ["Evaluate x**4 at x = 1", /power 4; powers go up to 3/],
    ["Evaluate x**2 + x**2 at x = 1", /Two terms have the power 2/],
    ["Evaluate 3 + 4 at x = 1", /Two terms have the power 0/],
    ["Evaluate x + x**2 at x = 1", /highest power down: `x\*\*2` comes before `x`/],
    ["Evaluate x**3 + x**2 + x + 1 at x = 1", /4 terms; at most 3/],
    ["Evaluate 3x at x = 1", /multiplication sign/],
    ["Evaluate 3*x^2 at x = 1", /powers are written with `\*\*`/],
    ["Evaluate (-x)**2 at x = 1", /without brackets/],
    ["Evaluate 3*y at x = 1", /only variable is `x`/],
    ["Evaluate 3*x + - 2 at x = 1", /two signs in a row/],
    ["Evaluate 3*x + at x = 1", /ends with `\+`/],
    ["Evaluate 3*x − 2 at x = 1", /write minus as `-`/],
    ["Evaluate 3*x ≤ 2 at x = 1", /contains `≤`/],
    ["Evaluate 3*x**2 * 2 at x = 1", /not a term/],
    ["Evaluate 1234567*x at x = 1", /far too big/],
    ["Evaluate " + "x + ".repeat(3000) + "1 at x = 1", /characters long/],
  ])("rejects %j with a clear message", (input, message) => {
    expect(errorOf(input)).toMatch(message);
  });

  it("never throws, and accepts only what formats back to a valid problem", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: fc.constantFrom(..."Evaluate x*+-0123456789=^ ") })), (input) => {
        const parsed = polynomial.parseInput(input);
        if (parsed.ok) expect(parse(polynomial.formatInput(parsed.value))).toEqual(parsed.value);
        else expect(parsed.error).toMatch(/^[A-Z`].*\.$/s);
      }),
      { numRuns: 2000 },
    );
  });
});
