/**
 * The column-by-column computation behind the scratchpad. The target, the judge, the bug
 * library and the hints all read these numbers, so they can never disagree.
 */
import type { AdditionProblem } from "./problem";

export interface Column {
  /** 1 for the ones column, 2 for the tens, … */
  place: number;
  /** The digits added here: a's, b's (0 once an operand is used up), and the carry coming in. */
  x: number;
  y: number;
  carryIn: number;
  sum: number;
  digit: number;
  carryOut: number;
  /** Digits of a and b still to be added before this column (digit strings, maybe empty). */
  aBefore: string;
  bBefore: string;
  /** Digits left after this column. */
  aLeft: string;
  bLeft: string;
  /** Result digits written before this column, and after it (the new digit in front). */
  resultBefore: string;
  result: string;
}

/** One entry per column, right to left: max(len a, len b) in all. */
export function columns(problem: AdditionProblem): Column[] {
  const count = Math.max(problem.a.length, problem.b.length);
  const out: Column[] = [];
  let aLeft = problem.a;
  let bLeft = problem.b;
  let result = "";
  let carry = 0;
  for (let place = 1; place <= count; place += 1) {
    const x = lastDigit(aLeft);
    const y = lastDigit(bLeft);
    const sum = x + y + carry;
    const column: Column = {
      place,
      x,
      y,
      carryIn: carry,
      sum,
      digit: sum % 10,
      carryOut: Math.floor(sum / 10),
      aBefore: aLeft,
      bBefore: bLeft,
      aLeft: aLeft.slice(0, -1),
      bLeft: bLeft.slice(0, -1),
      resultBefore: result,
      result: String(sum % 10) + result,
    };
    out.push(column);
    ({ aLeft, bLeft, result } = column);
    carry = column.carryOut;
  }
  return out;
}

function lastDigit(digits: string): number {
  return digits === "" ? 0 : Number(digits[digits.length - 1]);
}

/** The final line's digits: the last carry, then all result digits ("086"). */
export function finalDigits(problem: AdditionProblem): string {
  const all = columns(problem);
  const last = all[all.length - 1];
  return last ? String(last.carryOut) + last.result : "0";
}

/**
 * a + b without leading zeros. The longer operand has no leading zero, so the result digits
 * have none either; only a 0 carry in front has to go.
 */
export function answerDigits(problem: AdditionProblem): string {
  const digits = finalDigits(problem);
  return digits.length > 1 && digits.startsWith("0") ? digits.slice(1) : digits;
}

/** "9 + 7" or, with a carry coming in, "2 + 5 + 1". */
export function addends(column: Column): string {
  return `${column.x} + ${column.y}${column.carryIn === 1 ? " + 1" : ""}`;
}
