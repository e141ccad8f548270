/**
 * Judges one typed line against the reference trace entry at the same index: `line:`
 * entries by their source text, `state:` entries variable by variable, the final
 * `exception:` by its text. Lenient about whitespace, strict about content. Never throws.
 */
import { field, noSuchLine, verdictOf, type Judgement } from "../judging";
import { collapseWhitespace } from "../text";
import { phrasesFor } from "../phrases";
import type { JudgeOptions, Locale, Verdict } from "../types";
import { diagnoseMissedException } from "./bugs";
import { judgeSourceLine } from "./judge-line";
import { judgeState } from "./judge-state";
import { pythonPhrases, type PythonPhrases } from "./phrases";
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
  if (!entry) return noSuchLine(index, problem.entries.length, line, options.locale);
  const typed = readTyped(line);
  const judging: Judging = { say: phrasesFor(pythonPhrases, options.locale), locale: options.locale };
  return verdictOf(index, entry.text, judgeAs(problem, entry, typed, strict, judging), options.locale);
}

/** The locale a line is judged in, and its phrasebook. */
export interface Judging {
  say: PythonPhrases;
  locale: Locale | undefined;
}

function judgeAs(problem: PythonProblem, entry: TraceEntry, typed: TypedLine, strict: boolean, judging: Judging): Judgement {
  switch (entry.role) {
    case "line":
      return judgeSourceLine(problem, entry, typed, strict, judging);
    case "state":
      return judgeState(problem, entry, typed, judging);
    case "exception":
      return judgeException(entry, typed, judging);
  }
}

/** `TYPE: message` with whitespace collapsed and exactly one space after the type's colon. */
function exceptionText(text: string): string {
  const collapsed = collapseWhitespace(text);
  const colon = collapsed.indexOf(":");
  if (colon === -1) return collapsed;
  return `${collapsed.slice(0, colon).trim()}: ${collapsed.slice(colon + 1).trim()}`.trim();
}

function judgeException(entry: TraceEntry, typed: TypedLine, { say, locale }: Judging): Judgement {
  const expected = exceptionText(entry.body);
  if (typed.role !== "exception") {
    return {
      fields: { exception: { ...field(typed.role === null ? typed.rest : null, expected), ok: false } },
      normalized: typedText(typed),
      sentence: wrongPrefix("exception", typed.role, say),
      diagnosis: typed.role === null ? null : diagnoseMissedException(locale),
    };
  }
  const got = exceptionText(typed.rest);
  const type = (text: string) => text.split(":")[0] ?? "";
  let sentence = "";
  if (got !== expected) {
    sentence =
      type(got) !== type(expected)
        ? say.exceptionType(type(expected), expected)
        : say.exceptionMessage(expected.slice(type(expected).length + 2));
  }
  return { fields: { exception: field(got, expected) }, normalized: `exception: ${got}`, sentence, diagnosis: null };
}
