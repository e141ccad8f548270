import type { ReferenceLine } from "../scratchpad/types";
import type { LogEvent } from "./log-event";

export type ScratchpadRow = { index: number; text: string; role: string; structural: boolean };

export type Progress = {
  /** Lines on the scratchpad so far: structural lines from the reference, the rest as accepted. */
  rows: ScratchpadRow[];
  /** Reference index of the line to write next; null once the answer is accepted. */
  nextIndex: number | null;
  solved: boolean;
  /** Hints already shown for the next line. */
  hintsForNext: number;
  stats: { linesAccepted: number; errors: number; hints: number };
};

/**
 * Replays the log over the reference lines. Pure, so the server (to judge the next line)
 * and the browser (to draw it) can never disagree about where a session stands.
 */
export function deriveProgress(reference: ReferenceLine[], events: LogEvent[]): Progress {
  const acceptedText = new Map<number, string>();
  let lastAccepted = -1;
  let errors = 0;
  let hints = 0;
  for (const event of events) {
    if (event.type === "hint") hints += 1;
    else if (event.ok) {
      acceptedText.set(event.lineIndex, event.verdict?.normalized ?? event.text);
      lastAccepted = Math.max(lastAccepted, event.lineIndex);
    } else errors += 1;
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
    }));

  return {
    rows,
    nextIndex,
    solved: nextIndex === null,
    hintsForNext:
      nextIndex === null ? 0 : events.filter((e) => e.type === "hint" && e.lineIndex === nextIndex).length,
    stats: { linesAccepted: acceptedText.size, errors, hints },
  };
}
