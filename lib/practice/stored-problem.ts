import { findTask, type Parsed, type RegisteredTask } from "../scratchpad";

/** A stored problem's task and its parsed form, or why it can no longer be practised. */
export function loadStoredProblem(problem: {
  kind: string;
  input: string;
  target: string;
}): { ok: true; task: RegisteredTask; value: unknown } | { ok: false; error: string } {
  const task = findTask(problem.kind);
  if (!task) return { ok: false, error: `Problems of kind "${problem.kind}" are not supported.` };
  const parsed: Parsed<unknown> = task.fromStored
    ? task.fromStored(problem.input, problem.target)
    : task.parseInput(problem.input);
  return parsed.ok ? { ok: true, task, value: parsed.value } : { ok: false, error: parsed.error };
}

/** True when no line the student writes comes after reference line `index`. */
export function isLastLine(reference: Array<{ index: number; structural: boolean }>, index: number): boolean {
  return !reference.some((line) => line.index > index && !line.structural);
}
