/**
 * Graduated hints per reference line: first what to work on, then the arithmetic, and last
 * the whole line, so a student asks for only as much help as they need.
 */
import { pickHint } from "../hinting";
import { phrasesFor } from "../phrases";
import type { Hint, Locale } from "../types";
import { polynomialPhrases, type PolynomialPhrases } from "./phrases";
import { polynomialValue, sumText, termText, termValue, type PolynomialProblem, type Term } from "./problem";
import { referenceLines } from "./target";
import { working } from "./working";

/** The hint texts for line `index`, least revealing first; empty when there is no such line. */
function hintTexts(problem: PolynomialProblem, index: number, say: PolynomialPhrases): string[] {
  const lines = referenceLines(problem);
  const line = Number.isInteger(index) ? lines[index] : undefined;
  if (!line) return [];
  const write = say.write(line.text);
  switch (line.role) {
    case "open":
      return [say.hintOpen];
    case "close":
      return [say.hintClose];
    case "term": {
      const term = problem.terms[index - 1] as Term;
      const { x } = problem;
      const pointer = say.hintPointer(termText(term), term.power, term.coefficient, x, index === 1);
      return [pointer, say.hintWorking(working(term, x)), write];
    }
    case "answer": {
      const values = problem.terms.map((term) => termValue(term, problem.x));
      const single = values.length === 1;
      return [
        single ? say.hintOneTerm : say.hintAddUp,
        say.hintAnswer(single ? null : sumText(values), polynomialValue(problem)),
        write,
      ];
    }
  }
}

export function hintLevels(problem: PolynomialProblem, index: number): number {
  return hintTexts(problem, index, polynomialPhrases.en).length;
}

/** Hint `level` for line `index`, the level clamped to those available, in `locale` (default English). */
export function hint(problem: PolynomialProblem, index: number, level: number, locale?: Locale): Hint {
  return pickHint(hintTexts(problem, index, phrasesFor(polynomialPhrases, locale)), index, level, locale);
}
