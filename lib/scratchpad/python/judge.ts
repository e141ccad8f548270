/**
 * Judges one typed line against the reference trace entry at the same index: `line:`
 * entries by their source text, `state:` entries variable by variable, the final
 * `exception:` by its text. Lenient about whitespace, strict about content. Never throws.
 */
import { field, noSuchLine, verdictOf, type Judgement } from "../judging";
import { collapseWhitespace } from "../text";
import type { JudgeOptions, Verdict } from "../types";
import { diagnoseMissedException } from "./bugs";
import { judgeSourceLine } from "./judge-line";
import { judgeState } from "./judge-state";
import type { PythonProblem } from "./problem";
import { readTyped, typedText, wrongPrefix, type TypedLine } from "./read-typed";
import type { TraceEntry } from "./trace-text";

/**
 * Judges `line` as entry `index` (0-based) of the trace, whatever came before. `strict`
 * (default: true for a model) also requires a source line's comment, which a student may
 * leave out since it does not run.
 */
export function judgeLine(problem: PythonProblem, index: number, line: string, options: JudgeOptions = {}): Verdict {
  const strict = options.strict ?? options.actor === "model";
  const entry = Number.isInteger(index) ? problem.entries[index] : undefined;
  if (!entry) return noSuchLine(index, problem.entries.length, line);
  const typed = readTyped(line);
  return verdictOf(index, entry.text, judgeAs(problem, entry, typed, strict));
}

function judgeAs(problem: PythonProblem, entry: TraceEntry, typed: TypedLine, strict: boolean): Judgement {
  switch (entry.role) {
    case "line":
      return judgeSourceLine(problem, entry, typed, strict);
    case "state":
      return judgeState(problem, entry, typed);
    case "exception":
      return judgeException(entry, typed);
  }
}

/** `TYPE: message` with whitespace collapsed and exactly one space after the type's colon. */
function exceptionText(text: string): string {
  const collapsed = collapseWhitespace(text);
  const colon = collapsed.indexOf(":");
  if (colon === -1) return collapsed;
  return `${collapsed.slice(0, colon).trim()}: ${collapsed.slice(colon + 1).trim()}`.trim();
}

function judgeException(entry: TraceEntry, typed: TypedLine): Judgement {
  const expected = exceptionText(entry.body);
  if (typed.role !== "exception") {
    return {
      fields: { exception: { ...field(typed.role === null ? typed.rest : null, expected), ok: false } },
      normalized: typedText(typed),
      message: wrongPrefix("exception", typed.role),
      diagnosis: typed.role === null ? null : diagnoseMissedException(),
    };
  }
  const got = exceptionText(typed.rest);
  const type = (text: string) => text.split(":")[0] ?? "";
  let message = ".";
  if (got !== expected) {
    message =
      type(got) !== type(expected)
        ? `: the exception raised here is a \`${type(expected)}\`, written with its message: \`${expected}\`.`
        : `: the type is right; its message reads \`${expected.slice(type(expected).length + 2)}\`.`;
  }
  return { fields: { exception: field(got, expected) }, normalized: `exception: ${got}`, message, diagnosis: null };
}
