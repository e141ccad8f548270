/**
 * The reference target, exactly as FORMATS.md §2 writes it: one line per term, in the
 * input's order, `term: value`, then the polynomial's value after the block.
 */
import type { ReferenceLine, Variant } from "../types";
import { polynomialValue, termText, termValue, type PolynomialProblem, type Term } from "./problem";

const OPEN = "<scratch>";
export const CLOSE = "</scratch>";

export type PolynomialRole = "open" | "term" | "close" | "answer";

export interface PolynomialLine extends ReferenceLine {
  role: PolynomialRole;
}

/** `-5*x: -20`. */
export function termLine(term: Term, x: number): string {
  return `${termText(term)}: ${termValue(term, x)}`;
}

/** Line 1 + i is term i's line; the answer is last. */
export function referenceLines(problem: PolynomialProblem): PolynomialLine[] {
  const texts: [string, PolynomialRole][] = [
    [OPEN, "open"],
    ...problem.terms.map((term): [string, PolynomialRole] => [termLine(term, problem.x), "term"]),
    [CLOSE, "close"],
    [String(polynomialValue(problem)), "answer"],
  ];
  return texts.map(([text, role], index) => ({ index, text, role, structural: role === "open" || role === "close" }));
}

/** The whole target: the scratchpad block and the value, or for "direct" the value alone. */
export function target(problem: PolynomialProblem, variant: Variant = "scratchpad"): string {
  if (variant === "direct") return String(polynomialValue(problem));
  return referenceLines(problem)
    .map((line) => line.text)
    .join("\n");
}
