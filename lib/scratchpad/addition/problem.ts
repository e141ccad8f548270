/**
 * The addition problem and its input text (FORMATS.md §1): `2 9 + 5 7`.
 */
import type { Parsed } from "../types";
import { collapseWhitespace, describeChar } from "../text";

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

const SHAPE = "write the digits of a, then `+`, then the digits of b, e.g. `2 9 + 5 7`";

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
 * formatInput gives the canonical text back); everything else is checked.
 */
export function parseInput(input: string): Parsed<AdditionProblem> {
  const text = collapseWhitespace(input);
  if (text === "") return { ok: false, error: `The input is empty: ${SHAPE}.` };
  const stray = /[^0-9+ ]/u.exec(text);
  if (stray) {
    return {
      ok: false,
      error: `The input may contain only digits, spaces and one \`+\`, but it contains ${describeChar(stray[0])}: ${SHAPE}.`,
    };
  }
  const parts = text.split("+");
  if (parts.length !== 2) {
    return { ok: false, error: `The input needs exactly one \`+\` between the two numbers: ${SHAPE}.` };
  }
  const a = parseOperand(parts[0] ?? "", "The first number, a,");
  if (!a.ok) return a;
  const b = parseOperand(parts[1] ?? "", "The second number, b,");
  if (!b.ok) return b;
  return { ok: true, value: { a: a.value, b: b.value } };
}

function parseOperand(part: string, name: string): Parsed<string> {
  const digits = part.replace(/ /g, "");
  if (digits === "") return { ok: false, error: `${name} is empty: ${SHAPE}.` };
  if (digits.length > MAX_DIGITS) {
    return { ok: false, error: `${name} has ${digits.length} digits; at most ${MAX_DIGITS} digits per number are allowed.` };
  }
  if (digits.length > 1 && digits.startsWith("0")) {
    return { ok: false, error: `${name} has a leading zero: write numbers without leading zeros (zero itself is \`0\`).` };
  }
  return { ok: true, value: digits };
}
