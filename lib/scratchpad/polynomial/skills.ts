/**
 * The skills each line of a polynomial scratchpad (FORMATS.md §2) exercises. Pure.
 *
 * - A term line exercises the skill of its power (`polynomial.constant`, `.linear`,
 *   `.square`, `.cube`), and also:
 *   `polynomial.sign` when its coefficient is negative (the term keeps its own sign);
 *   `polynomial.negative-x` when x is negative and x appears in the term (power ≥ 1): the
 *   sign of x**p depends on p, and `x**2` at x = -3 is (-3)**2 = 9;
 *   `polynomial.precedence` exactly when doing the power last would give a different value,
 *   i.e. when (c*x)**p ≠ c*x**p: power ≥ 2, x ≠ 0 and c**p ≠ c. That is every `c*x**2` and
 *   `c*x**3` with c ≠ 1, ±1 aside: `-x**2` (−(x**2), not (−x)**2) counts, `-x**3` does not,
 *   since (−x)**3 = −(x**3). Only on such a line can a right value show that the student
 *   knows the order (the "precedence" bug of bugs.ts writes (c*x)**p), so only such a line
 *   is evidence for the skill either way.
 * - The answer line exercises `polynomial.sum`: adding the term values, each with its sign.
 * - Structural lines and indexes out of range: none.
 */
import type { PolynomialProblem, Term } from "./problem";
import { referenceLines } from "./target";

/** In difficulty order, easiest first. */
export const POLYNOMIAL_SKILLS = [
  "polynomial.constant",
  "polynomial.linear",
  "polynomial.sum",
  "polynomial.square",
  "polynomial.precedence",
  "polynomial.sign",
  "polynomial.negative-x",
  "polynomial.cube",
] as const;

export type PolynomialSkillId = (typeof POLYNOMIAL_SKILLS)[number];

const POWER_SKILLS: readonly PolynomialSkillId[] = ["polynomial.constant", "polynomial.linear", "polynomial.square", "polynomial.cube"];

/** Whether applying the coefficient before the power, (c*x)**p, changes the term's value. */
export function needsPrecedence({ coefficient, power }: Term, x: number): boolean {
  return power >= 2 && x !== 0 && coefficient ** power !== coefficient;
}

function termSkills(term: Term, x: number): PolynomialSkillId[] {
  const power = POWER_SKILLS[term.power];
  const skills: PolynomialSkillId[] = power ? [power] : [];
  if (needsPrecedence(term, x)) skills.push("polynomial.precedence");
  if (term.coefficient < 0) skills.push("polynomial.sign");
  if (x < 0 && term.power >= 1) skills.push("polynomial.negative-x");
  return skills;
}

/** The skills reference line `index` of `problem` exercises (see the module comment). */
export function polynomialLineSkills(problem: PolynomialProblem, index: number): PolynomialSkillId[] {
  const line = referenceLines(problem)[index];
  if (!line || line.structural) return [];
  if (line.role === "answer") return ["polynomial.sum"];
  // Term lines follow the open line: line 1 + i is term i.
  const term = problem.terms[index - 1];
  return line.role === "term" && term ? termSkills(term, problem.x) : [];
}
