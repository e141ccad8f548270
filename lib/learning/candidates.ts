/**
 * Candidate problems for "practice next": drawn with the tasks' own seeded generators, or
 * taken from the Python programs on offer, each with the skills of its lines.
 */
import { generateByDigits } from "../scratchpad/addition/generate";
import { formatInput as additionInput } from "../scratchpad/addition/problem";
import { generateByLevel } from "../scratchpad/polynomial/generate";
import { formatInput as polynomialInput } from "../scratchpad/polynomial/problem";
import { python } from "../scratchpad/python";
import type { Rng } from "../scratchpad/random";
import { problemLineSkills, type SkillId } from "../scratchpad/skills";
import type { TaskKind } from "../scratchpad/types";
import { ADDITION_LEVELS, levelCount } from "./levels";

/**
 * A Python program the selector may offer: the bank's (lib/problems/python-bank.ts, with
 * its trace from python-bank-traces.json) or an instructor's. `difficulty` 1–5 is its level.
 */
export interface PracticeProgram {
  id: string;
  program: string;
  /** The program's reference trace, as the tracer wrote it. */
  trace: string;
  difficulty: number;
}

export interface Candidate {
  kind: TaskKind;
  level: number;
  /** The problem's input text (FORMATS.md), what a practice session starts from. */
  input: string;
  /** The seed the generator drew it with (addition, polynomial), or null. */
  seed: number | null;
  /** The program's id (python), or null. */
  programId: string | null;
  /** The skills of each reference line, by line index. */
  lines: SkillId[][];
}

/** How often an addition draw is redrawn to fit its level before the last draw is kept. */
const FIT_TRIES = 32;

function drawSeed(rng: Rng): number {
  return Math.floor(rng.next() * 4294967296);
}

export function additionCandidate(level: number, rng: Rng): Candidate {
  const spec = ADDITION_LEVELS[level - 1];
  if (!spec) throw new RangeError(`addition level must be 1 to ${ADDITION_LEVELS.length}, got ${level}`);
  const digits = rng.int(spec.digits[0], spec.digits[1]);
  let seed = drawSeed(rng);
  let problem = generateByDigits({ digits, seed });
  for (let tries = 1; tries < FIT_TRIES && !spec.fits(problem); tries += 1) {
    seed = drawSeed(rng);
    problem = generateByDigits({ digits, seed });
  }
  // The seed alone does not give the problem back (digits come from the level), the input does.
  return { kind: "addition", level, input: additionInput(problem), seed, programId: null, lines: problemLineSkills("addition", problem) };
}

export function polynomialCandidate(level: number, rng: Rng): Candidate {
  const seed = drawSeed(rng);
  const problem = generateByLevel({ level, seed });
  return { kind: "polynomial", level, input: polynomialInput(problem), seed, programId: null, lines: problemLineSkills("polynomial", problem) };
}

export function programLevel(program: PracticeProgram): number {
  const level = Math.round(program.difficulty);
  return Number.isFinite(level) ? Math.min(Math.max(level, 1), levelCount("python")) : 1;
}

const PROGRAM_CANDIDATES = new WeakMap<PracticeProgram, Candidate | null>();

/** The program as a candidate (parsed once per object), or null when its trace does not fit it. */
export function pythonCandidate(program: PracticeProgram): Candidate | null {
  if (PROGRAM_CANDIDATES.has(program)) return PROGRAM_CANDIDATES.get(program) ?? null;
  const problem = python.fromStored(program.program, program.trace);
  const candidate: Candidate | null = problem.ok
    ? {
        kind: "python",
        level: programLevel(program),
        input: program.program,
        seed: null,
        programId: program.id,
        lines: problemLineSkills("python", problem.value),
      }
    : null;
  PROGRAM_CANDIDATES.set(program, candidate);
  return candidate;
}

/** Up to `count` of `items`, drawn without replacement in random order. */
export function sample<T>(items: readonly T[], count: number, rng: Rng): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const [item] = pool.splice(rng.int(0, pool.length - 1), 1);
    out.push(item as T);
  }
  return out;
}
