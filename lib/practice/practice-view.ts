import {
  columnGuide,
  columnView,
  type AdditionProblem,
  type ColumnGuide,
  type ColumnView,
  type Diagnosis,
  type PolynomialProblem,
  type PythonProblem,
  encodePythonValue,
  polynomialValue,
  termText,
  termValue,
  type Locale,
} from "../scratchpad";
import { localizeEvents } from "./localize-events";
import type { LogEvent } from "./log-event";
import { isModelMode, type ModelMode } from "./modes";
import { loadStoredProblem } from "./stored-problem";
import { problemTitle } from "../problems/python-bank-titles";
import { practiceTexts } from "./texts";
import { deriveProgress, sharedScratchpadEvents, type Progress, type ScratchpadRow } from "./progress";
import { firstWrongLine, modelTranscript, spotAnswer, whoseTurn, type TranscriptLine } from "./transcript";

/** A stored session as the server reads it (see lib/db/practice-sessions.ts). */
export type StoredSession = {
  id: string;
  mode: string;
  modelId: string | null;
  planted: boolean;
  startedAt: string;
  solvedAt: string | null;
  problem: { kind: string; input: string; target: string; title: string | null; source?: string };
  events: LogEvent[];
};

export type HistoryItem = {
  seq: number;
  type: "line" | "hint";
  by: "student" | "model";
  text: string;
  ok: boolean | null;
  message: string | null;
  diagnosis: Diagnosis | null;
  hintLevel: number | null;
  lineIndex: number;
  createdAt: string;
};

/**
 * Everything the practice page shows, and nothing it must not: the reference lines that
 * have not been reached yet stay on the server, so the answer is not in the page.
 */
export type PracticeView = {
  sessionId: string;
  kind: string;
  input: string;
  /** What the page's heading shows: the sum, the polynomial, or a program's title. */
  title: string;
  mode: string;
  startedAt: string;
  solvedAt: string | null;
  rows: ScratchpadRow[];
  next: {
    index: number;
    role: string;
    hintsShown: number;
    hintLevels: number;
    /** For addition column lines: what the guided digit-and-carry input needs. */
    guide: ColumnGuide | null;
  } | null;
  stats: Progress["stats"];
  history: HistoryItem[];
  visual: Visual | null;
  /** The model's part, in every mode but "alone". */
  model: ModelPanel | null;
};

/** What the server knows about the session's model beyond the log (registry, last run). */
export type ModelContext = { label: string; available: boolean; runFinished: boolean; lastError: string | null };

export type ModelPanel = {
  mode: ModelMode;
  modelId: string;
  label: string;
  /** False when the server no longer offers the model (its configuration changed). */
  available: boolean;
  planted: boolean;
  /** The model's scratchpad lines; in Spot the error without verdicts until the student answers. */
  scratchpad: TranscriptLine[];
  /** Compare: the direct answer. */
  direct: TranscriptLine[];
  verdictsHidden: boolean;
  /** Reference index of the first wrong scratchpad line (null: none, or still hidden). */
  firstWrong: number | null;
  runFinished: boolean;
  lastError: string | null;
  /** Take turns: who writes the next line (null once the scratchpad is complete). */
  turn: "student" | "model" | null;
  spot: { pick: number; correct: boolean } | null;
  /** The reference answer line, once the model's work is over (not before: it would give it away). */
  answer: string | null;
  answerIndex: number;
};

/** The kind's own picture of the work so far, beside the paper's text. */
export type Visual =
  | { kind: "addition"; columns: ColumnView }
  | { kind: "polynomial"; x: number; terms: Array<{ term: string; value: string | null }>; total: string | null }
  | {
      kind: "python";
      /** The program's lines; `current` (1-based) is the line last written as running. */
      program: string[];
      current: number | null;
      /** The variables of the last state written, as JSON text, in the frame's order. */
      variables: Array<{ name: string; value: string }> | null;
    };

/**
 * The page's view of a session, with every stored verdict and hint in `locale` (the
 * viewer's language, whatever language they were written in).
 */
