/**
 * Test-side tools for the polynomial tests, written without the module's code so that the
 * tests check it against something independent: random problems, their values in BigInt,
 * and input texts spelled the long way.
 */
import fc from "fast-check";
import type { PolynomialProblem, Power } from "@/lib/scratchpad/polynomial";

/** FORMATS.md §2's example. */
export const EXAMPLE: PolynomialProblem = {
  terms: [
    { coefficient: 3, power: 2 },
    { coefficient: -5, power: 1 },
    { coefficient: 7, power: 0 },
  ],
  x: 4,
};

const coefficient = fc.integer({ min: -10, max: 10 }).filter((c) => c !== 0);

/** Any problem under §2's constraints: 1–3 distinct powers, highest first (subarray keeps order). */
export const problemArb: fc.Arbitrary<PolynomialProblem> = fc
  .subarray<Power>([3, 2, 1, 0], { minLength: 1, maxLength: 3 })
  .chain((powers) => fc.tuple(...powers.map((power) => coefficient.map((c) => ({ coefficient: c, power })))))
  .chain((terms) => fc.record({ terms: fc.constant(terms), x: fc.integer({ min: -10, max: 10 }) }));

export function bigValue(problem: PolynomialProblem): bigint {
  const x = BigInt(problem.x);
  return problem.terms.reduce((sum, { coefficient: c, power: p }) => sum + BigInt(c) * x ** BigInt(p), 0n);
}

export function bigTermValue(coefficient: number, power: number, x: number): bigint {
  return BigInt(coefficient) * BigInt(x) ** BigInt(power);
}

/** `Evaluate +3*x**2 - 5*x**1 + 7*x**0 at x = 4`: every coefficient and power written out. */
export function longInput(problem: PolynomialProblem): string {
  const terms = problem.terms.map(({ coefficient: c, power: p }) => `${c < 0 ? "-" : "+"} ${Math.abs(c)}*x**${p}`);
  return `Evaluate ${terms.join(" ")} at x = ${problem.x}`;
}
