/**
 * Graduated hints per trace entry. A `line:` entry: first why control goes where it goes,
 * then the line number, last the line. A `state:` entry: first which variables to look at,
 * then their new values, last the whole state. Least revealing first.
 */
import { pickHint } from "../hinting";
import { phrasesFor } from "../phrases";
import { capText } from "../text";
import type { Hint, Locale } from "../types";
import { blockName, previousLine, quote, reason } from "./explain";
import { encode, canonical, type JsonValue } from "./json-value";
import { pythonPhrases, type Change, type PythonPhrases } from "./phrases";
import type { PythonProblem } from "./problem";
import type { TraceEntry } from "./trace-text";

/** Values in a hint are given in full up to this length. */
const SHOWN = 200;

function hintTexts(problem: PythonProblem, index: number, say: PythonPhrases): string[] {
  const entry = Number.isInteger(index) ? problem.entries[index] : undefined;
  if (!entry) return [];
  const write = say.write(entry.text);
  switch (entry.role) {
    case "line":
      return [...lineHints(problem, entry, say), write];
    case "state":
      return [...stateHints(problem, entry, say), write];
    case "exception":
      return [exceptionHint(problem, entry, say), write];
  }
}

function lineHints(problem: PythonProblem, entry: TraceEntry, say: PythonPhrases): string[] {
  const step = problem.steps.steps[(entry.index - 1) / 2];
  if (!step) return [say.whichLine(null, null)];
  const last = previousLine(problem, step);
  const first = say.whichLine(reason(problem, step, say), last === null ? null : quote(last));
  return step.line > 0 ? [first, say.lineRuns(step.line)] : [first];
}

/** The variables that differ between two states (new values in the new state's order, then those gone). */
function changes(before: Array<[string, JsonValue]>, after: Array<[string, JsonValue]>): Change[] {
  const old = new Map(before.map(([name, value]) => [name, canonical(value)]));
  const now = new Set(after.map(([name]) => name));
  const found: Change[] = [];
  for (const [name, value] of after) {
    if (old.get(name) === canonical(value)) continue;
    found.push({ name, value: capText(encode(value), SHOWN) });
  }
  for (const [name] of before) {
    if (!now.has(name)) found.push({ name, gone: true });
  }
  return found;
}

function stateHints(problem: PythonProblem, entry: TraceEntry, say: PythonPhrases): string[] {
  const context = problem.steps.states.find((state) => state.entry === entry.index);
  const last = problem.entries[entry.index - 1];
  if (entry.index === 0 || !context || last?.role !== "line") return [say.nothingYet];
  const ran = quote(last.body);
  const move = context.move;
  if (move.kind === "call") {
    const called = say.called(
      blockName(problem, move.block, say),
      entry.vars.map(([name]) => name),
    );
    const values = entry.vars.map(([name, value]): [string, string] => [name, capText(encode(value), SHOWN)]);
    return values.length > 0 ? [called, say.callValues(values)] : [called];
  }
  const before = context.previous === null ? [] : (problem.entries[context.previous]?.vars ?? []);
  const changed = changes(before, entry.vars);
  const names = changed.map((change) => change.name);
  const first =
    move.kind === "return" ? say.afterReturn(ran, blockName(problem, move.fromBlock, say), names) : say.afterLine(ran, names);
  return [first, changed.length === 0 ? say.unchanged : say.changes(changed)];
}

function exceptionHint(problem: PythonProblem, entry: TraceEntry, say: PythonPhrases): string {
  if (entry.body.startsWith("StepLimitExceeded:")) return say.stepLimit;
  const last = problem.entries[entry.index - 1];
  return say.raises(last?.role === "line" ? quote(last.body) : null);
}

export function hintLevels(problem: PythonProblem, index: number): number {
  return hintTexts(problem, index, pythonPhrases.en).length;
}

/** Hint `level` for entry `index`, the level clamped to those available, in `locale` (default English). */
export function hint(problem: PythonProblem, index: number, level: number, locale?: Locale): Hint {
  return pickHint(hintTexts(problem, index, phrasesFor(pythonPhrases, locale)), index, level, locale);
}
