/**
 * The polynomial problem and how its terms are written (FORMATS.md §2). Everything that
 * writes a term (the input, the target, hints, messages) goes through `termText`, so a term
 * reads the same everywhere.
 */

/** Powers a term may have: `c` (0), `c*x` (1), `c*x**2`, `c*x**3`. */
export type Power = 0 | 1 | 2 | 3;

export interface Term {
  /** A whole number in [-10, 10], never 0. */
  coefficient: number;
  power: Power;
}

/**
 * 3*x**2 - 5*x + 7 at x = 4 is `{ terms: [{3, 2}, {-5, 1}, {7, 0}], x: 4 }`: 1–3 terms with
 * distinct powers in decreasing order. Plain numbers, so a problem survives JSON unchanged.
 */
export interface PolynomialProblem {
  terms: Term[];
  /** A whole number in [-10, 10]. */
  x: number;
}

export const MAX_TERMS = 3;
export const MAX_POWER = 3;
export const COEFFICIENT_LIMIT = 10;
export const X_LIMIT = 10;

/** The term with its own sign: `3*x**2`, `-5*x`, `7`, `-x**2`, `x`; a coefficient ±1 drops before x. */
export function termText({ coefficient, power }: Term): string {
  if (power === 0) return String(coefficient);
  const variable = power === 1 ? "x" : `x**${power}`;
  if (coefficient === 1) return variable;
  if (coefficient === -1) return `-${variable}`;
  return `${coefficient}*${variable}`;
}

/** `3*x**2 - 5*x + 7`: after the first term, a term's sign becomes the operator before it. */
export function polynomialText(terms: readonly Term[]): string {
  return terms
    .map((term, i) => {
      if (i === 0) return termText(term);
      const magnitude = termText({ ...term, coefficient: Math.abs(term.coefficient) });
      return `${term.coefficient < 0 ? "-" : "+"} ${magnitude}`;
    })
    .join(" ");
}

/** The canonical input: `Evaluate 3*x**2 - 5*x + 7 at x = 4`. */
export function formatInput(problem: PolynomialProblem): string {
  return `Evaluate ${polynomialText(problem.terms)} at x = ${problem.x}`;
}

/** c * x**p. Exact: |c * x**p| ≤ 10 * 10**3, far inside the safe integers. */
export function termValue({ coefficient, power }: Term, x: number): number {
  // `+ 0` turns -5 * 0 = -0 into 0, which prints and compares like Python's 0.
  return coefficient * x ** power + 0;
}

export function polynomialValue(problem: PolynomialProblem): number {
  return problem.terms.reduce((sum, term) => sum + termValue(term, problem.x), 0);
}

/** "48 - 20 + 7": the term values as they are added up, each with its sign. */
export function sumText(values: readonly number[]): string {
  return values.map((value, i) => (i === 0 ? String(value) : `${value < 0 ? "-" : "+"} ${Math.abs(value)}`)).join(" ");
}
