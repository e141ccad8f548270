import { describe, expect, it } from "vitest";
import { polynomial } from "@/lib/scratchpad";
import { lineSkills, needsPrecedence, problemLineSkills } from "@/lib/scratchpad/skills";

function problem(input: string) {
  const parsed = polynomial.parseInput(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe("polynomial line skills", () => {
  it("FORMATS.md's example: one skill per power, the answer is the sum", () => {
    // <scratch> / 3*x**2: 48 / -5*x: -20 / 7: 7 / </scratch> / 35
    expect(problemLineSkills("polynomial", problem("Evaluate 3*x**2 - 5*x + 7 at x = 4"))).toEqual([
      [],
      ["polynomial.square", "polynomial.precedence"],
      ["polynomial.linear", "polynomial.sign"],
      ["polynomial.constant"],
      [],
      ["polynomial.sum"],
    ]);
  });

  it("a cube term, and negative x only where x appears", () => {
    const lines = problemLineSkills("polynomial", problem("Evaluate 2*x**3 + x - 4 at x = -2"));
    expect(lines[1]).toEqual(["polynomial.precedence", "polynomial.negative-x", "polynomial.cube"]);
    expect(lines[2]).toEqual(["polynomial.linear", "polynomial.negative-x"]);
    expect(lines[3]).toEqual(["polynomial.constant", "polynomial.sign"]);
  });

  it("precedence exactly where (c*x)**p differs from c*x**p", () => {
    const at = (input: string) => lineSkills("polynomial", problem(input), 1);
    expect(at("Evaluate -x**2 at x = 3")).toContain("polynomial.precedence"); // -(3**2) = -9, (-3)**2 = 9
    expect(at("Evaluate -x**3 at x = 3")).not.toContain("polynomial.precedence"); // both -27
    expect(at("Evaluate x**2 at x = 3")).not.toContain("polynomial.precedence"); // coefficient 1
    expect(at("Evaluate 2*x**2 at x = 0")).not.toContain("polynomial.precedence"); // both 0
    expect(at("Evaluate 2*x at x = 3")).not.toContain("polynomial.precedence"); // no power
    for (const coefficient of [-10, -3, -2, -1, 1, 2, 5, 10]) {
      for (const power of [0, 1, 2, 3] as const) {
        for (const x of [-4, -1, 0, 1, 3]) {
          const differs = (coefficient * x) ** power !== coefficient * x ** power;
          expect(needsPrecedence({ coefficient, power }, x), `${coefficient} ${power} ${x}`).toBe(differs && power >= 2);
        }
      }
    }
  });

  it("structural lines and wrong shapes exercise nothing", () => {
    const p = problem("Evaluate 7 at x = 1");
    expect(lineSkills("polynomial", p, 0)).toEqual([]);
    expect(lineSkills("polynomial", p, 2)).toEqual([]);
    expect(lineSkills("polynomial", p, 9)).toEqual([]);
    expect(lineSkills("polynomial", { terms: "no" }, 1)).toEqual([]);
  });
});
