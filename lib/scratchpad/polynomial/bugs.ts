/**
 * The bug library: misconceptions seen when people evaluate polynomials, and the exact
 * value each one produces. A bug is named only when the submitted line is exactly what that
 * bug would write, so a diagnosis is evidence, never a guess; wrong lines that fit no bug get
 * none (except a wrong answer, which is by definition a wrong sum: see "wrong-final-sum").
 */
import { phrasesFor } from "../phrases";
import type { Diagnosis, Locale } from "../types";
import { polynomialPhrases } from "./phrases";
import { termValue, type PolynomialProblem, type Term } from "./problem";
import { readTerm } from "./read-term";

/** Every bug, in the order the library lists them; their texts are in phrases.ts. */
export const BUG_IDS = [
  "sign-error",
  "precedence",
  "power-as-multiplication",
  "exponent-ignored",
  "coefficient-dropped",
  "term-skipped",
  "term-out-of-order",
  "wrong-final-sum",
] as const;

export type BugId = (typeof BUG_IDS)[number];

function libraryIn(locale: Locale): Record<BugId, Diagnosis> {
  const { bugs } = polynomialPhrases[locale];
  return Object.fromEntries(BUG_IDS.map((id) => [id, { id, ...bugs[id] }])) as Record<BugId, Diagnosis>;
}

const libraries: Record<Locale, Record<BugId, Diagnosis>> = { en: libraryIn("en"), ja: libraryIn("ja") };

/** The bug library in English. */
export const polynomialBugs: Record<BugId, Diagnosis> = libraries.en;

/** The bug library in `locale` (English for an unknown one). */
export function polynomialBugsIn(locale?: Locale): Record<BugId, Diagnosis> {
  return phrasesFor(libraries, locale);
}

function bug(id: BugId, locale?: Locale): Diagnosis {
  return polynomialBugsIn(locale)[id];
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
export function diagnoseTerm(
  problem: PolynomialProblem,
  position: number,
  typedTerm: string,
  typedValue: string,
  locale?: Locale,
): Diagnosis | null {
  const term = problem.terms[position];
  const read = readTerm(typedTerm);
  if (!term || !read.ok) return null;
  const { coefficient, power } = read.value;
  const other = problem.terms.findIndex((t) => t.coefficient === coefficient && t.power === power);
  if (other > position) return bug("term-skipped", locale);
  if (other >= 0 && other < position) return bug("term-out-of-order", locale);
  if (power === term.power && coefficient === -term.coefficient) return bug("sign-error", locale);
  if (power !== term.power || coefficient !== term.coefficient) return null;
  const typed = readInteger(typedValue);
  const match = buggyValues(term, problem.x).find(([, value]) => value === typed);
  return match ? bug(match[0], locale) : null;
}

/** Diagnoses a wrong answer, given its text (whitespace removed). */
export function diagnoseAnswer(problem: PolynomialProblem, typedAnswer: string, locale?: Locale): Diagnosis | null {
  const typed = readInteger(typedAnswer);
  const values = problem.terms.map((term) => termValue(term, problem.x));
  const total = values.reduce((sum, value) => sum + value, 0);
  if (typed === null || typed === total) return null;
  if (values.length > 1 && values.some((value) => value !== 0 && typed === total - value)) return bug("term-skipped", locale);
  if (values.some((value) => value !== 0 && typed === total - 2 * value) || typed === -total) return bug("sign-error", locale);
  // A term's bug carried into an otherwise right sum: the bug is the story, not the adding.
  for (const [i, term] of problem.terms.entries()) {
    const match = buggyValues(term, problem.x).find(([, value]) => typed === total - (values[i] ?? 0) + value);
    if (match) return bug(match[0], locale);
  }
  return bug("wrong-final-sum", locale);
}
