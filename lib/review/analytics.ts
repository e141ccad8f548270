/**
 * Class analytics for instructors, computed purely from review sessions and their logs: how
 * accurate students are by step type, their most frequent misconceptions, how long problems
 * take and how many hints they need, each student's numbers, and where models break.
 *
 * Definitions:
 * - A student's *attempt* is one student `line` event: every try counts, right or wrong.
 *   Accuracy is correct attempts / attempts. The *first try* at a reference line is the
 *   student's earliest line event (by seq) for that line in that session; `firstTryRate` is
 *   the share of (session, reference line) pairs whose first try was right.
 * - Step types come from `stepType` (lib/scratchpad/step-types.ts); events on lines without
 *   one (structural, out of range) count in a student's lines but in no step type.
 * - Misconceptions: the diagnosis of each wrong student line (wrong lines without one are
 *   left out), most frequent first, with up to 3 examples in log order.
 * - Time: solvedAt − startedAt in seconds, for solved sessions with valid times only. Hints:
 *   student `hint` events; per session means over every session counted, solved or not.
 * - Models: `line` events with actor "model" (the app's planted lines are not the model's).
 *   A *run* is one model's answer in one session and variant; where it breaks is the step
 *   type of its first wrong line (by seq). Runs without a wrong line are `cleanRuns`.
 * - Sessions whose problem can no longer be loaded are skipped (their ids in `skipped`).
 * - Language: step-type labels and misconception titles are in the reviewer's `locale`. A
 *   stored title is in whatever language was active when the line was written, so titles
 *   come from judging the line again (lib/practice/localize-events.ts). What no step type
 *   covers has the label null, and lines without a model id the modelId null: the viewer
 *   words them. A bank program's title is its translation (lib/problems/python-bank-titles.ts).
 */
import { loadStoredProblem } from "../practice/stored-problem";
import type { LogEvent } from "../practice/log-event";
import { localizedVerdict } from "../practice/localize-events";
import { problemTitle } from "../problems/python-bank-titles";
import type { RegisteredTask } from "../scratchpad";
import { stepType, stepTypeOrder } from "../scratchpad/step-types";
import type { Diagnosis, Locale } from "../scratchpad/types";
import { stepTypeLabel } from "./step-type-label";
import type { ReviewSession } from "./types";

export type StepAccuracy = {
  id: string;
  /** In the reviewer's language. */
  label: string;
  /** Student line events judged against lines of this type (every try). */
  attempts: number;
  correct: number;
  /** correct / attempts, 0–1; null without attempts. */
  accuracy: number | null;
  /** (Session, reference line) pairs of this type that students tried at least once. */
  lines: number;
  /** Of those, the lines whose first try was right. */
  firstTryCorrect: number;
  firstTryRate: number | null;
};

export type MisconceptionExample = { sessionId: string; studentName: string; text: string; expected: string };

export type Misconception = { id: string; title: string; count: number; examples: MisconceptionExample[] };

export type TimeAndHints = {
  /** Sessions of the student's own work (alone, turns, spot): watched ones are not among them. */
  sessions: number;
  solved: number;
  /** Sessions in which the model did the work (watch, compare): counted apart, never as solved. */
  watched: number;
  /** Seconds from start to solved, over solved sessions with valid times; null when none. */
  medianSeconds: number | null;
  meanSeconds: number | null;
  hints: number;
  /** hints / sessions; null without sessions. */
  hintsPerSession: number | null;
};

export type ProblemStat = TimeAndHints & { problemId: string; kind: string; title: string };

export type StudentStat = {
  id: string;
  name: string;
  sessions: number;
  solved: number;
  /** Sessions the student only watched the model work (not in `sessions`). */
  watched: number;
  /** Student line events (attempts) and how many were right. */
  lines: number;
  correct: number;
  accuracy: number | null;
  hints: number;
  medianSeconds: number | null;
};

/** `id` "unknown" (label null): a line no step type covers, e.g. past the reference's end. */
export type ModelBreak = { id: string; label: string | null; count: number };

export type ModelStat = {
  /** Null for lines logged without a model id (in a session without one). */
  modelId: string | null;
  lines: number;
  correct: number;
  accuracy: number | null;
  /** Answers written: one per session and variant. */
  runs: number;
  /** Runs without a wrong line. */
  cleanRuns: number;
  /** The step type of each run's first wrong line, counted; most frequent first. */
  breaks: ModelBreak[];
};

export type Analytics = {
  /** Sessions counted, and the ids of those skipped because their problem could not be loaded. */
  sessions: number;
  skipped: string[];
  byStep: StepAccuracy[];
  misconceptions: Misconception[];
  /** Over all sessions, and per problem (most sessions first). */
  perProblem: TimeAndHints & { problems: ProblemStat[] };
  perStudent: StudentStat[];
  models: ModelStat[];
};

