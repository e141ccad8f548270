/**
 * Familiar column addition (digits aligned, carries above their columns) for as much of the
 * scratchpad as has been written, so a view can show the same progress both ways.
 */
import { columns } from "./columns";
import type { AdditionProblem } from "./problem";

export interface ColumnView {
  /** Cells left to right; one more than the longest operand, for the final carry. */
  width: number;
  a: Array<string | null>;
  b: Array<string | null>;
  /** A carry of 1 above each column it goes into, once the column to its right is done. */
  carries: Array<string | null>;
  result: Array<string | null>;
}

export function columnView(problem: AdditionProblem, columnsDone: number, finalDone: boolean): ColumnView {
  const all = columns(problem);
  const width = all.length + 1;
  const cell = (place: number) => width - place;
  const blank = () => Array<string | null>(width).fill(null);
  const view: ColumnView = { width, a: blank(), b: blank(), carries: blank(), result: blank() };

  [...problem.a].reverse().forEach((digit, i) => (view.a[cell(i + 1)] = digit));
  [...problem.b].reverse().forEach((digit, i) => (view.b[cell(i + 1)] = digit));
  all.slice(0, Math.max(0, columnsDone)).forEach((column) => {
    view.result[cell(column.place)] = String(column.digit);
    if (column.carryOut > 0) view.carries[cell(column.place + 1)] = String(column.carryOut);
  });
  const last = all[all.length - 1];
  // In column form a final carry of 0 is not written.
  if (finalDone && last && last.carryOut > 0) view.result[0] = String(last.carryOut);
  return view;
}
