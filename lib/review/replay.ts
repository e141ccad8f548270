/**
 * A line-by-line replay of one practice session, for instructors: every logged event as a
 * step (when it happened, who wrote it, what it said, how it was judged), the reference
 * trace to read it against, a summary, and — derived from the steps — what the scratchpad
 * held after each step. Pure and JSON-serializable, so the server builds it and the
 * browser plays it back.
 *
 * Definitions:
 * - Steps are the session's events in `seq` order, one each. `at` is milliseconds since the
 *   session started, never negative and never earlier than the step before (a clock that
 *   went backwards, or a missing time, reads as "no time passed"); `gapMs` is the time
 *   since the previous step (the first step's: since the start).
 * - `lineNumber` is the reference line (lineIndex + 1); null for a "Spot the error" pick of
 *   "all correct". `role` is that reference line's role; null past the reference's end.
 * - Summary: `lines` counts line events by anyone (every try; planted lines included),
 *   `wrong` those judged wrong, `hints` the hint events. `durationMs`: start to solved for
 *   a solved session with valid times, otherwise start to the last step (0 without steps).
 * - The scratchpad after a step (`boardAt`): when the student writes ("alone", "turns"),
 *   the lines accepted so far, structural lines included, as the practice page drew them
 *   (lib/practice/progress.ts); in the modes where only the model writes, the model's
 *   lines so far for each of its answers, a planted line in place of the line it replaced
 *   (lib/practice/transcript.ts) — a transcript, right or wrong, not accepted progress.
 * - Language: verdict messages, diagnoses and hints are stored in the language that was
 *   active when they were written; the replay judges each line again (and asks the task for
 *   each hint again) in the reviewer's `locale` (lib/practice/localize-events.ts). Picks
 *   are numbers and sections are variants: the viewer words them. A bank program's title is
 *   its translation (lib/problems/python-bank-titles.ts).
 */
import type { Diagnosis, Locale, Variant } from "../scratchpad/types";
import type { EventActor, LogEvent } from "../practice/log-event";
import { MODE_INFO, isMode, studentWrites } from "../practice/modes";
import { localizedHintText, localizedVerdict } from "../practice/localize-events";
import { loadStoredProblem } from "../practice/stored-problem";
import { problemTitle } from "../problems/python-bank-titles";
import type { ReviewSession } from "./types";

export type ReplayStep = {
  seq: number;
  /** Milliseconds since the session started. */
  at: number;
  /** Milliseconds since the previous step (the first step: since the start). */
  gapMs: number;
  actor: EventActor;
  type: LogEvent["type"];
  /** For model and planted lines: which of the model's answers. */
  variant: Variant | null;
  modelId: string | null;
  /** 1-based reference line; null for a "Spot the error" pick of "all correct". */
  lineNumber: number | null;
  /** The reference line's role; null when there is no such reference line. */
  role: string | null;
  /** The line as written, the hint shown (in the reviewer's language), or the pick as logged. */
  text: string;
  /** The line as judged (whitespace normalised): what the scratchpad shows once accepted. */
  normalized: string | null;
  /** Lines and picks: right or wrong; hints: null. */
  ok: boolean | null;
  /** A line's verdict message, in the reviewer's language; null for hints and picks. */
  message: string | null;
  diagnosis: Diagnosis | null;
  hintLevel: number | null;
  /** Lines: the reference line; null for hints and picks. */
  expected: string | null;
  /** Picks: the line picked and the right pick, 1-based; null means "all correct". */
  spot: SpotPick | null;
};

export type SpotPick = { pick: number | null; answer: number | null };

export type ReplayReferenceLine = { lineNumber: number; text: string; role: string; structural: boolean };

export type ReplaySummary = {
  lines: number;
  wrong: number;
  hints: number;
  durationMs: number;
  solved: boolean;
};

export type Replay = {
  sessionId: string;
  mode: string;
  kind: string;
  /** The problem's title, or its input when it has none. */
  title: string;
  startedAt: string;
  /** What `boardAt` shows: lines accepted so far, or the model's lines so far. */
  board: "accepted" | "model";
  /** The model's answers a model board shows, one section each, in order. */
  variants: Variant[];
  steps: ReplayStep[];
  reference: ReplayReferenceLine[];
  summary: ReplaySummary;
};

