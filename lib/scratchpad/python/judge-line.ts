/**
 * Judging a `line:` entry: the source line that runs next, compared in comparable form
 * (source-text.ts: whitespace free in code, exact in strings), with the reason the right
 * line runs when it is wrong.
 */
import { field, type Judgement } from "../judging";
import { diagnoseLine } from "./bugs";
import { quote, reason } from "./explain";
import type { Judging } from "./judge";
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
export function judgeSourceLine(
  problem: PythonProblem,
  entry: TraceEntry,
  typed: TypedLine,
  strict: boolean,
  { say, locale }: Judging,
): Judgement {
  const expected = entry.body;
  const stepIndex = (entry.index - 1) / 2;
  const step = problem.steps.steps[stepIndex];
  if (typed.role !== "line") {
    return {
      fields: { line: { ...field(typed.role === null ? typed.rest : null, expected), ok: false } },
      normalized: typedText(typed),
      sentence: wrongPrefix("line", typed.role, say),
      diagnosis: null,
    };
  }
  const ok = normalizeSource(typed.rest, strict) === normalizeSource(expected, strict);
  const why = step ? reason(problem, step, say) : null;
  const fields = { line: { ...field(typed.rest, expected), ok } };
  if (ok) return { fields, normalized: typedText(typed), sentence: say.lineOk(why), diagnosis: null };

  const matches = linesMatching(problem, typed.rest);
  const line = step?.line ?? 0;
  let sentence: string;
  if (typed.rest === "") sentence = say.lineEmpty(why, line);
  else if (normalizeSource(typed.rest) === normalizeSource(expected)) sentence = say.lineComment;
  else if (matches.length === 0) sentence = say.lineNotInProgram(quote(typed.rest), why, line);
  else sentence = say.lineOther(why, line, matches.slice(0, 3));
  return {
    fields,
    normalized: typedText(typed),
    sentence,
    diagnosis: step ? diagnoseLine(problem, stepIndex, matches, locale) : null,
  };
}
