/**
 * Reads `Evaluate 3*x**2 - 5*x + 7 at x = 4` (FORMATS.md §2). Whitespace is free (none,
 * extra, or any Unicode space; formatInput gives the canonical text back), and so are the
 * spellings Python accepts for the same term (`1*x`, `x**1`, a leading `+`); everything that
 * changes the problem or breaks its constraints is refused with the reason.
 */
import { capText, describeChar, removeWhitespace } from "../text";
import type { Parsed } from "../types";
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

const EXAMPLE = "`Evaluate 3*x**2 - 5*x + 7 at x = 4`";
/** Far longer than any valid input (about 45 characters); a cap keeps messages short. */
const MAX_INPUT = 1000;

export function parseInput(input: string): Parsed<PolynomialProblem> {
  if (input.length > MAX_INPUT) {
    return fail(`The input is ${input.length} characters long; a problem is short, like ${EXAMPLE}.`);
  }
  const text = removeWhitespace(input);
  if (text === "") return fail(`The input is empty: write the problem like ${EXAMPLE}.`);
  // `^` and brackets pass here so that what to write instead can be said.
  const stray = /[^0-9A-Za-z+\-*=^()]/u.exec(text);
  if (stray && /[\u2212\u2013\u2014]/u.test(stray[0])) return fail(`The input contains ${describeChar(stray[0])}: write minus as \`-\`.`);
  if (stray) return fail(`The input contains ${describeChar(stray[0])}, which has no place in a problem like ${EXAMPLE}.`);
  if (/[()]/.test(text)) {
    return fail("Write the problem without brackets: as in Python, the power goes first, so `-x**2` already means -(x**2).");
  }
  if (!/^evaluate/i.test(text)) return fail(`The input starts with \`Evaluate\`, like ${EXAMPLE}.`);
  // Greedy: the last `at` ends the polynomial, which has no `a` in it.
  const parts = /^evaluate(.*)at(.*)$/is.exec(text);
  if (!parts) return fail(`After the polynomial comes \`at x = \` and the value of x, like ${EXAMPLE}.`);
  const terms = parsePolynomial(parts[1] ?? "");
  if (!terms.ok) return terms;
  const x = parseX(parts[2] ?? "");
  if (!x.ok) return x;
  return { ok: true, value: { terms: terms.value, x: x.value } };
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function parseX(text: string): Parsed<number> {
  if (!text.startsWith("x=")) return fail(`After \`at\` comes \`x = \` and the value of x, like \`at x = 4\`.`);
  const value = /^x=([+-]?[0-9]{1,6})$/.exec(text)?.[1];
  const x = value === undefined ? Number.NaN : Number(value) + 0;
  if (!Number.isInteger(x) || Math.abs(x) > X_LIMIT) {
    const got = capText(text.slice(2), 30);
    return fail(`x must be a whole number from -${X_LIMIT} to ${X_LIMIT}, like \`x = 4\` or \`x = -3\`, not \`${got}\`.`);
  }
  return { ok: true, value: x };
}

/** `3*x**2-5*x+7` (no whitespace) → its terms, each with its own sign, checked in turn. */
function parsePolynomial(text: string): Parsed<Term[]> {
  if (text === "") return fail(`The polynomial is missing: it goes between \`Evaluate\` and \`at\`, like ${EXAMPLE}.`);
  // Signs and term bodies alternate; each sign joins the body after it as that term's sign.
  const signed: string[] = [];
  let sign = "";
  for (const piece of text.match(/[+-]+|[^+-]+/g) ?? []) {
    if (!/^[+-]/.test(piece)) {
      signed.push(sign + piece);
      sign = "";
    } else if (piece.length > 1) {
      return fail(`The polynomial has two signs in a row (\`${capText(piece, 10)}\`): write one operator between terms, like \`3*x**2 - 5*x\`.`);
    } else {
      sign = piece;
    }
  }
  if (sign !== "") return fail(`The polynomial ends with \`${sign}\`: a term is missing after it.`);
  if (signed.length > MAX_TERMS) return fail(`The polynomial has ${signed.length} terms; at most ${MAX_TERMS} are allowed.`);
  const terms: Term[] = [];
  for (const piece of signed) {
    const term = checkTerm(piece);
    if (!term.ok) return term;
    terms.push(term.value);
  }
  return checkOrder(terms);
}

function checkTerm(piece: string): Parsed<Term> {
  const read = readTerm(piece);
  if (!read.ok) return read;
  const { coefficient, power } = read.value;
  const shown = `\`${capText(piece, 30)}\``;
  if (power > MAX_POWER) return fail(`The term ${shown} has the power ${power}; powers go up to ${MAX_POWER}.`);
  if (coefficient === 0) return fail(`The term ${shown} has the coefficient 0: leave it out, coefficients are never 0.`);
  if (Math.abs(coefficient) > COEFFICIENT_LIMIT) {
    return fail(`The term ${shown} has the coefficient ${coefficient}; coefficients are whole numbers from -${COEFFICIENT_LIMIT} to ${COEFFICIENT_LIMIT}.`);
  }
  return { ok: true, value: { coefficient, power: power as Power } };
}

/** Distinct powers, highest first: the order the scratchpad's lines follow. */
function checkOrder(terms: Term[]): Parsed<Term[]> {
  for (let i = 0; i < terms.length; i += 1) {
    for (let j = i + 1; j < terms.length; j += 1) {
      const [a, b] = [terms[i] as Term, terms[j] as Term];
      if (a.power === b.power) {
        return fail(`Two terms have the power ${a.power} (\`${termText(a)}\` and \`${termText(b)}\`): each power appears at most once.`);
      }
    }
  }
  for (let i = 0; i + 1 < terms.length; i += 1) {
    const [a, b] = [terms[i] as Term, terms[i + 1] as Term];
    if (a.power < b.power) {
      return fail(`The terms go from the highest power down: \`${termText(b)}\` comes before \`${termText(a)}\`.`);
    }
  }
  return { ok: true, value: terms };
}
