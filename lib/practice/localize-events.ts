import type { Locale, RegisteredTask, Verdict } from "../scratchpad";
import type { LogEvent } from "./log-event";

/**
 * A stored line's verdict in `locale`. Verdicts are stored in the language that was active
 * when the line was judged; judging is pure and deterministic, so the line is judged again
 * as it was then (a student's line as the student's, a model's or a planted line as the
 * model's). Should the outcome differ (the judge changed since), the stored verdict stands:
 * what was decided then is not rewritten by a translation.
 */
export function localizedVerdict(
  task: RegisteredTask,
  problem: unknown,
  event: Pick<LogEvent, "lineIndex" | "text" | "actor" | "verdict">,
  locale: Locale,
): Verdict | null {
  const stored = event.verdict;
  if (!stored) return stored;
  const again = task.judgeLine(problem, event.lineIndex, event.text, { actor: event.actor === "student" ? "student" : "model", locale });
  const same = again.ok === stored.ok && (again.diagnosis?.id ?? null) === (stored.diagnosis?.id ?? null);
  return same ? again : stored;
}

/** A stored hint's text in `locale`: hints are made again from the line and level, like verdicts. */
export function localizedHintText(task: RegisteredTask, problem: unknown, event: Pick<LogEvent, "lineIndex" | "hintLevel" | "text">, locale: Locale): string {
  return event.hintLevel === null ? event.text : task.hint(problem, event.lineIndex, event.hintLevel, locale).text;
}

/** The session's events with every verdict and hint in `locale`; lines, order and outcomes unchanged. */
export function localizeEvents(task: RegisteredTask, problem: unknown, events: LogEvent[], locale: Locale): LogEvent[] {
  return events.map((event) => {
    if (event.type === "hint") return { ...event, text: localizedHintText(task, problem, event, locale) };
    if (event.type === "line" && event.verdict) return { ...event, verdict: localizedVerdict(task, problem, event, locale) };
    return event;
  });
}
