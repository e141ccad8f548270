/**
 * "Practice next": the problem that best practises the student's weakest unmastered skills
 * at the right difficulty. Deterministic for a seed.
 *
 * For every chosen task, candidates are drawn at each unlocked level (levels.ts). Each is
 * scored by
 *   weakness = Σ over its lines Σ over the line's unmastered skills (1 − P(known))
 *              ÷ √(number of lines with a skill)
 * so a problem wins by how much of it is weak practice, and a longer problem wins only when
 * its weak lines grow faster than √length; times
 *   fit = 1 / (1 + highest unlocked level − its level)
 * so the hardest open level is preferred and easier ones come back when their skills are
 * weak. A candidate that exercises no unmastered skill scores 0, so any that does beats it.
 * When every skill of every level is mastered, a mixed review is proposed: a random
 * candidate from any level of any task. Newly unlocked levels need no special case: their
 * new skills are unmastered, and their candidates fit best.
 */
import { bktParams, BKT_PARAMS, MASTERY_THRESHOLD, type BktParamsTable } from "./bkt";
import { additionCandidate, polynomialCandidate, pythonCandidate, sample, type Candidate, type PracticeProgram } from "./candidates";
import { highestUnlockedLevel, LEVEL_SKILLS, levelCount } from "./levels";
import { createRng, mixSeed, type Rng } from "../scratchpad/random";
import { skillById, type SkillId } from "../scratchpad/skills";
import type { TaskKind } from "../scratchpad/types";

export type PracticeGoal =
  /** Bring these skills to the threshold; doing so for the level's skills opens `unlocks`. */
  | { type: "master"; skills: SkillId[]; threshold: number; unlocks: number | null }
  /** Everything is mastered: keep it so. */
  | { type: "review"; threshold: number };

export interface PracticeChoice {
  kind: TaskKind;
  /** The problem's input text; for Python the program (start it from its id and stored trace). */
  input: string;
  level: number;
  /** The unmastered skills this problem practises, weakest first: why it was chosen. */
  targets: SkillId[];
  goal: PracticeGoal;
  seed: number | null;
  programId: string | null;
  score: number;
}

export interface ScoredCandidate extends Candidate {
  weakness: number;
  fit: number;
  score: number;
}

export interface PickOptions {
  /** P(known) by skill id (e.g. traceMastery's result); a missing skill is at its pInit. */
  mastery: Readonly<Record<string, { pKnown: number }>>;
  /** Tasks to choose from; default all (Python only when programs are given). */
  kinds?: readonly TaskKind[];
  /** A seed or a generator; the same seed and inputs give the same choice. */
  random: Rng | number;
  /** Candidates drawn per unlocked level and task (default 4). */
  candidatesPerLevel?: number;
  pythonPrograms?: readonly PracticeProgram[];
  params?: BktParamsTable;
  threshold?: number;
}

const KINDS: readonly TaskKind[] = ["addition", "polynomial", "python"];

interface Context {
  pKnown(skill: SkillId): number;
  mastered(skill: SkillId): boolean;
  threshold: number;
}

function context(options: PickOptions): Context {
  const params = options.params ?? BKT_PARAMS;
  const threshold = options.threshold ?? MASTERY_THRESHOLD;
  const pKnown = (skill: SkillId) => {
    const known = Object.hasOwn(options.mastery, skill) ? options.mastery[skill]?.pKnown : undefined;
    return typeof known === "number" && Number.isFinite(known) ? known : bktParams(skill, params).pInit;
  };
  return { pKnown, mastered: (skill) => pKnown(skill) >= threshold, threshold };
}

interface KindPlan {
  kind: TaskKind;
  highest: number;
  complete: boolean;
  /** Python: the programs by level; other tasks generate. */
  programs: Map<number, Candidate[]> | null;
}

function planKind(kind: TaskKind, ctx: Context, programs: readonly PracticeProgram[]): KindPlan | null {
  let byLevel: Map<number, Candidate[]> | null = null;
  let available: ((level: number) => ReadonlySet<SkillId>) | undefined;
  if (kind === "python") {
    byLevel = new Map();
    for (const program of programs) {
      const candidate = pythonCandidate(program);
      if (candidate) byLevel.set(candidate.level, [...(byLevel.get(candidate.level) ?? []), candidate]);
    }
    if (byLevel.size === 0) return null;
    const offered = byLevel;
    // A skill counts towards a level only where some program up to that level shows it.
    available = (level) => new Set([...offered].filter(([at]) => at <= level).flatMap(([, list]) => list.flatMap((c) => c.lines.flat())));
  }
  const highest = highestUnlockedLevel(kind, ctx.mastered, available);
  const top = LEVEL_SKILLS[kind][levelCount(kind) - 1] ?? [];
  const offeredTop = available?.(levelCount(kind));
  const complete = highest === levelCount(kind) && top.filter((skill) => !offeredTop || offeredTop.has(skill)).every(ctx.mastered);
  return { kind, highest, complete, programs: byLevel };
}

