/**
 * The bug library: misconceptions seen in real long addition, and the precise values each
 * one produces. A bug is named only when the submitted values are exactly what that bug
 * would write, so a diagnosis is evidence, never a guess.
 */
import { phrasesFor } from "../phrases";
import type { Diagnosis, Locale } from "../types";
import type { Column } from "./columns";
import { additionPhrases } from "./phrases";
import type { TypedOperandLine } from "./read-line";

/** Every bug, in the order the library lists them; their texts are in phrases.ts. */
export const BUG_IDS = [
  "carry-dropped",
  "carry-invented",
  "carry-two-back",
  "carry-as-digit",
  "digit-carry-swapped",
  "whole-sum-written",
  "wrong-column",
  "result-order-reversed",
  "final-carry-missing",
  "leading-zero-kept",
] as const;

export type BugId = (typeof BUG_IDS)[number];

function libraryIn(locale: Locale): Record<BugId, Diagnosis> {
  const { bugs } = additionPhrases[locale];
  return Object.fromEntries(BUG_IDS.map((id) => [id, { id, ...bugs[id] }])) as Record<BugId, Diagnosis>;
}

const libraries: Record<Locale, Record<BugId, Diagnosis>> = { en: libraryIn("en"), ja: libraryIn("ja") };

/** The bug library in English. */
export const additionBugs: Record<BugId, Diagnosis> = libraries.en;

/** The bug library in `locale` (English for an unknown one). */
export function additionBugsIn(locale?: Locale): Record<BugId, Diagnosis> {
  return phrasesFor(libraries, locale);
}

function bug(id: BugId, locale?: Locale): Diagnosis {
  return additionBugsIn(locale)[id];
}

/**
 * Diagnoses a column line that was read but is wrong. `carryTwoBack` is the carry two
 * columns back (the carry into the previous column). Checked most specific first: a carry
 * of 1 used where 0 comes in is "carry-two-back" when two columns back there was a 1, and
 * "carry-invented" otherwise; a dropped 1 is always "carry-dropped" (the simpler story).
 */
export function diagnoseColumn(
  column: Column,
  carryTwoBack: number,
  typed: TypedOperandLine,
  locale?: Locale,
): Diagnosis | null {
  const { x, y, carryIn, sum, digit, carryOut, resultBefore } = column;
  const wroteDigit = (d: number) => typed.result === String(d) + resultBefore;
  const writes = (s: number) => wroteDigit(s % 10) && typed.carry === String(Math.floor(s / 10));
  const wrongGroups = [
    misaligned(typed.a, column.aBefore, column.aLeft),
    misaligned(typed.b, column.bBefore, column.bLeft),
  ].filter((shows) => shows !== null);
  if (wrongGroups.length > 0 && wrongGroups.every(Boolean)) return bug("wrong-column", locale);
  if (carryIn === 0 && carryTwoBack === 1 && writes(x + y + 1)) return bug("carry-two-back", locale);
  if (carryIn === 1 && writes(x + y)) return bug("carry-dropped", locale);
  if (carryIn === 0 && writes(x + y + 1)) return bug("carry-invented", locale);
  if (sum >= 10 && digit !== carryOut && wroteDigit(carryOut)) {
    return bug(typed.carry === String(digit) ? "digit-carry-swapped" : "carry-as-digit", locale);
  }
  if (sum >= 10 && typed.result === String(sum) + resultBefore) return bug("whole-sum-written", locale);
  if (resultBefore !== "" && typed.result === resultBefore + String(digit) && typed.result !== column.result) {
    return bug("result-order-reversed", locale);
  }
  // A line whose operand groups are right says nothing of columns: a wrong digit or carry
  // there is that field's mistake, never "wrong column" (even if some other pair of digits
  // happens to add up to what was written).
  if (wrongGroups.length === 0) return null;
  const first = (digits: string) => (digits === "" ? 0 : Number(digits[0]));
  // Digits taken from the left end instead of the right, for one operand or both.
  const otherPairs: [number, number][] = [
    [first(column.aBefore), first(column.bBefore)],
    [first(column.aBefore), y],
    [x, first(column.bBefore)],
  ];
  if (otherPairs.some(([p, q]) => p + q !== x + y && writes(p + q + carryIn))) return bug("wrong-column", locale);
  return null;
}

/**
 * Whether a typed operand group shows a misalignment: nothing crossed off, or a digit other
 * than the last one crossed off. Null when the group is right (no evidence either way).
 */
function misaligned(typed: string, before: string, expected: string): boolean | null {
  if (typed === expected) return null;
  if (typed === before) return true;
  for (let i = 0; i < before.length - 1; i += 1) {
    if (before.slice(0, i) + before.slice(i + 1) === typed) return true;
  }
  return false;
}

/**
 * Diagnoses the final line: `typed` is its digits, or null when it is not a digits line
 * (then `closeTyped` says whether `</scratch>` was written in its place).
 */
export function diagnoseFinal(
  final: { carry: number; result: string },
  typed: string | null,
  closeTyped: boolean,
  locale?: Locale,
): Diagnosis | null {
  if (closeTyped || typed === final.result) return bug("final-carry-missing", locale);
  if (typed === String(final.carry) + reverse(final.result) && typed !== String(final.carry) + final.result) {
    return bug("result-order-reversed", locale);
  }
  return null;
}

/** Diagnoses a wrong answer line, given its typed digits. */
export function diagnoseAnswer(
  final: { carry: number; result: string },
  answer: string,
  typed: string,
  locale?: Locale,
): Diagnosis | null {
  if (typed !== answer && /^0+/.test(typed) && (typed.replace(/^0+/, "") || "0") === answer) {
    return bug("leading-zero-kept", locale);
  }
  if (final.carry === 1 && typed === final.result) return bug("final-carry-missing", locale);
  const reversed = (final.carry === 1 ? "1" : "") + reverse(final.result);
  if (typed === reversed && typed !== answer) return bug("result-order-reversed", locale);
  return null;
}

function reverse(digits: string): string {
  return digits.split("").reverse().join("");
}
