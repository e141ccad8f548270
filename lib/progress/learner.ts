import "server-only";
import { listLearnerHistory } from "../db/learning";
import { listListedProblems } from "../db/problems";
import {
  highestUnlockedLevel,
  MASTERY_THRESHOLD,
  masteryOf,
  SKILLS_BY_KIND,
  traceMastery,
  type MasteryMap,
  type PracticeProgram,
  type SkillId,
  type SkillMastery,
} from "../learning";
import type { TaskKind } from "../scratchpad/types";
import { progressSummary, type ProgressSummary } from "./summary";

export const TASK_KINDS: readonly TaskKind[] = ["addition", "polynomial", "python"];

export type KindProgress = {
  kind: TaskKind;
  skills: SkillMastery[];
  mastered: number;
  /** The highest level open to the student; a level, once open, stays open. */
  level: number;
};

export type Learner = {
  mastery: MasteryMap;
  summary: ProgressSummary;
  kinds: KindProgress[];
};

/**
 * Whether a skill ever reached mastery: levels unlock on it, so one slip after mastering
 * a skill (BKT drops below the threshold at once) does not lock a level again.
 */
const everMastered = (mastery: MasteryMap) => (skill: SkillId) =>
  (mastery[skill]?.history ?? []).some((point) => point.pKnown >= MASTERY_THRESHOLD);

/** A student's mastery per skill (BKT over their own first tries) and progress, from the log. */
export async function loadLearner({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<Learner> {
  const { sessions, events } = await listLearnerHistory({ userId });
  const mastery = traceMastery(events);
  const kinds = TASK_KINDS.map((kind) => {
    const skills = SKILLS_BY_KIND[kind].map((skill) => masteryOf(mastery, skill));
    return {
      kind,
      skills,
      mastered: skills.filter((skill) => skill.mastered).length,
      level: highestUnlockedLevel(kind, everMastered(mastery)),
    };
  });
  return { mastery, summary: progressSummary({ sessions, events, now }), kinds };
}

/**
 * The Python bank as the selector takes it. Kept per problem id and trace: the selector
 * parses each program once per object, and the bank changes only when it is re-seeded.
 */
const programCache = new Map<string, PracticeProgram>();

export async function practicePrograms(): Promise<PracticeProgram[]> {
  const listed = await listListedProblems({ kind: "python" });
  return listed.map((problem) => {
    const cached = programCache.get(problem.id);
    if (cached && cached.trace === problem.target && cached.program === problem.input) return cached;
    const program = { id: problem.id, program: problem.input, trace: problem.target, difficulty: problem.difficulty };
    programCache.set(problem.id, program);
    return program;
  });
}