export function buildPracticeView(stored: StoredSession, context: ModelContext | null = null, locale: Locale = "en"): PracticeView | null {
  const loaded = loadStoredProblem(stored.problem, locale);
  if (!loaded.ok) return null;
  const { task, value: problem } = loaded;
  const session = { ...stored, events: localizeEvents(task, problem, stored.events, locale) };
  const reference = task.referenceLines(problem);
  const shared = sharedScratchpadEvents(session.mode, session.events);
  const progress = deriveProgress(reference, shared);
  const nextLine = progress.nextIndex === null ? undefined : reference[progress.nextIndex];

  const accepted = new Set(progress.rows.map((row) => row.index));
  const done = (role: string) => reference.filter((line) => line.role === role && accepted.has(line.index)).length;

  return {
    sessionId: session.id,
    kind: session.problem.kind,
    input: session.problem.input,
    title: session.problem.kind === "python" ? (problemTitle(session.problem, locale) ?? practiceTexts(locale)("page.untitledProgram")) : session.problem.input,
    mode: session.mode,
    startedAt: session.startedAt,
    solvedAt: session.solvedAt,
    rows: progress.rows,
    next: nextLine
      ? {
          index: nextLine.index,
          role: nextLine.role,
          hintsShown: progress.hintsForNext,
          hintLevels: task.hintLevels(problem, nextLine.index),
          guide: session.problem.kind === "addition" ? columnGuide(problem as AdditionProblem, nextLine.index) : null,
        }
      : null,
    stats: progress.stats,
    history: shared.flatMap((event) => (event.type === "spot" ? [] : [{ ...event, type: event.type }])).map((event) => ({
      seq: event.seq,
      type: event.type,
      by: event.actor === "student" ? ("student" as const) : ("model" as const),
      text: event.text,
      ok: event.ok,
      message: event.verdict?.message ?? null,
      diagnosis: event.verdict?.diagnosis ?? null,
      hintLevel: event.hintLevel,
      lineIndex: event.lineIndex,
      createdAt: event.createdAt,
    })),
    visual: visualFor(session.problem.kind, problem, done, progress.rows),
    model: modelPanel(session, context, reference, progress),
  };
}

function modelPanel(
  session: StoredSession,
  context: ModelContext | null,
  reference: Array<{ text: string }>,
  progress: Progress,
): ModelPanel | null {
  if (!isModelMode(session.mode) || !session.modelId) return null;
  const mode = session.mode;
  const spot = mode === "spot" ? spotAnswer(session.events) : null;
  const hidden = mode === "spot" && spot === null;
  const scratchpad = modelTranscript(session.events, "scratchpad");
  const runFinished = context?.runFinished ?? false;
  const over = mode === "turns" ? progress.solved : mode === "spot" ? spot !== null : runFinished;
  return {
    mode,
    modelId: session.modelId,
    label: context?.label ?? session.modelId,
    available: context?.available ?? false,
    planted: session.planted,
    // Hidden means hidden: no verdict, no sign of which line the app planted.
    scratchpad: hidden ? scratchpad.map((line) => ({ ...line, ok: false, verdict: null, actor: "model", modelWrote: null })) : scratchpad,
    direct: modelTranscript(session.events, "direct"),
    verdictsHidden: hidden,
    firstWrong: hidden ? null : firstWrongLine(scratchpad),
    runFinished,
    lastError: context?.lastError ?? null,
    turn: mode === "turns" && !progress.solved ? whoseTurn(session.events) : null,
    spot: spot ? { pick: spot.pick, correct: spot.correct } : null,
    answer: over ? (reference.at(-1)?.text ?? null) : null,
    answerIndex: reference.length - 1,
  };
}

function visualFor(
  kind: string,
  problem: unknown,
  done: (role: string) => number,
  rows: Progress["rows"],
): Visual | null {
  if (kind === "addition") {
    return { kind, columns: columnView(problem as AdditionProblem, done("column"), done("final") > 0) };
  }
  if (kind === "polynomial") {
    const { terms, x } = problem as PolynomialProblem;
    const known = done("term");
    return {
      kind,
      x,
      terms: terms.map((term, i) => ({ term: termText(term), value: i < known ? String(termValue(term, x)) : null })),
      total: done("answer") > 0 ? String(polynomialValue(problem as PolynomialProblem)) : null,
    };
  }
  if (kind === "python") {
    const { program, entries, steps } = problem as PythonProblem;
    const lastLine = rows.findLast((row) => row.role === "line");
    const lastState = rows.findLast((row) => row.role === "state");
    const step = lastLine ? steps.steps.find((s) => s.entry === lastLine.index) : undefined;
    const state = lastState ? entries[lastState.index] : undefined;
    return {
      kind,
      program: program.replace(/\n$/, "").split("\n"),
      current: step && step.line > 0 ? step.line : null,
      variables: state ? state.vars.map(([name, value]) => ({ name, value: encodePythonValue(value) })) : null,
    };
  }
  return null;
}
