import type { ReferenceLine } from "../scratchpad/types";
import type { LogEvent } from "./log-event";

/** `by`: who wrote an accepted line (null for the lines the app writes, like `<scratch>`). */
export type ScratchpadRow = { index: number; text: string; role: string; structural: boolean; by: "student" | "model" | null };

export type Progress = {
  /** Lines on the scratchpad so far: structural lines from the reference, the rest as accepted. */
  rows: ScratchpadRow[];
  /** Reference index of the line to write next; null once the answer is accepted. */
  nextIndex: number | null;
  solved: boolean;
  /** Hints already shown for the next line. */
  hintsForNext: number;
  /** The student's own: lines accepted (a shared scratchpad also has the model's), wrong lines, hints. */
  stats: { linesAccepted: number; errors: number; hints: number };
};

/**
 * Replays the log over the reference lines. Pure, so the server (to judge the next line)
 * and the browser (to draw it) can never disagree about where a session stands. Pass only
 * the events of the scratchpad being written (see `sharedScratchpadEvents`).
 */
export function deriveProgress(reference: ReferenceLine[], events: LogEvent[]): Progress {
  const acceptedText = new Map<number, string>();
  const acceptedBy = new Map<number, "student" | "model">();
  let lastAccepted = -1;
  let linesAccepted = 0;
  let errors = 0;
  let hints = 0;
  for (const event of events) {
    const own = event.actor === "student";
    if (event.type === "spot") continue;
    if (event.type === "hint") hints += 1;
    else if (event.ok) {
      acceptedText.set(event.lineIndex, event.verdict?.normalized ?? event.text);
      acceptedBy.set(event.lineIndex, own ? "student" : "model");
      lastAccepted = Math.max(lastAccepted, event.lineIndex);
      if (own) linesAccepted += 1;
    } else if (own) errors += 1;
  }

  const next = reference.find((line) => line.index > lastAccepted && !line.structural);
  const nextIndex = next ? next.index : null;
  // Structural lines before the next line are written for the student (e.g. `</scratch>`).
  const shownUpTo = nextIndex ?? reference.length;
  const rows = reference
    .filter((line) => line.index < shownUpTo)
    .map((line) => ({
      index: line.index,
      role: line.role,
      structural: line.structural,
      text: line.structural ? line.text : (acceptedText.get(line.index) ?? line.text),
      by: line.structural ? null : (acceptedBy.get(line.index) ?? null),
    }));

  return {
    rows,
    nextIndex,
    solved: nextIndex === null,
    hintsForNext:
      nextIndex === null ? 0 : events.filter((e) => e.type === "hint" && e.lineIndex === nextIndex).length,
    stats: { linesAccepted, errors, hints },
  };
}

/**
 * The events that write the scratchpad the student works on: all of them when practising
 * alone or taking turns with the model; none in the modes where only the model writes
 * (those show the model's transcript instead).
 */
export function sharedScratchpadEvents(mode: string, events: LogEvent[]): LogEvent[] {
  return mode === "alone" || mode === "turns" ? events : [];
}
