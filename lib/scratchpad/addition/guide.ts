/**
 * The guided input: a student gives just the new digit and carry of the current column and
 * the rest of the line is written for them. Everything in a guide can already be read off
 * the line above, so it gives nothing away.
 */
import { columns } from "./columns";
import type { AdditionProblem } from "./problem";
import { formatOperandLine, referenceLines } from "./target";

export interface ColumnGuide {
  /** 1 for the ones column, 2 for the tens, … */
  place: number;
  /** Digits of a and b left once this column is taken. */
  aLeft: string;
  bLeft: string;
  /** Result digits already written (the new digit goes in front of them). */
  resultBefore: string;
}

/** The guide for reference line `index`, or null when that line is not a column line. */
export function columnGuide(problem: AdditionProblem, index: number): ColumnGuide | null {
  const lines = referenceLines(problem);
  if (lines[index]?.role !== "column") return null;
  const firstColumn = lines.findIndex((line) => line.role === "column");
  const column = columns(problem)[index - firstColumn];
  if (!column) return null;
  return { place: column.place, aLeft: column.aLeft, bLeft: column.bLeft, resultBefore: column.resultBefore };
}

/** The full column line for a digit and a carry as typed (trimmed; the judge checks them). */
export function composeColumnLine(guide: ColumnGuide, digit: string, carry: string): string {
  return formatOperandLine(guide.aLeft, guide.bLeft, `${digit.trim()}${guide.resultBefore}`, carry.trim());
}
