/**
 * Judging a `line:` entry: the source line that runs next, compared in comparable form
 * (source-text.ts: whitespace free in code, exact in strings), with the reason the right
 * line runs when it is wrong.
 */
import { field, type Judgement } from "../judging";
import { diagnoseLine } from "./bugs";
import { quote, reason, sentence } from "./explain";
import type { PythonProblem } from "./problem";
import { normalizeSource } from "./source-text";
import type { TraceEntry } from "./trace-text";
import { typedText, wrongPrefix, type TypedLine } from "./read-typed";

/** The program's lines that read like `text` (1-based), in order. */
function linesMatching(problem: PythonProblem, text: string): number[] {
  const wanted = normalizeSource(text);
  if (wanted === "") return [];
  const found: number[] = [];
  problem.model.normalized.forEach((line, number) => {
    if (number > 0 && line === wanted) found.push(number);
  });
  return found;
}

/**
 * `strict` (a model's lines) requires a comment on the line to be written too; a student
 * may leave it out, since it does not run.
 */
export function judgeSourceLine(problem: PythonProblem, entry: TraceEntry, typed: TypedLine, strict: boolean): Judgement {
  const expected = entry.body;
  const stepIndex = (entry.index - 1) / 2;
  const step = problem.steps.steps[stepIndex];
  if (typed.role !== "line") {
    return {
      fields: { line: { ...field(typed.role === null ? typed.rest : null, expected), ok: false } },
      normalized: typedText(typed),
      message: wrongPrefix("line", typed.role),
      diagnosis: null,
    };
  }
  const ok = normalizeSource(typed.rest, strict) === normalizeSource(expected, strict);
  const why = step ? reason(problem, step) : null;
  const fields = { line: { ...field(typed.rest, expected), ok } };
  if (ok) return { fields, normalized: typedText(typed), message: why ? `: ${why}.` : ".", diagnosis: null };

  const matches = linesMatching(problem, typed.rest);
  const where = step && step.line > 0 ? `line ${step.line} runs next` : "a different line runs next";
  const because = why ? `${why}: ${where}` : where;
  let message: string;
  if (typed.rest === "") message = `: write the source line after \`line: \`. ${sentence(because)}`;
  else if (normalizeSource(typed.rest) === normalizeSource(expected)) message = ": write the line with its comment, exactly as in the program.";
  else if (matches.length === 0) message = `: ${quote(typed.rest)} is not a line of the program. ${sentence(because)}`;
  else message = `: ${because}, not line ${matches.slice(0, 3).join(" or ")}.`;
  return {
    fields,
    normalized: typedText(typed),
    message,
    diagnosis: step ? diagnoseLine(problem, stepIndex, matches) : null,
  };
}
