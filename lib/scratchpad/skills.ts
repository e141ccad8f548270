/**
 * The skill catalog: what each reference line of a scratchpad exercises, for every task
 * (the tasks' own skills.ts files say line by line why). lib/learning traces a student's
 * mastery of these skills from judged lines and picks what to practise next. Pure.
 *
 * Ids are `<kind>.<name>` with exactly one dot and a hyphenated name. Display texts live in
 * the `skills` message namespace, nested by that dot: `names.addition.carry-in` and
 * `descriptions.addition.carry-in` (skillMessageKeys), which next-intl reads as nested keys.
 */
import { ADDITION_SKILLS, additionLineSkills } from "./addition/skills";
import type { AdditionProblem } from "./addition/problem";
import { referenceLines as additionLines } from "./addition/target";
import { POLYNOMIAL_SKILLS, polynomialLineSkills } from "./polynomial/skills";
import type { PolynomialProblem } from "./polynomial/problem";
import { referenceLines as polynomialLines } from "./polynomial/target";
import { PYTHON_SKILLS, pythonLineSkills } from "./python/skills";
import type { PythonProblem } from "./python/problem";
import type { TaskKind } from "./types";

export type { AdditionSkillId } from "./addition/skills";
export type { PolynomialSkillId } from "./polynomial/skills";
export type { PythonSkillId } from "./python/skills";
export { needsPrecedence } from "./polynomial/skills";

export type SkillId = (typeof ADDITION_SKILLS)[number] | (typeof POLYNOMIAL_SKILLS)[number] | (typeof PYTHON_SKILLS)[number];

export interface Skill {
  id: SkillId;
  kind: TaskKind;
  /** 1 for the task's easiest skill, then upwards: the order lists and charts use. */
  order: number;
}

/** Every task's skills, easiest first, in the order of the kinds. */
export const SKILLS_BY_KIND: Readonly<Record<TaskKind, readonly SkillId[]>> = {
  addition: ADDITION_SKILLS,
  polynomial: POLYNOMIAL_SKILLS,
  python: PYTHON_SKILLS,
};

export const SKILLS: readonly Skill[] = (Object.keys(SKILLS_BY_KIND) as TaskKind[]).flatMap((kind) =>
  SKILLS_BY_KIND[kind].map((id, i) => ({ id, kind, order: i + 1 })),
);

const BY_ID = new Map<string, Skill>(SKILLS.map((skill) => [skill.id, skill]));

export function isSkillId(id: string): id is SkillId {
  return BY_ID.has(id);
}

/** The skill with this id, or null for an id the catalog does not know. */
export function skillById(id: string): Skill | null {
  return BY_ID.get(id) ?? null;
}

/** The message keys of a skill's name and description in the `skills` namespace. */
export function skillMessageKeys(id: SkillId): { name: `names.${SkillId}`; description: `descriptions.${SkillId}` } {
  return { name: `names.${id}`, description: `descriptions.${id}` };
}

/**
 * The skills reference line `lineIndex` of `problem` exercises, in catalog order; [] for
 * structural lines, indexes out of range, unknown kinds and problems of the wrong shape.
 * Never throws.
 */
export function lineSkills(kind: string, problem: unknown, lineIndex: number): SkillId[] {
  if (!Number.isInteger(lineIndex) || lineIndex < 0 || typeof problem !== "object" || problem === null) return [];
  return unorderedSkills(kind, problem, lineIndex).sort((a, b) => catalogOrder(a) - catalogOrder(b));
}

function catalogOrder(id: SkillId): number {
  return SKILLS.indexOf(BY_ID.get(id) as Skill);
}

function unorderedSkills(kind: string, problem: object, lineIndex: number): SkillId[] {
  try {
    if (kind === "addition") {
      const p = problem as AdditionProblem;
      return typeof p.a === "string" && typeof p.b === "string" ? additionLineSkills(p, lineIndex) : [];
    }
    if (kind === "polynomial") {
      const p = problem as PolynomialProblem;
      return Array.isArray(p.terms) && typeof p.x === "number" ? polynomialLineSkills(p, lineIndex) : [];
    }
    if (kind === "python") {
      const p = problem as PythonProblem;
      return Array.isArray(p.entries) && typeof p.model === "object" ? pythonLineSkills(p, lineIndex) : [];
    }
  } catch {
    // A problem of the wrong shape for its kind: nothing to say about its lines.
  }
  return [];
}

/** lineSkills for every reference line of a problem, by line index; [] where lineSkills has nothing to say. */
export function problemLineSkills(kind: string, problem: unknown): SkillId[][] {
  return Array.from({ length: lineCount(kind, problem) }, (_, index) => lineSkills(kind, problem, index));
}

function lineCount(kind: string, problem: unknown): number {
  if (typeof problem !== "object" || problem === null) return 0;
  try {
    if (kind === "addition") return additionLines(problem as AdditionProblem).length;
    if (kind === "polynomial") return polynomialLines(problem as PolynomialProblem).length;
    if (kind === "python") return (problem as PythonProblem).entries.length;
  } catch {
    // The wrong shape for its kind, as in lineSkills.
  }
  return 0;
}
