/**
 * Graduated hints per trace entry. A `line:` entry: first why control goes where it goes,
 * then the line number, last the line. A `state:` entry: first which variables to look at,
 * then their new values, last the whole state. Least revealing first.
 */
import { pickHint } from "../hinting";
import { capText } from "../text";
import type { Hint } from "../types";
import { blockName, previousLine, quote, reason, sentence, upperFirst } from "./explain";
import { encode, canonical, type JsonValue } from "./json-value";
import type { PythonProblem } from "./problem";
import type { TraceEntry } from "./trace-text";

const LIST = new Intl.ListFormat("en", { type: "conjunction" });
/** Values in a hint are given in full up to this length. */
const SHOWN = 200;

function hintTexts(problem: PythonProblem, index: number): string[] {
  const entry = Number.isInteger(index) ? problem.entries[index] : undefined;
  if (!entry) return [];
  const write = `Write \`${entry.text}\`.`;
  switch (entry.role) {
    case "line":
      return [...lineHints(problem, entry), write];
    case "state":
      return [...stateHints(problem, entry), write];
    case "exception":
      return [exceptionHint(problem, entry), write];
  }
}

function lineHints(problem: PythonProblem, entry: TraceEntry): string[] {
  const step = problem.steps.steps[(entry.index - 1) / 2];
  if (!step) return ["Which line runs next?"];
  const why = reason(problem, step);
  const last = previousLine(problem, step);
  const context = why ? sentence(why) : last === null ? "" : `${quote(last)} has run; the next statement in order comes now.`;
  const first = `Which line runs next? ${context}`.trim();
  return step.line > 0 ? [first, `Line ${step.line} runs next.`] : [first];
}

/** `name is now value` for each variable that differs between two states, in the new state's order. */
function changes(before: Array<[string, JsonValue]>, after: Array<[string, JsonValue]>): { names: string[]; values: string[] } {
  const old = new Map(before.map(([name, value]) => [name, canonical(value)]));
  const now = new Set(after.map(([name]) => name));
  const names: string[] = [];
  const values: string[] = [];
  for (const [name, value] of after) {
    if (old.get(name) === canonical(value)) continue;
    names.push(name);
    values.push(`${name} is now ${capText(encode(value), SHOWN)}`);
  }
  for (const [name] of before) {
    if (now.has(name)) continue;
    names.push(name);
    values.push(`${name} no longer exists`);
  }
  return { names, values };
}

function stateHints(problem: PythonProblem, entry: TraceEntry): string[] {
  const context = problem.steps.states.find((state) => state.entry === entry.index);
  const last = problem.entries[entry.index - 1];
  if (entry.index === 0 || !context || last?.role !== "line") {
    return ["Nothing has run yet, so no variable is defined."];
  }
  const ran = quote(last.body);
  const move = context.move;
  if (move.kind === "call") {
    const params = entry.vars.map(([name]) => name);
    const values = entry.vars.map(([name, value]) => `${name} is ${capText(encode(value), SHOWN)}`);
    const holds = params.length === 0 ? "no variable yet" : `its parameters: ${LIST.format(params)}`;
    const called = `${upperFirst(blockName(problem, move.block))} has just been called: its new frame holds ${holds}.`;
    return values.length > 0 ? [called, `${LIST.format(values)}.`] : [called];
  }
  const before = context.previous === null ? [] : (problem.entries[context.previous]?.vars ?? []);
  const { names, values } = changes(before, entry.vars);
  const lookAt = names.length === 0 ? "no variable changes" : `look at ${LIST.format(names)}`;
  const first =
    move.kind === "return"
      ? `${ran} has finished ${blockName(problem, move.fromBlock)}, whose frame is gone; back in its caller, ${lookAt}.`
      : `After ${ran}, ${lookAt}.`;
  const second = values.length === 0 ? "The state is the same as before that line." : `${LIST.format(values)}.`;
  return [first, second];
}

function exceptionHint(problem: PythonProblem, entry: TraceEntry): string {
  if (entry.body.startsWith("StepLimitExceeded:")) {
    return "The program has run as many steps as a trace may have, so the trace stops here with an exception line.";
  }
  const last = problem.entries[entry.index - 1];
  const ran = last?.role === "line" ? quote(last.body) : "The last line";
  return `${ran} raises an exception that nothing catches, so the program stops: write its type and message.`;
}

export function hintLevels(problem: PythonProblem, index: number): number {
  return hintTexts(problem, index).length;
}

/** Hint `level` for entry `index`, the level clamped to those available. */
export function hint(problem: PythonProblem, index: number, level: number): Hint {
  return pickHint(hintTexts(problem, index), index, level);
}
