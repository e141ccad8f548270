/**
 * Graduated hints per reference line: first where to look, then the arithmetic, and last
 * the whole line, so a student asks for only as much help as they need.
 */
import { pickHint } from "../hinting";
import { phrasesFor } from "../phrases";
import type { Hint, Locale } from "../types";
import { addends, columns, type Column } from "./columns";
import { additionPhrases, type AdditionPhrases } from "./phrases";
import { spaced, type AdditionProblem } from "./problem";
import { referenceLines } from "./target";

/** The hint texts for line `index`, least revealing first; empty when there is no such line. */
function hintTexts(problem: AdditionProblem, index: number, say: AdditionPhrases): string[] {
  const lines = referenceLines(problem);
  const line = Number.isInteger(index) ? lines[index] : undefined;
  if (!line) return [];
  const write = say.write(line.text);
  const all = columns(problem);
  const last = all.at(-1);
  const carry = last?.carryOut ?? 0;
  switch (line.role) {
    case "open":
      return [say.hintOpen];
    case "close":
      return [say.hintClose];
    case "start":
      return [say.hintStart, write];
    case "column": {
      const column = all[index - 2] as Column;
      return [pointer(say, column), say.hintArithmetic(addends(column), column.sum, column.digit, column.carryOut), write];
    }
    case "final":
      return [say.hintFinal, say.hintFinalValues(carry, spaced(last?.result ?? "")), write];
    case "answer":
      return [
        carry === 1 ? say.hintAnswerWithCarry : say.hintAnswerWithoutZero,
        say.hintAnswerSum(problem.a, problem.b, line.text.replace(/ /g, "")),
        write,
      ];
  }
}

/** "Look at the tens column: 2 + 5, plus the carry 1 coming in." */
function pointer(say: AdditionPhrases, column: Column): string {
  const { place, x, y, carryIn } = column;
  return say.hintPointer({ place, x, y, carryIn, aUsedUp: column.aBefore === "", bUsedUp: column.bBefore === "" });
}

export function hintLevels(problem: AdditionProblem, index: number): number {
  return hintTexts(problem, index, additionPhrases.en).length;
}

/** Hint `level` for line `index`, the level clamped to those available, in `locale` (default English). */
export function hint(problem: AdditionProblem, index: number, level: number, locale?: Locale): Hint {
  return pickHint(hintTexts(problem, index, phrasesFor(additionPhrases, locale)), index, level, locale);
}
