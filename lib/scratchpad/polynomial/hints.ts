/**
 * Graduated hints per reference line: first what to work on, then the arithmetic, and last
 * the whole line, so a student asks for only as much help as they need.
 */
import { pickHint } from "../hinting";
import type { Hint } from "../types";
import { polynomialValue, sumText, termText, termValue, type PolynomialProblem, type Term } from "./problem";
import { referenceLines } from "./target";
import { working } from "./working";

/** The hint texts for line `index`, least revealing first; empty when there is no such line. */
function hintTexts(problem: PolynomialProblem, index: number): string[] {
  const lines = referenceLines(problem);
  const line = Number.isInteger(index) ? lines[index] : undefined;
  if (!line) return [];
  const write = `Write \`${line.text}\`.`;
  switch (line.role) {
    case "open":
      return ["Write `<scratch>` to open the scratchpad."];
    case "close":
      return ["All terms are done: write `</scratch>` to close the scratchpad."];
    case "term": {
      const term = problem.terms[index - 1] as Term;
      return [pointer(term, problem.x, index === 1), `${working(term, problem.x)}.`, write];
    }
    case "answer": {
      const values = problem.terms.map((term) => termValue(term, problem.x));
      return [
        values.length === 1
          ? "There is one term, so the answer is its value."
          : "Add up the values of the terms, each with its sign.",
        `${values.length === 1 ? "The answer is" : `${sumText(values)} =`} ${polynomialValue(problem)}.`,
        write,
      ];
    }
  }
}

/** "Next term: -5*x. Put x = 4 in.", with what Python's precedence asks for where it matters. */
function pointer(term: Term, x: number, first: boolean): string {
  const head = `${first ? "First" : "Next"} term: ${termText(term)}.`;
  if (term.power === 0) return `${head} It has no x in it.`;
  const put = `Put x = ${x} in${x < 0 ? `, in brackets: (${x})` : ""}.`;
  if (term.power === 1) return `${head} ${put}`;
  const then = term.coefficient === 1 ? "" : term.coefficient === -1 ? ", then the minus" : ", then multiply by the coefficient";
  return `${head} ${put} Work out the power first${then}.`;
}

export function hintLevels(problem: PolynomialProblem, index: number): number {
  return hintTexts(problem, index).length;
}

/** Hint `level` for line `index`, the level clamped to those available. */
export function hint(problem: PolynomialProblem, index: number, level: number): Hint {
  return pickHint(hintTexts(problem, index), index, level);
}