export type BoardRow = {
  lineNumber: number;
  text: string;
  role: string | null;
  structural: boolean;
  /** Who wrote it; null for the structural lines the app writes (`<scratch>`). */
  by: EventActor | null;
  ok: boolean;
  /** A planted line's: what the model wrote there before the app replaced it. */
  replaced: string | null;
};

/** One list of lines: the accepted lines (variant null), or one of the model's answers. */
export type BoardSection = { variant: Variant | null; rows: BoardRow[] };

const parseTime = (iso: string | null): number | null => {
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
};

/** The replay of `session` for a reviewer reading `locale`, or null when its problem can no longer be loaded. */
export function buildReplay(session: ReviewSession, locale: Locale = "en"): Replay | null {
  const loaded = loadStoredProblem(session.problem);
  if (!loaded.ok) return null;
  const referenceLines = loaded.task.referenceLines(loaded.value);
  const roleOf = new Map(referenceLines.map((line) => [line.index, line.role]));

  const events = [...session.events].sort((a, b) => a.seq - b.seq);
  const start = parseTime(session.startedAt);
  const steps: ReplayStep[] = [];
  // The model's scratchpad lines so far, by reference index: the right pick for a spot event.
  const scratchpadLines = new Map<number, boolean>();
  let previousAt = 0;
  for (const event of events) {
    const verdict = event.type === "line" ? localizedVerdict(loaded.task, loaded.value, event, locale) : null;
    const created = parseTime(event.createdAt);
    const at = start !== null && created !== null ? Math.max(previousAt, created - start) : previousAt;
    const step: ReplayStep = {
      seq: event.seq,
      at,
      gapMs: at - previousAt,
      actor: event.actor,
      type: event.type,
      variant: event.variant,
      modelId: event.modelId,
      lineNumber: event.type === "spot" && event.lineIndex < 0 ? null : event.lineIndex + 1,
      role: roleOf.get(event.lineIndex) ?? null,
      text: event.type === "hint" ? localizedHintText(loaded.task, loaded.value, event, locale) : event.text,
      normalized: event.verdict?.normalized ?? null,
      ok: event.type === "hint" ? null : event.ok,
      message: event.type === "line" ? (verdict?.message ?? null) : null,
      diagnosis: event.type === "line" ? (verdict?.diagnosis ?? null) : null,
      hintLevel: event.hintLevel,
      expected: event.type === "line" ? (event.verdict?.expected ?? null) : null,
      spot: null,
    };
    if (event.type === "line" && event.actor !== "student" && (event.variant ?? "scratchpad") === "scratchpad") {
      // As in modelTranscript: the model's first line at an index stands unless the app plants one.
      if (event.actor === "app" || !scratchpadLines.has(event.lineIndex)) scratchpadLines.set(event.lineIndex, event.ok === true);
    }
    if (event.type === "spot") {
      const firstWrong = [...scratchpadLines.entries()].sort(([a], [b]) => a - b).find(([, ok]) => !ok)?.[0] ?? null;
      step.spot = { pick: step.lineNumber, answer: firstWrong === null ? null : firstWrong + 1 };
    }
    steps.push(step);
    previousAt = at;
  }

  const lineSteps = steps.filter((step) => step.type === "line");
  const solvedAt = parseTime(session.solvedAt);
  const solved = session.status === "solved";
  const durationMs =
    solved && start !== null && solvedAt !== null ? Math.max(0, solvedAt - start) : (steps.at(-1)?.at ?? 0);

  const board = studentWrites(session.mode) ? "accepted" : "model";
  const logged = [...new Set(events.flatMap((event) => (event.type === "line" && event.actor !== "student" && event.variant ? [event.variant] : [])))];
  const variants: Variant[] =
    board === "accepted" ? [] : isMode(session.mode) && MODE_INFO[session.mode].variants.length > 0 ? [...MODE_INFO[session.mode].variants] : logged.length > 0 ? logged : ["scratchpad"];

  return {
    sessionId: session.id,
    mode: session.mode,
    kind: session.problem.kind,
    title: problemTitle(session.problem, locale) ?? session.problem.input,
    startedAt: session.startedAt,
    board,
    variants,
    steps,
    reference: referenceLines.map((line) => ({ lineNumber: line.index + 1, text: line.text, role: line.role, structural: line.structural })),
    summary: {
      lines: lineSteps.length,
      wrong: lineSteps.filter((step) => step.ok === false).length,
      hints: steps.filter((step) => step.type === "hint").length,
      durationMs,
      solved,
    },
  };
}

