/**
 * Learning analytics over the skill catalog (lib/scratchpad/skills.ts): BKT mastery from a
 * student's event log, and the adaptive choice of what to practise next. Pure TypeScript.
 */
export { BKT_PARAMS, bktParams, bktPosterior, bktUpdate, isMastered, MASTERY_THRESHOLD, mergeBktParams } from "./bkt";
export type { BktOverrides, BktParams, BktParamsTable } from "./bkt";
export { emptyMastery, masteryOf, traceMastery } from "./observations";
export type { LearningEvent, MasteryMap, MasteryOptions, MasteryPoint, SkillMastery } from "./observations";
export { ADDITION_LEVELS, highestUnlockedLevel, LEVEL_SKILLS, levelCount } from "./levels";
export { programLevel, type Candidate, type PracticeProgram } from "./candidates";
export { pickNextProblem, rankCandidates, targetSkills, weakness } from "./select";
export type { PickOptions, PracticeChoice, PracticeGoal, ScoredCandidate } from "./select";
export {
  isSkillId,
  lineSkills,
  problemLineSkills,
  skillById,
  skillMessageKeys,
  SKILLS,
  SKILLS_BY_KIND,
  type Skill,
  type SkillId,
} from "../scratchpad/skills";
