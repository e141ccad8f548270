/**
 * Graduated hints per reference line: first where to look, then the arithmetic, and last
 * the whole line, so a student asks for only as much help as they need.
 */
import { pickHint } from "../hinting";
import type { Hint } from "../types";
import { addends, columns, placeName, type Column } from "./columns";
import { spaced, type AdditionProblem } from "./problem";
import { referenceLines } from "./target";

/** The hint texts for line `index`, least revealing first; empty when there is no such line. */
function hintTexts(problem: AdditionProblem, index: number): string[] {
  const lines = referenceLines(problem);
  const line = Number.isInteger(index) ? lines[index] : undefined;
  if (!line) return [];
  const write = `Write \`${line.text}\`.`;
  const all = columns(problem);
  const last = all.at(-1);
  const carry = last?.carryOut ?? 0;
  switch (line.role) {
    case "open":
      return ["Write `<scratch>` to open the scratchpad."];
    case "close":
      return ["All columns are done: write `</scratch>` to close the scratchpad."];
    case "start":
      return ["Copy the problem: all of a, `+`, all of b, then `,` with no result yet, and the carry `C: 0`.", write];
    case "column": {
      const column = all[index - 2] as Column;
      return [pointer(column), arithmetic(column), write];
    }
    case "final":
      return [
        "All columns are added: write the last carry, then every result digit.",
        `The last carry is ${carry} and the result digits are \`${spaced(last?.result ?? "")}\`.`,
        write,
      ];
    case "answer":
      return [
        carry === 1
          ? "Read the answer off the final line: all of its digits, the leading 1 included."
          : "Read the answer off the final line: its digits without the leading 0.",
        `${problem.a} + ${problem.b} = ${line.text.replace(/ /g, "")}.`,
        write,
      ];
  }
}

/** "Look at the tens column: 2 + 5, plus the carry 1 coming in." */
function pointer(column: Column): string {
  const usedUp = [
    column.aBefore === "" ? "a has no digits left, so use 0 for it" : "",
    column.bBefore === "" ? "b has no digits left, so use 0 for it" : "",
  ].filter(Boolean);
  const note = usedUp.length > 0 ? ` (${usedUp.join("; ")})` : "";
  const carry =
    column.place === 1 ? "" : column.carryIn === 1 ? ", plus the carry 1 coming in" : "; the carry coming in is 0";
  return `Look at ${placeName(column.place)}: ${column.x} + ${column.y}${note}${carry}.`;
}

/** "9 + 7 = 16: write 6, carry 1." */
function arithmetic(column: Column): string {
  return `${addends(column)} = ${column.sum}: write ${column.digit}, carry ${column.carryOut}.`;
}

export function hintLevels(problem: AdditionProblem, index: number): number {
  return hintTexts(problem, index).length;
}

/** Hint `level` for line `index`, the level clamped to those available. */
export function hint(problem: AdditionProblem, index: number, level: number): Hint {
  return pickHint(hintTexts(problem, index), index, level);
}
