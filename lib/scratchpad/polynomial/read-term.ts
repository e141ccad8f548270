/**
 * Reads one term as a person might type it, after whitespace is removed: `-5*x`, `x**2`,
 * `7`, and also the variants Python accepts (`1*x`, `x**1`, `5*x**0`), so that a caller can
 * say "same term, written differently". Ranges are the caller's business: this only reads.
 */
import { phrasesFor } from "../phrases";
import { capText } from "../text";
import type { Locale, Parsed } from "../types";
import { polynomialPhrases, type PolynomialPhrases } from "./phrases";

export interface ReadTerm {
  /** Signed, as typed; may be 0 or out of range. */
  coefficient: number;
  /** As typed; may be above 3. */
  power: number;
}

/** Longer runs of digits are just "too big": no need to read them. */
const MAX_DIGITS = 6;

export const TERM_SHAPES = polynomialPhrases.en.termShapes;

/** `text` must have no whitespace; a leading `+` or `-` is the term's sign. Errors are in `locale` (default English). */
export function readTerm(text: string, locale?: Locale): Parsed<ReadTerm> {
  const say = phrasesFor(polynomialPhrases, locale);
  let rest = text;
  const sign = rest.startsWith("-") ? -1 : 1;
  if (rest.startsWith("-") || rest.startsWith("+")) rest = rest.slice(1);
  const digits = /^[0-9]+/.exec(rest)?.[0];
  let coefficient = sign;
  if (digits !== undefined) {
    if (digits.length > MAX_DIGITS) return tooBig(text, say);
    coefficient = sign * Number(digits);
    rest = rest.slice(digits.length);
    if (rest === "") return { ok: true, value: { coefficient, power: 0 } };
    if (!rest.startsWith("*x")) return notATerm(text, say);
    rest = rest.slice(1);
  }
  if (!rest.startsWith("x")) return notATerm(text, say);
  rest = rest.slice(1);
  if (rest === "") return { ok: true, value: { coefficient, power: 1 } };
  const power = /^\*\*([0-9]+)$/.exec(rest)?.[1];
  if (power === undefined) return notATerm(text, say);
  return power.length > MAX_DIGITS ? tooBig(text, say) : { ok: true, value: { coefficient, power: Number(power) } };
}

function tooBig(text: string, say: PolynomialPhrases): Parsed<ReadTerm> {
  return { ok: false, error: say.termTooBig(`\`${capText(text, 30)}\``) };
}

/** The most specific reason `text` is not a term. */
function notATerm(text: string, say: PolynomialPhrases): Parsed<ReadTerm> {
  const shown = `\`${capText(text, 30)}\``;
  if (text === "" || text === "+" || text === "-") return { ok: false, error: say.termMissing };
  if (text.includes("^")) return { ok: false, error: say.termCaret(shown) };
  if (/[0-9]x/.test(text)) return { ok: false, error: say.termTimes(shown) };
  if (/[()]/.test(text)) return { ok: false, error: say.termBrackets(shown) };
  if (/[A-Za-wyz]/.test(text)) return { ok: false, error: say.termVariable(shown) };
  return { ok: false, error: say.notATerm(shown) };
}
