/**
 * The reference target: the stored trace itself, or for the direct variant only its result.
 */
import type { ReferenceLine, Variant } from "../types";
import { encode } from "./json-value";
import type { PythonProblem } from "./problem";
import type { TraceRole } from "./trace-text";

export interface PythonLine extends ReferenceLine {
  role: TraceRole;
}

/** Every trace line with its role; none is structural (a student writes them all). */
export function referenceLines(problem: PythonProblem): PythonLine[] {
  return problem.entries.map(({ index, text, role }) => ({ index, text, role, structural: false }));
}

/**
 * The scratchpad variant is the trace; the direct one is `output: ` + the JSON of the
 * module's `output` at the end (FORMATS.md). FORMATS.md does not say what the direct answer
 * is when there is no `output`; here it is what Python itself says: the program's uncaught
 * exception line, or the NameError that reading a missing `output` would raise.
 */
export function target(problem: PythonProblem, variant: Variant = "scratchpad"): string {
  if (variant !== "direct") return problem.trace;
  const last = problem.entries.at(-1);
  if (last?.role === "exception") return last.text;
  const output = last?.vars.find(([name]) => name === "output");
  return output ? `output: ${encode(output[1])}` : "exception: NameError: name 'output' is not defined";
}