const MAX_EXAMPLES = 3;
/** The step type of a line no step type covers (e.g. a model line past the reference's end). */
const UNKNOWN_STEP_ID = "unknown";
/** The key of lines without a model id; never a registered model's id (those have no spaces). */
const UNKNOWN_MODEL = "\u0000unknown model";

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Seconds the session took to solve, or null (not solved, or times that make no sense). */
function solveSeconds(session: ReviewSession): number | null {
  if (session.status !== "solved" || session.solvedAt === null) return null;
  const seconds = (Date.parse(session.solvedAt) - Date.parse(session.startedAt)) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

type Tally = { sessions: number; solved: number; watched: number; seconds: number[]; hints: number };

const newTally = (): Tally => ({ sessions: 0, solved: 0, watched: 0, seconds: [], hints: 0 });

/** Watch and compare: the model wrote everything, so the session is not the student's work. */
const watchedOnly = (session: ReviewSession) => session.mode === "watch" || session.mode === "compare";

function summarize(tally: Tally): TimeAndHints {
  return {
    sessions: tally.sessions,
    solved: tally.solved,
    watched: tally.watched,
    medianSeconds: median(tally.seconds),
    meanSeconds: mean(tally.seconds),
    hints: tally.hints,
    hintsPerSession: ratio(tally.hints, tally.sessions),
  };
}

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

type StepTally = { id: string; attempts: number; correct: number; lines: number; firstTryCorrect: number };
type StudentTally = Tally & { id: string; name: string; lines: number; correct: number };
type ModelTally = { lines: number; correct: number; runs: number; cleanRuns: number; breaks: Map<string, ModelBreak> };

export function classAnalytics(sessions: ReviewSession[], locale: Locale = "en"): Analytics {
  const skipped: string[] = [];
  const steps = new Map<string, StepTally>();
  const misconceptions = new Map<string, Misconception>();
  const overall = newTally();
  const problems = new Map<string, { kind: string; title: string; tally: Tally }>();
  const students = new Map<string, StudentTally>();
  const models = new Map<string, ModelTally>();

  for (const session of sessions) {
    const loaded = loadProblemSafely(session);
    if (!loaded) {
      skipped.push(session.id);
      continue;
    }
    const { reference, typeOf, task, problem: value } = loaded;
    const events = [...session.events].sort((a, b) => a.seq - b.seq);
    const seconds = solveSeconds(session);
    const solved = session.status === "solved";
    const hints = events.filter((event) => event.type === "hint" && event.actor === "student").length;

    const problem = getOr(problems, session.problem.id, () => ({
      kind: session.problem.kind,
      title: problemTitle(session.problem, locale) ?? session.problem.input,
      tally: newTally(),
    }));
    const student = getOr(students, session.student.id, () => ({ ...newTally(), id: session.student.id, name: session.student.name, lines: 0, correct: 0 }));
    for (const tally of [overall, problem.tally, student]) {
      if (watchedOnly(session)) {
        tally.watched += 1;
        continue;
      }
      tally.sessions += 1;
      tally.solved += solved ? 1 : 0;
      tally.hints += hints;
      if (seconds !== null) tally.seconds.push(seconds);
    }

    // Students' lines: accuracy by step type, first tries, misconceptions.
    const tried = new Set<number>();
    for (const event of events) {
      if (event.type !== "line" || event.actor !== "student") continue;
      const ok = event.ok === true;
      student.lines += 1;
      student.correct += ok ? 1 : 0;
      const type = typeOf(event.lineIndex);
      if (type) {
        const step = getOr(steps, type, () => ({ id: type, attempts: 0, correct: 0, lines: 0, firstTryCorrect: 0 }));
        step.attempts += 1;
        step.correct += ok ? 1 : 0;
        if (!tried.has(event.lineIndex)) {
          step.lines += 1;
          step.firstTryCorrect += ok ? 1 : 0;
        }
      }
      tried.add(event.lineIndex);
      if (!ok) noteMisconception(misconceptions, session, event, reference, (wrong) => localizedVerdict(task, value, wrong, locale)?.diagnosis ?? null);
    }

    // Models' lines: accuracy, and each run's first wrong line.
    const runs = new Map<string, { modelId: string; broken: boolean }>();
    for (const event of events) {
      if (event.type !== "line" || event.actor !== "model") continue;
      const modelId = event.modelId ?? session.modelId ?? UNKNOWN_MODEL;
      const model = getOr(models, modelId, () => ({ lines: 0, correct: 0, runs: 0, cleanRuns: 0, breaks: new Map() }));
      const ok = event.ok === true;
      model.lines += 1;
      model.correct += ok ? 1 : 0;
      const run = getOr(runs, `${event.variant ?? "scratchpad"}\u0000${modelId}`, () => ({ modelId, broken: false }));
      if (!ok && !run.broken) {
        run.broken = true;
        const type = typeOf(event.lineIndex) ?? UNKNOWN_STEP_ID;
        getOr(model.breaks, type, () => ({ id: type, label: type === UNKNOWN_STEP_ID ? null : stepTypeLabel(type, locale), count: 0 })).count += 1;
      }
    }
    for (const run of runs.values()) {
      const model = models.get(run.modelId) as ModelTally;
      model.runs += 1;
      model.cleanRuns += run.broken ? 0 : 1;
    }
  }

  return {
    sessions: overall.sessions,
    skipped,
    byStep: [...steps.values()]
      .sort((a, b) => stepTypeOrder(a.id) - stepTypeOrder(b.id) || a.id.localeCompare(b.id))
      .map((step) => ({
        id: step.id,
        label: stepTypeLabel(step.id, locale) ?? step.id,
        attempts: step.attempts,
        correct: step.correct,
        accuracy: ratio(step.correct, step.attempts),
        lines: step.lines,
        firstTryCorrect: step.firstTryCorrect,
        firstTryRate: ratio(step.firstTryCorrect, step.lines),
      })),
    misconceptions: [...misconceptions.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    perProblem: {
      ...summarize(overall),
      problems: [...problems.entries()]
        .map(([problemId, { kind, title, tally }]) => ({ problemId, kind, title, ...summarize(tally) }))
        .sort((a, b) => b.sessions - a.sessions || a.title.localeCompare(b.title) || a.problemId.localeCompare(b.problemId)),
    },
    perStudent: [...students.values()]
      .map((tally) => ({
        id: tally.id,
        name: tally.name,
        sessions: tally.sessions,
        solved: tally.solved,
        watched: tally.watched,
        lines: tally.lines,
        correct: tally.correct,
        accuracy: ratio(tally.correct, tally.lines),
        hints: tally.hints,
        medianSeconds: median(tally.seconds),
      }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    models: [...models.entries()]
      .map(([modelId, tally]) => ({
        modelId: modelId === UNKNOWN_MODEL ? null : modelId,
        lines: tally.lines,
        correct: tally.correct,
        accuracy: ratio(tally.correct, tally.lines),
        runs: tally.runs,
        cleanRuns: tally.cleanRuns,
        breaks: [...tally.breaks.values()].sort(
          (a, b) => b.count - a.count || stepTypeOrder(a.id) - stepTypeOrder(b.id) || a.id.localeCompare(b.id),
        ),
      }))
      // Lines without a model id last.
      .sort((a, b) => (a.modelId === null ? 1 : 0) - (b.modelId === null ? 1 : 0) || (a.modelId ?? "").localeCompare(b.modelId ?? "")),
  };
}

/** The session's task and problem, its reference lines and a memoized step type id per line, or null if it cannot be loaded. */
function loadProblemSafely(session: ReviewSession): {
  task: RegisteredTask;
  problem: unknown;
  reference: Map<number, string>;
  typeOf: (index: number) => string | null;
} | null {
  try {
    const loaded = loadStoredProblem(session.problem);
    if (!loaded.ok) return null;
    const reference = new Map(loaded.task.referenceLines(loaded.value).map((line) => [line.index, line.text]));
    const types = new Map<number, string | null>();
    const typeOf = (index: number) => getOr(types, index, () => stepType(session.problem.kind, loaded.value, index)?.id ?? null);
    return { task: loaded.task, problem: loaded.value, reference, typeOf };
  } catch {
    return null;
  }
}

function noteMisconception(
  misconceptions: Map<string, Misconception>,
  session: ReviewSession,
  event: LogEvent,
  reference: Map<number, string>,
  diagnose: (event: LogEvent) => Diagnosis | null,
): void {
  const id = event.verdict?.diagnosis?.id ?? event.diagnosisId;
  if (!id) return;
  const entry = getOr(misconceptions, id, () => ({ id, title: id, count: 0, examples: [] }));
  // Judged again only until the title is known: once per misconception, in the reviewer's language.
  if (entry.title === id) {
    const diagnosis = diagnose(event);
    if (diagnosis?.id === id) entry.title = diagnosis.title;
  }
  entry.count += 1;
  if (entry.examples.length < MAX_EXAMPLES) {
    entry.examples.push({
      sessionId: session.id,
      studentName: session.student.name,
      text: event.text,
      expected: event.verdict?.expected ?? reference.get(event.lineIndex) ?? "",
    });
  }
}
