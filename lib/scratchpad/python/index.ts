/**
 * Python execution traces (FORMATS.md §3) as a task module. A problem is its program and
 * stored reference trace (`fromStored`); the trace itself comes from the sandboxed tracer
 * in lib/python, which this pure module never imports.
 */
import type { TaskModule } from "../types";
import { hint, hintLevels } from "./hints";
import { judgeLine } from "./judge";
import { formatInput, fromStored, parseInput, type PythonProblem } from "./problem";
import { referenceLines, target } from "./target";

/** `fromStored` is required here: it is the only way to build a Python problem. */
export const python: TaskModule<PythonProblem> & Required<Pick<TaskModule<PythonProblem>, "fromStored">> = {
  kind: "python",
  parseInput,
  fromStored,
  formatInput,
  target,
  referenceLines,
  judgeLine,
  hint,
  hintLevels,
};

export { pythonBugs, pythonBugsIn, type BugId } from "./bugs";
export { readJson } from "./json-parse";
export { canonical, encode, type JsonValue } from "./json-value";
export { MAX_PROGRAM_CHARS, MAX_TRACE_CHARS, type PythonProblem } from "./problem";
export { normalizeSource } from "./source-text";
export type { PythonLine } from "./target";
export type { TraceRole } from "./trace-text";
