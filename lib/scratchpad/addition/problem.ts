/**
 * The addition problem and its input text (FORMATS.md §1): `2 9 + 5 7`.
 */
import { phrasesFor } from "../phrases";
import { collapseWhitespace, describeChar } from "../text";
import type { Locale, Parsed } from "../types";
import { additionPhrases, type AdditionPhrases, type Operand } from "./phrases";

/**
 * a + b. Both are decimal digit strings without leading zeros ("0" is zero). Strings, not
 * bigints, so that a problem survives JSON (server actions, the database) unchanged.
 */
export interface AdditionProblem {
  a: string;
  b: string;
}

/** The longest operand parseInput accepts; the formats themselves work at any length. */
export const MAX_DIGITS = 60;

/** "29" → "2 9": the formats separate every digit by a space. */
export function spaced(digits: string): string {
  return digits.split("").join(" ");
}

/** The canonical input: `2 9 + 5 7`. */
export function formatInput(problem: AdditionProblem): string {
  return `${spaced(problem.a)} + ${spaced(problem.b)}`;
}

/**
 * Reads `2 9 + 5 7`. Whitespace is free (extra, missing or "29 + 57" all read the same, and
 * formatInput gives the canonical text back); everything else is checked. Errors are in
 * `locale` (default English).
 */
export function parseInput(input: string, locale?: Locale): Parsed<AdditionProblem> {
  const say = phrasesFor(additionPhrases, locale);
  const text = collapseWhitespace(input);
  if (text === "") return { ok: false, error: say.inputEmpty };
  const stray = /[^0-9+ ]/u.exec(text);
  if (stray) return { ok: false, error: say.inputStray(describeChar(stray[0])) };
  const parts = text.split("+");
  if (parts.length !== 2) return { ok: false, error: say.inputPlus };
  const a = parseOperand(parts[0] ?? "", "a", say);
  if (!a.ok) return a;
  const b = parseOperand(parts[1] ?? "", "b", say);
  if (!b.ok) return b;
  return { ok: true, value: { a: a.value, b: b.value } };
}

function parseOperand(part: string, name: Operand, say: AdditionPhrases): Parsed<string> {
  const digits = part.replace(/ /g, "");
  if (digits === "") return { ok: false, error: say.operandEmpty(name) };
  if (digits.length > MAX_DIGITS) return { ok: false, error: say.operandTooLong(name, digits.length, MAX_DIGITS) };
  if (digits.length > 1 && digits.startsWith("0")) return { ok: false, error: say.operandLeadingZero(name) };
  return { ok: true, value: digits };
}
