/**
 * The bug library: misconceptions seen in real long addition, and the precise values each
 * one produces. A bug is named only when the submitted values are exactly what that bug
 * would write, so a diagnosis is evidence, never a guess.
 */
import type { Diagnosis } from "../types";
import type { Column } from "./columns";
import type { TypedOperandLine } from "./read-line";

const library = {
  "carry-dropped": {
    title: "Carry dropped",
    explanation:
      "The carry coming in from the column to the right was left out. When the line above says C: 1, this column adds its two digits plus 1.",
  },
  "carry-invented": {
    title: "Carry invented",
    explanation:
      "A carry of 1 was added although the column to the right made no carry (the line above says C: 0). Add 1 only when the line above says C: 1.",
  },
  "carry-two-back": {
    title: "Carry from two columns back",
    explanation:
      "The carry used here came from two columns back. The carry coming in is always the C: on the line directly above.",
  },
  "carry-as-digit": {
    title: "Tens written as the digit",
    explanation:
      "The column's sum is 10 or more, and its tens digit was written as the result digit. Write the ones digit of the sum (16 → 6) and carry the tens (1).",
  },
  "digit-carry-swapped": {
    title: "Digit and carry swapped",
    explanation:
      "The result digit and the carry were swapped. Of a sum like 16, the ones digit (6) goes into the result and the tens digit (1) is the carry.",
  },
  "whole-sum-written": {
    title: "Whole sum written",
    explanation:
      "The whole two-digit sum was written into the result. Only its ones digit goes into the result; its tens digit is carried to the next column.",
  },
  "wrong-column": {
    title: "Wrong column",
    explanation:
      "Digits from the wrong column were used. Each line adds the last (rightmost) remaining digit of each number, and crosses off exactly those digits.",
  },
  "result-order-reversed": {
    title: "Result digits in reverse order",
    explanation:
      "A new digit was put at the end of the result. The columns go right to left, so each new digit goes in front of the digits already written.",
  },
  "final-carry-missing": {
    title: "Final carry missing",
    explanation:
      "The final line was skipped or written without the last carry. After the last column comes a line with the last carry (the C: of the last column line) followed by all the result digits.",
  },
  "leading-zero-kept": {
    title: "Leading zero kept",
    explanation:
      "The answer kept the 0 carry in front. A number is written without leading zeros, so a leading 0 of the final line is dropped in the answer.",
  },
} satisfies Record<string, Omit<Diagnosis, "id">>;

export type BugId = keyof typeof library;

export const additionBugs: Record<BugId, Diagnosis> = Object.fromEntries(
  Object.entries(library).map(([id, bug]) => [id, { id, ...bug }]),
) as Record<BugId, Diagnosis>;

function bug(id: BugId): Diagnosis {
  return additionBugs[id];
}

/**
 * Diagnoses a column line that was read but is wrong. `carryTwoBack` is the carry two
 * columns back (the carry into the previous column). Checked most specific first: a carry
 * of 1 used where 0 comes in is "carry-two-back" when two columns back there was a 1, and
 * "carry-invented" otherwise; a dropped 1 is always "carry-dropped" (the simpler story).
 */
export function diagnoseColumn(column: Column, carryTwoBack: number, typed: TypedOperandLine): Diagnosis | null {
  const { x, y, carryIn, sum, digit, carryOut, resultBefore } = column;
  const wroteDigit = (d: number) => typed.result === String(d) + resultBefore;
  const writes = (s: number) => wroteDigit(s % 10) && typed.carry === String(Math.floor(s / 10));
  const wrongGroups = [
    misaligned(typed.a, column.aBefore, column.aLeft),
    misaligned(typed.b, column.bBefore, column.bLeft),
  ].filter((shows) => shows !== null);
  if (wrongGroups.length > 0 && wrongGroups.every(Boolean)) return bug("wrong-column");
  if (carryIn === 0 && carryTwoBack === 1 && writes(x + y + 1)) return bug("carry-two-back");
  if (carryIn === 1 && writes(x + y)) return bug("carry-dropped");
  if (carryIn === 0 && writes(x + y + 1)) return bug("carry-invented");
  if (sum >= 10 && digit !== carryOut && wroteDigit(carryOut)) {
    return bug(typed.carry === String(digit) ? "digit-carry-swapped" : "carry-as-digit");
  }
  if (sum >= 10 && typed.result === String(sum) + resultBefore) return bug("whole-sum-written");
  if (resultBefore !== "" && typed.result === resultBefore + String(digit) && typed.result !== column.result) {
    return bug("result-order-reversed");
  }
  const first = (digits: string) => (digits === "" ? 0 : Number(digits[0]));
  // Digits taken from the left end instead of the right, for one operand or both.
  const otherPairs: [number, number][] = [
    [first(column.aBefore), first(column.bBefore)],
    [first(column.aBefore), y],
    [x, first(column.bBefore)],
  ];
  if (otherPairs.some(([p, q]) => p + q !== x + y && writes(p + q + carryIn))) return bug("wrong-column");
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
): Diagnosis | null {
  if (closeTyped || typed === final.result) return bug("final-carry-missing");
  if (typed === String(final.carry) + reverse(final.result) && typed !== String(final.carry) + final.result) {
    return bug("result-order-reversed");
  }
  return null;
}

/** Diagnoses a wrong answer line, given its typed digits. */
export function diagnoseAnswer(final: { carry: number; result: string }, answer: string, typed: string): Diagnosis | null {
  if (typed !== answer && /^0+/.test(typed) && (typed.replace(/^0+/, "") || "0") === answer) {
    return bug("leading-zero-kept");
  }
  if (final.carry === 1 && typed === final.result) return bug("final-carry-missing");
  const reversed = (final.carry === 1 ? "1" : "") + reverse(final.result);
  if (typed === reversed && typed !== answer) return bug("result-order-reversed");
  return null;
}

function reverse(digits: string): string {
  return digits.split("").reverse().join("");
}
