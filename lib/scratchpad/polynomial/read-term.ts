/**
 * Reads one term as a person might type it, after whitespace is removed: `-5*x`, `x**2`,
 * `7`, and also the variants Python accepts (`1*x`, `x**1`, `5*x**0`), so that a caller can
 * say "same term, written differently". Ranges are the caller's business: this only reads.
 */
import { capText } from "../text";
import type { Parsed } from "../types";

export interface ReadTerm {
  /** Signed, as typed; may be 0 or out of range. */
  coefficient: number;
  /** As typed; may be above 3. */
  power: number;
}

/** Longer runs of digits are just "too big": no need to read them. */
const MAX_DIGITS = 6;

export const TERM_SHAPES = "terms look like `3*x**2`, `-5*x` or `7`";

/** `text` must have no whitespace; a leading `+` or `-` is the term's sign. */
export function readTerm(text: string): Parsed<ReadTerm> {
  let rest = text;
  const sign = rest.startsWith("-") ? -1 : 1;
  if (rest.startsWith("-") || rest.startsWith("+")) rest = rest.slice(1);
  const digits = /^[0-9]+/.exec(rest)?.[0];
  let coefficient = sign;
  if (digits !== undefined) {
    if (digits.length > MAX_DIGITS) return tooBig(text);
    coefficient = sign * Number(digits);
    rest = rest.slice(digits.length);
    if (rest === "") return { ok: true, value: { coefficient, power: 0 } };
    if (!rest.startsWith("*x")) return notATerm(text);
    rest = rest.slice(1);
  }
  if (!rest.startsWith("x")) return notATerm(text);
  rest = rest.slice(1);
  if (rest === "") return { ok: true, value: { coefficient, power: 1 } };
  const power = /^\*\*([0-9]+)$/.exec(rest)?.[1];
  if (power === undefined) return notATerm(text);
  return power.length > MAX_DIGITS ? tooBig(text) : { ok: true, value: { coefficient, power: Number(power) } };
}

function tooBig(text: string): Parsed<ReadTerm> {
  return { ok: false, error: `\`${capText(text, 30)}\`: that number is far too big for a coefficient or a power.` };
}

/** The most specific reason `text` is not a term. */
function notATerm(text: string): Parsed<ReadTerm> {
  const shown = `\`${capText(text, 30)}\``;
  if (text === "" || text === "+" || text === "-") return { ok: false, error: `A term is missing: ${TERM_SHAPES}.` };
  if (text.includes("^")) return { ok: false, error: `${shown}: powers are written with \`**\`, as in Python: \`x**2\`, not \`x^2\`.` };
  if (/[0-9]x/.test(text)) return { ok: false, error: `${shown}: write the multiplication sign, as in Python: \`3*x\`, not \`3x\`.` };
  if (/[()]/.test(text)) return { ok: false, error: `${shown}: write terms without brackets; ${TERM_SHAPES}.` };
  if (/[A-Za-wyz]/.test(text)) return { ok: false, error: `${shown}: the only variable is \`x\`; ${TERM_SHAPES}.` };
  return { ok: false, error: `${shown} is not a term: ${TERM_SHAPES}.` };
}
