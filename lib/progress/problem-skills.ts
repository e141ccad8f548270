import { SKILLS, type SkillId } from "../learning";
import { loadStoredProblem } from "../practice/stored-problem";
import { problemLineSkills } from "../scratchpad/skills";

/** The skills a stored problem's scratchpad exercises, easiest first; [] if it cannot be loaded. */
export function problemSkills(problem: { kind: string; input: string; target: string }): SkillId[] {
  const loaded = loadStoredProblem(problem);
  if (!loaded.ok) return [];
  const used = new Set(problemLineSkills(problem.kind, loaded.value).flat());
  return SKILLS.filter((skill) => used.has(skill.id)).map((skill) => skill.id);
}

/** The skills named in a "Practice next" link's `focus`, kept only if the problem exercises them. */
export function focusSkills(focus: unknown, exercised: readonly SkillId[]): SkillId[] {
  if (typeof focus !== "string" || focus.length > 1000) return [];
  const named = new Set(focus.split(","));
  return exercised.filter((skill) => named.has(skill));
}
