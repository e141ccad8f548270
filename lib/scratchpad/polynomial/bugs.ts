/**
 * The bug library: misconceptions seen when people evaluate polynomials, and the exact
 * value each one produces. A bug is named only when the submitted line is exactly what that
 * bug would write, so a diagnosis is evidence, never a guess; wrong lines that fit no bug get
 * none (except a wrong answer, which is by definition a wrong sum: see "wrong-final-sum").
 */
import type { Diagnosis } from "../types";
import { termValue, type PolynomialProblem, type Term } from "./problem";
import { readTerm } from "./read-term";

const library = {
  "sign-error": {
    title: "Sign lost",
    explanation:
      "The sign went wrong. Each term keeps its own sign: in `3*x**2 - 5*x + 7` the second term is `-5*x`, so at x = 4 it is -20, not 20. A minus times a minus is a plus: -5 * (-3) = 15.",
  },
  precedence: {
    title: "Power before sign and coefficient",
    explanation:
      "Python works out the power first and only then applies the coefficient or the minus: `-x**2` is -(x**2), so at x = 3 it is -9, not 9, and `2*x**2` is 2 * (x**2), not (2*x)**2. A negative x goes into the power in brackets: (-3)**2 = 9.",
  },
  "power-as-multiplication": {
    title: "Power taken as multiplication",
    explanation:
      "`x**3` means x * x * x, not 3 * x: at x = 4, x**3 is 64, while 3 * 4 is only 12. The power says how many times x is multiplied by itself.",
  },
  "exponent-ignored": {
    title: "Power left out",
    explanation:
      "The power was left out: `x**2` is x * x, not just x. Work out the power first, then multiply by the coefficient.",
  },
  "coefficient-dropped": {
    title: "Coefficient dropped",
    explanation:
      "The number in front of x was left out: `3*x**2` is 3 times x**2. Work out the power, then multiply it by the coefficient.",
  },
  "term-skipped": {
    title: "Term skipped",
    explanation:
      "A term was left out. The scratchpad has one line per term, in the order of the input, and the answer adds up the values of all of them.",
  },
  "term-out-of-order": {
    title: "Terms out of order",
    explanation:
      "This term comes earlier in the polynomial. The lines follow the input's order, first term to last, each term once.",
  },
  "wrong-final-sum": {
    title: "Wrong final sum",
    explanation:
      "The answer is not the sum of the term values. Add up the values on the term lines, each with its sign (48 - 20 + 7 = 35). A wrong value on a term line carries into the sum, so check those lines too.",
  },
} satisfies Record<string, Omit<Diagnosis, "id">>;

export type BugId = keyof typeof library;

export const polynomialBugs: Record<BugId, Diagnosis> = Object.fromEntries(
  Object.entries(library).map(([id, bug]) => [id, { id, ...bug }]),
) as Record<BugId, Diagnosis>;

function bug(id: BugId): Diagnosis {
  return polynomialBugs[id];
}

/** A whole number as typed (whitespace already removed), or null. */
export function readInteger(text: string): number | null {
  return /^[+-]?[0-9]{1,9}$/.test(text) ? Number(text) + 0 : null;
}

/**
 * The values a term's misconceptions give at x, most specific first (the first match names
 * the bug where two coincide), leaving out those that happen to equal the right value.
 */
export function buggyValues(term: Term, x: number): [BugId, number][] {
  const { coefficient: c, power: p } = term;
  const right = termValue(term, x);
  const values: [BugId, number][] = [];
  if (p >= 2) {
    // `-x**2` as (-x)**2, `3*x**2` as (3*x)**2.
    values.push(["precedence", (c * x) ** p]);
    // x = -3 put in without brackets: `3*-3**2` is 3 * -(3**2).
    if (x < 0 && p % 2 === 0) values.push(["precedence", -right]);
    values.push(["power-as-multiplication", c * p * x]);
    values.push(["exponent-ignored", c * x]);
  }
  if (p >= 1 && Math.abs(c) !== 1) {
    values.push(["coefficient-dropped", x ** p]);
    if (c < 0) values.push(["coefficient-dropped", -(x ** p)]);
  }
  values.push(["sign-error", -right]);
  return values.map(([id, value]): [BugId, number] => [id, value + 0]).filter(([, value]) => value !== right);
}

/**
 * Diagnoses a term line that is wrong: `typedTerm` and `typedValue` as typed, whitespace
 * removed. The term is read for what it means, so `+7` or `1*x` count as the term they
 * spell: their values can still be diagnosed. Another term of the polynomial in this place
 * is named from the term alone, whatever its value.
 */
export function diagnoseTerm(problem: PolynomialProblem, position: number, typedTerm: string, typedValue: string): Diagnosis | null {
  const term = problem.terms[position];
  const read = readTerm(typedTerm);
  if (!term || !read.ok) return null;
  const { coefficient, power } = read.value;
  const other = problem.terms.findIndex((t) => t.coefficient === coefficient && t.power === power);
  if (other > position) return bug("term-skipped");
  if (other >= 0 && other < position) return bug("term-out-of-order");
  if (power === term.power && coefficient === -term.coefficient) return bug("sign-error");
  if (power !== term.power || coefficient !== term.coefficient) return null;
  const typed = readInteger(typedValue);
  const match = buggyValues(term, problem.x).find(([, value]) => value === typed);
  return match ? bug(match[0]) : null;
}

/** Diagnoses a wrong answer, given its text (whitespace removed). */
export function diagnoseAnswer(problem: PolynomialProblem, typedAnswer: string): Diagnosis | null {
  const typed = readInteger(typedAnswer);
  const values = problem.terms.map((term) => termValue(term, problem.x));
  const total = values.reduce((sum, value) => sum + value, 0);
  if (typed === null || typed === total) return null;
  if (values.length > 1 && values.some((value) => value !== 0 && typed === total - value)) return bug("term-skipped");
  if (values.some((value) => value !== 0 && typed === total - 2 * value) || typed === -total) return bug("sign-error");
  // A term's bug carried into an otherwise right sum: the bug is the story, not the adding.
  for (const [i, term] of problem.terms.entries()) {
    const match = buggyValues(term, problem.x).find(([, value]) => typed === total - (values[i] ?? 0) + value);
    if (match) return bug(match[0]);
  }
  return bug("wrong-final-sum");
}