function drawCandidates(plan: KindPlan, levels: number[], perLevel: number, rng: Rng): Candidate[] {
  const out: Candidate[] = [];
  for (const level of levels) {
    if (plan.programs) out.push(...sample(plan.programs.get(level) ?? [], perLevel, rng));
    else for (let i = 0; i < perLevel; i += 1) out.push(plan.kind === "addition" ? additionCandidate(level, rng) : polynomialCandidate(level, rng));
  }
  return out;
}

/** The weakness term of the module comment. */
export function weakness(lines: readonly (readonly SkillId[])[], ctx: Pick<Context, "pKnown" | "mastered">): number {
  const practising = lines.filter((skills) => skills.length > 0);
  if (practising.length === 0) return 0;
  let sum = 0;
  for (const skills of practising) for (const skill of skills) if (!ctx.mastered(skill)) sum += 1 - ctx.pKnown(skill);
  return sum / Math.sqrt(practising.length);
}

function rngOf(random: Rng | number): Rng {
  return typeof random === "number" ? createRng(mixSeed(random, "practice-next")) : random;
}

interface Ranking {
  candidates: ScoredCandidate[];
  plans: KindPlan[];
  review: boolean;
  ctx: Context;
}

function rank(options: PickOptions): Ranking {
  const rng = rngOf(options.random);
  const ctx = context(options);
  const perLevel = Math.max(1, Math.floor(options.candidatesPerLevel ?? 4));
  const kinds = (options.kinds ?? KINDS).filter((kind, i, all) => KINDS.includes(kind) && all.indexOf(kind) === i);
  const plans = kinds.map((kind) => planKind(kind, ctx, options.pythonPrograms ?? [])).filter((plan): plan is KindPlan => plan !== null);
  const review = plans.length > 0 && plans.every((plan) => plan.complete);
  const candidates: ScoredCandidate[] = [];
  for (const plan of plans) {
    const levels = Array.from({ length: review ? levelCount(plan.kind) : plan.highest }, (_, i) => i + 1);
    for (const candidate of drawCandidates(plan, levels, perLevel, rng)) {
      const weak = weakness(candidate.lines, ctx);
      // In a review every level fits; a random key orders the candidates instead.
      const fit = review ? 1 : 1 / (1 + plan.highest - candidate.level);
      candidates.push({ ...candidate, weakness: weak, fit, score: review ? rng.next() : weak * fit });
    }
  }
  // Stable: equal scores keep the random order they were drawn in.
  candidates.sort((a, b) => b.score - a.score);
  return { candidates, plans, review, ctx };
}

/** Every candidate considered, best first, with its score: for tests and for explaining a choice. */
export function rankCandidates(options: PickOptions): ScoredCandidate[] {
  return rank(options).candidates;
}

/** The unmastered skills of `lines`, weakest first (then in catalog order). */
export function targetSkills(lines: readonly (readonly SkillId[])[], ctx: Pick<Context, "pKnown" | "mastered">): SkillId[] {
  const unmastered = [...new Set(lines.flat())].filter((skill) => !ctx.mastered(skill));
  return unmastered.sort((a, b) => ctx.pKnown(a) - ctx.pKnown(b) || (skillById(a)?.order ?? 0) - (skillById(b)?.order ?? 0));
}

/**
 * The problem to practise next (see the module comment), or null when no task can offer
 * one (only Python asked for, and no program given).
 */
export function pickNextProblem(options: PickOptions): PracticeChoice | null {
  const { candidates, plans, review, ctx } = rank(options);
  let best = candidates[0];
  if (!best) return null;
  const plan = (kind: TaskKind) => plans.find((p) => p.kind === kind) as KindPlan;
  if (!review && best.score === 0) {
    // No candidate practises an unmastered skill: stay at the hardest open level, whose skills still need work.
    best = candidates.find((c) => c.level === plan(c.kind).highest && !plan(c.kind).complete) ?? best;
  }
  const targets = targetSkills(best.lines, ctx);
  const { highest } = plan(best.kind);
  const goalSkills = targets.length > 0 ? targets : targetSkills([LEVEL_SKILLS[best.kind][highest - 1] ?? []], ctx);
  const goal: PracticeGoal =
    review || goalSkills.length === 0
      ? { type: "review", threshold: ctx.threshold }
      : { type: "master", skills: goalSkills, threshold: ctx.threshold, unlocks: highest < levelCount(best.kind) ? highest + 1 : null };
  return {
    kind: best.kind,
    input: best.input,
    level: best.level,
    targets,
    goal,
    seed: best.seed,
    programId: best.programId,
    score: best.score,
  };
}
