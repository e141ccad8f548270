/**
 * A student's mastery of every skill, traced from their event log with BKT (bkt.ts).
 *
 * What counts as an observation of the student's skills:
 * - only the student's own events: a model's or the app's lines show nothing about them;
 * - only judged lines (`type: "line"`, `ok` true or false); spot picks (choosing the first
 *   wrong line of someone else's work) are a different skill from writing lines;
 * - only the first attempt at each line of a session: later attempts follow the feedback
 *   on the first, so a right retry is not evidence of knowing;
 * - a hint asked for a line before its first attempt makes that line's observation an
 *   error (the student needed help), and the later attempt does not count again. It is
 *   recorded at the hint, with the hint's skills; a hint stored without skills is recorded
 *   at the first attempt instead, with that line's skills.
 * Each observation updates every skill of its line. Events are taken in the given order.
 */
import { bktParams, bktUpdate, BKT_PARAMS, isMastered, MASTERY_THRESHOLD, type BktParamsTable } from "./bkt";

export interface LearningEvent {
  sessionId: string;
  kind: string;
  lineIndex: number;
  type: "line" | "hint" | "spot";
  actor: "student" | "model" | "app";
  ok: boolean | null;
  skills: readonly string[];
  createdAt: Date;
}

export interface MasteryPoint {
  at: Date;
  /** P(known) after this observation. */
  pKnown: number;
  correct: boolean;
  sessionId: string;
  lineIndex: number;
}

export interface SkillMastery {
  skill: string;
  /** P(known) now; the skill's pInit when it was never observed. */
  pKnown: number;
  /** Observations (first attempts, and lines hinted before them). */
  attempts: number;
  correct: number;
  mastered: boolean;
  /** P(known) after each observation, oldest first, for charts (before the first: pInit). */
  history: MasteryPoint[];
}

export interface MasteryOptions {
  params?: BktParamsTable;
  threshold?: number;
}

/** Mastery by skill id, for the skills that were observed. */
export type MasteryMap = Record<string, SkillMastery>;

/** Traces mastery through the events (see the module comment for what counts). */
export function traceMastery(events: readonly LearningEvent[], options: MasteryOptions = {}): MasteryMap {
  const params = options.params ?? BKT_PARAMS;
  const threshold = options.threshold ?? MASTERY_THRESHOLD;
  const mastery: MasteryMap = {};
  // Per (session, line): "done" once observed, "hinted" when a skill-less hint waits for the attempt.
  const lines = new Map<string, "done" | "hinted">();

  const observe = (event: LearningEvent, correct: boolean) => {
    for (const skill of new Set(event.skills)) {
      const state = (mastery[skill] ??= emptyMastery(skill, params, threshold));
      state.pKnown = bktUpdate(state.pKnown, correct, bktParams(skill, params));
      state.attempts += 1;
      if (correct) state.correct += 1;
      state.mastered = isMastered(state.pKnown, threshold);
      state.history.push({ at: event.createdAt, pKnown: state.pKnown, correct, sessionId: event.sessionId, lineIndex: event.lineIndex });
    }
  };

  for (const event of events) {
    if (event.actor !== "student") continue;
    const key = JSON.stringify([event.sessionId, event.lineIndex]);
    const seen = lines.get(key);
    if (seen === "done") continue;
    if (event.type === "hint" && seen === undefined) {
      if (event.skills.length > 0) {
        observe(event, false);
        lines.set(key, "done");
      } else {
        lines.set(key, "hinted");
      }
    } else if (event.type === "line" && event.ok !== null) {
      observe(event, seen === "hinted" ? false : event.ok);
      lines.set(key, "done");
    }
  }
  return mastery;
}

/** A skill nobody has observed yet: P(known) is its prior. */
export function emptyMastery(skill: string, params: BktParamsTable = BKT_PARAMS, threshold: number = MASTERY_THRESHOLD): SkillMastery {
  const pKnown = bktParams(skill, params).pInit;
  return { skill, pKnown, attempts: 0, correct: 0, mastered: isMastered(pKnown, threshold), history: [] };
}

/** The skill's mastery from `map`, or its prior when it was never observed. */
export function masteryOf(map: Readonly<MasteryMap>, skill: string, options: MasteryOptions = {}): SkillMastery {
  return Object.hasOwn(map, skill) ? (map[skill] as SkillMastery) : emptyMastery(skill, options.params, options.threshold);
}
