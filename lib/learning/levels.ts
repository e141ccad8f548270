/**
 * Difficulty levels per task, the skills each level is for, and which levels a student has
 * unlocked. Level 1 is always open; level L + 1 opens once every skill of levels 1..L is
 * mastered. Unlocking follows mastery as it is now, so a skill that slips back below the
 * threshold closes the levels above it again until it is practised back up.
 */
import { columns, finalDigits } from "../scratchpad/addition/columns";
import type { AdditionProblem } from "../scratchpad/addition/problem";
import type { SkillId } from "../scratchpad/skills";
import type { TaskKind } from "../scratchpad/types";

export interface AdditionLevel {
  /** Length of the first operand, from generateByDigits; the second may be shorter. */
  digits: readonly [min: number, max: number];
  /** Whether a problem fits the level (redrawn a few times until one does). */
  fits(problem: AdditionProblem): boolean;
}

const carries = (problem: AdditionProblem) => columns(problem).filter((column) => column.carryOut === 1).length;
const chains = (problem: AdditionProblem) => columns(problem).filter((column) => column.carryIn === 1 && column.carryOut === 1).length;

/** More digits and more carries at each level. */
export const ADDITION_LEVELS: readonly AdditionLevel[] = [
  { digits: [1, 2], fits: (p) => carries(p) === 0 },
  { digits: [2, 2], fits: (p) => carries(p) >= 1 },
  { digits: [3, 3], fits: (p) => carries(p) >= 1 && (p.a.length !== p.b.length || finalDigits(p).startsWith("1")) },
  { digits: [4, 6], fits: (p) => chains(p) >= 1 },
  { digits: [7, 10], fits: (p) => chains(p) >= 2 },
];

/**
 * The skills each level is for, per task (the levels' problems may show others too). A
 * level exercises everything below it and adds something; the last level of each task adds
 * length only, so it opens when everything else is mastered.
 * - addition: 1 no carries; 2 carries; 3 unequal lengths and a carry into a new digit;
 *   4 carry chains (4–6 digits); 5 long numbers (7–10 digits).
 * - polynomial: generateByLevel's levels (lib/scratchpad/polynomial/generate.ts).
 * - python: the bank's difficulties (lib/problems/python-bank.ts): 1 a call and a few
 *   assignments; 2 loops and conditions; 3 strings and lists; 4 dicts; 5 longer programs.
 */
export const LEVEL_SKILLS: Readonly<Record<TaskKind, ReadonlyArray<readonly SkillId[]>>> = {
  addition: cumulative([
    ["addition.no-carry", "addition.final"],
    ["addition.carry", "addition.carry-in"],
    ["addition.uneven", "addition.new-digit"],
    ["addition.carry-chain"],
    [],
  ]),
  polynomial: cumulative([
    ["polynomial.constant", "polynomial.linear", "polynomial.sum"],
    ["polynomial.square", "polynomial.precedence"],
    ["polynomial.sign"],
    ["polynomial.negative-x"],
    ["polynomial.cube"],
  ]),
  python: cumulative([
    ["python.definition", "python.call", "python.return", "python.assignment"],
    ["python.loop", "python.condition"],
    ["python.string", "python.list"],
    ["python.dict"],
    [],
  ]),
};

function cumulative(added: ReadonlyArray<readonly SkillId[]>): SkillId[][] {
  const out: SkillId[][] = [];
  for (const skills of added) out.push([...(out.at(-1) ?? []), ...skills]);
  return out;
}

export function levelCount(kind: TaskKind): number {
  return LEVEL_SKILLS[kind].length;
}

/**
 * The highest level of `kind` the student has unlocked (1 to levelCount), given which
 * skills are mastered. `available`, when given, limits each level to the skills that can
 * be practised there (Python: what the programs on offer exercise), so that a skill no
 * program shows cannot keep a level shut.
 */
export function highestUnlockedLevel(
  kind: TaskKind,
  mastered: (skill: SkillId) => boolean,
  available?: (level: number) => ReadonlySet<SkillId>,
): number {
  const levels = LEVEL_SKILLS[kind];
  let level = 1;
  while (level < levels.length) {
    const offered = available?.(level);
    const needed = (levels[level - 1] ?? []).filter((skill) => !offered || offered.has(skill));
    if (!needed.every(mastered)) break;
    level += 1;
  }
  return level;
}