/** What the scratchpad held once the first `shown` steps had happened (see the file's notes). */
export function boardAt(replay: Replay, shown: number): BoardSection[] {
  const steps = replay.steps.slice(0, Math.max(0, shown));
  if (replay.board === "accepted") return [{ variant: null, rows: acceptedRows(replay.reference, steps) }];
  return replay.variants.map((variant) => ({
    variant,
    rows: modelRows(replay.reference, steps, variant),
  }));
}

/** As deriveProgress (lib/practice/progress.ts) draws the scratchpad's rows. */
function acceptedRows(reference: ReplayReferenceLine[], steps: ReplayStep[]): BoardRow[] {
  const accepted = new Map<number, { text: string; by: EventActor }>();
  let lastAccepted = 0;
  for (const step of steps) {
    if (step.type !== "line" || !step.ok || step.lineNumber === null) continue;
    accepted.set(step.lineNumber, { text: step.normalized ?? step.text, by: step.actor === "student" ? "student" : "model" });
    lastAccepted = Math.max(lastAccepted, step.lineNumber);
  }
  const next = reference.find((line) => line.lineNumber > lastAccepted && !line.structural);
  const shownUpTo = next ? next.lineNumber : reference.length + 1;
  return reference
    .filter((line) => line.lineNumber < shownUpTo)
    .map((line) => {
      const written = line.structural ? undefined : accepted.get(line.lineNumber);
      return {
        lineNumber: line.lineNumber,
        text: written?.text ?? line.text,
        role: line.role,
        structural: line.structural,
        by: written?.by ?? null,
        ok: true,
        replaced: null,
      };
    });
}

/** As modelTranscript (lib/practice/transcript.ts) reads one of the model's answers. */
function modelRows(reference: ReplayReferenceLine[], steps: ReplayStep[], variant: Variant): BoardRow[] {
  const byLine = new Map<number, BoardRow>();
  for (const step of steps) {
    if (step.type !== "line" || step.actor === "student" || step.variant !== variant || step.lineNumber === null) continue;
    const previous = byLine.get(step.lineNumber);
    const row: BoardRow = {
      lineNumber: step.lineNumber,
      text: step.text,
      role: step.role,
      structural: reference.find((line) => line.lineNumber === step.lineNumber)?.structural ?? false,
      by: step.actor,
      ok: step.ok === true,
      replaced: null,
    };
    if (step.actor === "app") byLine.set(step.lineNumber, { ...row, replaced: previous?.text ?? null });
    else if (!previous) byLine.set(step.lineNumber, row);
  }
  return [...byLine.values()].sort((a, b) => a.lineNumber - b.lineNumber);
}

/** `+0:12`, `+12:03`, `+1:02:03`: a time offset from the session's start. */
export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `+${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `+${minutes}:${seconds}`;
}

/** Playback speeds: the session's own pace, four times as fast, or one step a second. */
export const REPLAY_SPEEDS = ["x1", "x4", "fixed"] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

/** The longest a real-time replay waits between two steps: longer pauses are cut to this. */
export const MAX_REAL_WAIT_MS = 10_000;

/** How long playback waits before revealing `step`. */
export function playDelay(step: Pick<ReplayStep, "gapMs">, speed: ReplaySpeed): number {
  if (speed === "fixed") return 1000;
  const wait = Math.min(Math.max(0, step.gapMs), MAX_REAL_WAIT_MS);
  return speed === "x4" ? wait / 4 : wait;
}
