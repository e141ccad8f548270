/**
 * Reads `Evaluate 3*x**2 - 5*x + 7 at x = 4` (FORMATS.md §2). Whitespace is free (none,
 * extra, or any Unicode space; formatInput gives the canonical text back), and so are the
 * spellings Python accepts for the same term (`1*x`, `x**1`, a leading `+`); everything that
 * changes the problem or breaks its constraints is refused with the reason.
 */
import { phrasesFor } from "../phrases";
import { capText, describeChar, removeWhitespace } from "../text";
import type { Locale, Parsed } from "../types";
import { polynomialPhrases, type PolynomialPhrases } from "./phrases";
import {
  COEFFICIENT_LIMIT,
  MAX_POWER,
  MAX_TERMS,
  termText,
  X_LIMIT,
  type PolynomialProblem,
  type Power,
  type Term,
} from "./problem";
import { readTerm } from "./read-term";

/** Far longer than any valid input (about 45 characters); a cap keeps messages short. */
const MAX_INPUT = 1000;

/** Reads the problem; errors are in `locale` (default English). */
export function parseInput(input: string, locale?: Locale): Parsed<PolynomialProblem> {
  const say = phrasesFor(polynomialPhrases, locale);
  if (input.length > MAX_INPUT) return fail(say.inputTooLong(input.length));
  const text = removeWhitespace(input);
  if (text === "") return fail(say.inputEmpty);
  // `^` and brackets pass here so that what to write instead can be said.
  const stray = /[^0-9A-Za-z+\-*=^()]/u.exec(text);
  if (stray && /[\u2212\u2013\u2014]/u.test(stray[0])) return fail(say.inputMinus(describeChar(stray[0])));
  if (stray) return fail(say.inputStray(describeChar(stray[0])));
  if (/[()]/.test(text)) return fail(say.inputBrackets);
  if (!/^evaluate/i.test(text)) return fail(say.inputEvaluate);
  // Greedy: the last `at` ends the polynomial, which has no `a` in it.
  const parts = /^evaluate(.*)at(.*)$/is.exec(text);
  if (!parts) return fail(say.inputAt);
  const terms = parsePolynomial(parts[1] ?? "", say, locale);
  if (!terms.ok) return terms;
  const x = parseX(parts[2] ?? "", say);
  if (!x.ok) return x;
  return { ok: true, value: { terms: terms.value, x: x.value } };
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function parseX(text: string, say: PolynomialPhrases): Parsed<number> {
  if (!text.startsWith("x=")) return fail(say.inputX);
  const value = /^x=([+-]?[0-9]{1,6})$/.exec(text)?.[1];
  const x = value === undefined ? Number.NaN : Number(value) + 0;
  if (!Number.isInteger(x) || Math.abs(x) > X_LIMIT) {
    return fail(say.inputXRange(X_LIMIT, capText(text.slice(2), 30)));
  }
  return { ok: true, value: x };
}

/** `3*x**2-5*x+7` (no whitespace) → its terms, each with its own sign, checked in turn. */
function parsePolynomial(text: string, say: PolynomialPhrases, locale: Locale | undefined): Parsed<Term[]> {
  if (text === "") return fail(say.polynomialMissing);
  // Signs and term bodies alternate; each sign joins the body after it as that term's sign.
  const signed: string[] = [];
  let sign = "";
  for (const piece of text.match(/[+-]+|[^+-]+/g) ?? []) {
    if (!/^[+-]/.test(piece)) {
      signed.push(sign + piece);
      sign = "";
    } else if (piece.length > 1) {
      return fail(say.twoSigns(capText(piece, 10)));
    } else {
      sign = piece;
    }
  }
  if (sign !== "") return fail(say.endsWithSign(sign));
  if (signed.length > MAX_TERMS) return fail(say.tooManyTerms(signed.length, MAX_TERMS));
  const terms: Term[] = [];
  for (const piece of signed) {
    const term = checkTerm(piece, say, locale);
    if (!term.ok) return term;
    terms.push(term.value);
  }
  return checkOrder(terms, say);
}

function checkTerm(piece: string, say: PolynomialPhrases, locale: Locale | undefined): Parsed<Term> {
  const read = readTerm(piece, locale);
  if (!read.ok) return read;
  const { coefficient, power } = read.value;
  const shown = `\`${capText(piece, 30)}\``;
  if (power > MAX_POWER) return fail(say.powerTooHigh(shown, power, MAX_POWER));
  if (coefficient === 0) return fail(say.coefficientZero(shown));
  if (Math.abs(coefficient) > COEFFICIENT_LIMIT) return fail(say.coefficientRange(shown, coefficient, COEFFICIENT_LIMIT));
  return { ok: true, value: { coefficient, power: power as Power } };
}

/** Distinct powers, highest first: the order the scratchpad's lines follow. */
function checkOrder(terms: Term[], say: PolynomialPhrases): Parsed<Term[]> {
  for (let i = 0; i < terms.length; i += 1) {
    for (let j = i + 1; j < terms.length; j += 1) {
      const [a, b] = [terms[i] as Term, terms[j] as Term];
      if (a.power === b.power) {
        return fail(say.samePower(a.power, termText(a), termText(b)));
      }
    }
  }
  for (let i = 0; i + 1 < terms.length; i += 1) {
    const [a, b] = [terms[i] as Term, terms[i + 1] as Term];
    if (a.power < b.power) {
      return fail(say.order(termText(b), termText(a)));
    }
  }
  return { ok: true, value: terms };
}
