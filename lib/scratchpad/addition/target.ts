/**
 * The reference target, exactly as FORMATS.md §1 writes it.
 */
import type { ReferenceLine, Variant } from "../types";
import { answerDigits, columns, finalDigits, type Column } from "./columns";
import { spaced, type AdditionProblem } from "./problem";

const OPEN = "<scratch>";
export const CLOSE = "</scratch>";

export type AdditionRole = "open" | "start" | "column" | "final" | "close" | "answer";

export interface AdditionLine extends ReferenceLine {
  role: AdditionRole;
}

/**
 * `a-digits + b-digits , result C: carry`. Empty groups vanish; the `+` goes only when both
 * operands are used up (`, 8 6 C: 0`, but `1 + , 6 8 C: 0`).
 */
export function formatOperandLine(a: string, b: string, result: string, carry: string): string {
  const operands = a === "" && b === "" ? [] : [spaced(a), "+", spaced(b)];
  return [...operands, ",", spaced(result), "C:", carry].filter((token) => token !== "").join(" ");
}

/** The comment's arithmetic, without the `# ` (`added 2 + 5 + 1 = 8 carry 0`). */
export function commentText(column: Column): string {
  const carryIn = column.carryIn === 1 ? " + 1" : "";
  return `added ${column.x} + ${column.y}${carryIn} = ${column.digit} carry ${column.carryOut}`;
}

function columnLine(column: Column): string {
  const body = formatOperandLine(column.aLeft, column.bLeft, column.result, String(column.carryOut));
  return `${body} # ${commentText(column)}`;
}

function startLine(problem: AdditionProblem): string {
  return formatOperandLine(problem.a, problem.b, "", "0");
}

/** The scratchpad's lines with their roles: open, start, one per column, final, close, answer. */
export function referenceLines(problem: AdditionProblem): AdditionLine[] {
  const texts: [string, AdditionRole][] = [
    [OPEN, "open"],
    [startLine(problem), "start"],
    ...columns(problem).map((column): [string, AdditionRole] => [columnLine(column), "column"]),
    [spaced(finalDigits(problem)), "final"],
    [CLOSE, "close"],
    [spaced(answerDigits(problem)), "answer"],
  ];
  return texts.map(([text, role], index) => ({
    index,
    text,
    role,
    structural: role === "open" || role === "close",
  }));
}

/** The whole target: the scratchpad block and the answer, or for "direct" the answer alone. */
export function target(problem: AdditionProblem, variant: Variant = "scratchpad"): string {
  if (variant === "direct") return spaced(answerDigits(problem));
  return referenceLines(problem)
    .map((line) => line.text)
    .join("\n");
}
