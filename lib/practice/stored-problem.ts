import { findTask, type Locale, type Parsed, type RegisteredTask } from "../scratchpad";
import { practiceTexts } from "./texts";

/** A stored problem's task and its parsed form, or why it can no longer be practised (in `locale`). */
export function loadStoredProblem(
  problem: {
    kind: string;
    input: string;
    target: string;
  },
  locale: Locale = "en",
): { ok: true; task: RegisteredTask; value: unknown } | { ok: false; error: string } {
  const task = findTask(problem.kind);
  if (!task) return { ok: false, error: practiceTexts(locale)("errors.unsupportedKind", { kind: problem.kind }) };
  const parsed: Parsed<unknown> = task.fromStored
    ? task.fromStored(problem.input, problem.target, locale)
    : task.parseInput(problem.input, locale);
  return parsed.ok ? { ok: true, task, value: parsed.value } : { ok: false, error: parsed.error };
}

/** True when no line the student writes comes after reference line `index`. */
export function isLastLine(reference: Array<{ index: number; structural: boolean }>, index: number): boolean {
  return !reference.some((line) => line.index > index && !line.structural);
}
