/**
 * What a model wrote in a session, read back from the log: its lines in order with their
 * verdicts, a planted error shown in place of the line it replaced, whose turn it is on a
 * shared scratchpad, and the student's pick in "Spot the error". Pure, like progress.ts.
 */
import type { Variant, Verdict } from "../scratchpad/types";
import type { LogEvent } from "./log-event";

export type TranscriptLine = {
  seq: number;
  /** Reference line this was judged against (a model's k-th line is judged as line k). */
  index: number;
  text: string;
  /** "app": a planted error; `modelWrote` then holds the model's own line. */
  actor: "model" | "app";
  modelId: string | null;
  ok: boolean;
  verdict: Verdict | null;
  modelWrote: string | null;
  createdAt: string;
};

/** The lines of one of the model's answers, one per reference index, in order. */
export function modelTranscript(events: LogEvent[], variant: Variant): TranscriptLine[] {
  const byIndex = new Map<number, TranscriptLine>();
  for (const event of events) {
    if (event.type !== "line" || event.actor === "student" || event.variant !== variant) continue;
    const previous = byIndex.get(event.lineIndex);
    const line: TranscriptLine = {
      seq: event.seq,
      index: event.lineIndex,
      text: event.text,
      actor: event.actor,
      modelId: event.modelId,
      ok: event.ok === true,
      verdict: event.verdict,
      modelWrote: null,
      createdAt: event.createdAt,
    };
    // A planted line replaces the model's line at its index; the model's stays on record.
    if (event.actor === "app") byIndex.set(event.lineIndex, { ...line, modelWrote: previous?.text ?? null });
    else if (!previous) byIndex.set(event.lineIndex, line);
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** Reference index of the first wrong line, or null when every line written is right. */
export function firstWrongLine(lines: TranscriptLine[]): number | null {
  return lines.find((line) => !line.ok)?.index ?? null;
}

/** The model's lines that came before the planted one: what the model reads to go on. */
export function modelOwnTexts(lines: TranscriptLine[]): string[] {
  return lines.map((line) => (line.actor === "app" ? (line.modelWrote ?? line.text) : line.text));
}

/** The student's answer in "Spot the error", if given: the picked index (-1: all correct). */
export function spotAnswer(events: LogEvent[]): { pick: number; correct: boolean; seq: number } | null {
  const event = events.find((candidate) => candidate.type === "spot");
  return event ? { pick: event.lineIndex, correct: event.ok === true, seq: event.seq } : null;
}

/** Is picking `pick` (-1: "all correct") right for these lines? */
export function isRightPick(lines: TranscriptLine[], pick: number): boolean {
  const wrong = firstWrongLine(lines);
  return pick === (wrong ?? -1);
}

/**
 * On a shared scratchpad the student starts; after a line the student got right the model
 * writes the next one; after the model's line (right or wrong) it is the student's turn —
 * so a wrong model line is the student's to put right.
 */
export function whoseTurn(events: LogEvent[]): "student" | "model" {
  const last = events.findLast((event) => event.type === "line");
  return last && last.actor === "student" && last.ok ? "model" : "student";
}
