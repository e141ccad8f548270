import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  highestUnlockedLevel,
  LEVEL_SKILLS,
  pickNextProblem,
  rankCandidates,
  SKILLS_BY_KIND,
  type PracticeProgram,
  type SkillId,
} from "@/lib/learning";
import { pythonBank } from "@/lib/problems/python-bank";
import bankTraces from "@/lib/problems/python-bank-traces.json";
import { addition, polynomial } from "@/lib/scratchpad";
import { problemLineSkills } from "@/lib/scratchpad/skills";
import type { TaskKind } from "@/lib/scratchpad/types";

const traces: Record<string, string> = bankTraces;
/** The bank as the app would pass it: one object per program, reused so each is parsed once. */
const programs: PracticeProgram[] = pythonBank.map((entry) => ({
  id: entry.slug,
  program: entry.program,
  trace: traces[entry.slug] ?? "",
  difficulty: entry.difficulty,
}));

const ALL: SkillId[] = Object.values(SKILLS_BY_KIND).flat();
/** How far two sums of the same probabilities, added in another order, may differ. */
const ROUNDING = 1e-12;

/** Every skill at `p`, except those given. */
function masteryAt(p: number, except: Partial<Record<SkillId, number>> = {}): Record<string, { pKnown: number }> {
  return Object.fromEntries(ALL.map((skill) => [skill, { pKnown: except[skill] ?? p }]));
}

function linesOf(kind: TaskKind, input: string): SkillId[][] {
  const task = kind === "addition" ? addition : polynomial;
  const parsed = task.parseInput(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return problemLineSkills(kind, parsed.value);
}

describe("level unlocking", () => {
  it("opens level L + 1 only when every skill of levels 1..L is mastered", () => {
    const mastered = (set: SkillId[]) => (skill: SkillId) => set.includes(skill);
    const [one, two] = LEVEL_SKILLS.addition;
    expect(highestUnlockedLevel("addition", mastered([]))).toBe(1);
    expect(highestUnlockedLevel("addition", mastered((one ?? []).slice(1)))).toBe(1);
    expect(highestUnlockedLevel("addition", mastered([...(one ?? [])]))).toBe(2);
    expect(highestUnlockedLevel("addition", mastered([...(two ?? [])]))).toBe(3);
    expect(highestUnlockedLevel("polynomial", mastered(ALL))).toBe(5);
    // A skill no program up to a level shows does not hold that level shut.
    const withoutDicts = (level: number) => new Set((LEVEL_SKILLS.python[level - 1] ?? []).filter((s) => s !== "python.dict"));
    expect(highestUnlockedLevel("python", mastered(ALL.filter((s) => s !== "python.dict")), withoutDicts)).toBe(5);
    expect(highestUnlockedLevel("python", mastered(ALL.filter((s) => s !== "python.dict")))).toBe(4);
  });

  it("a new student gets level-1 problems only, whatever the seed", () => {
    for (const kind of ["addition", "polynomial", "python"] as const) {
      for (const seed of [1, 2, 3]) {
        const ranked = rankCandidates({ mastery: {}, kinds: [kind], random: seed, pythonPrograms: programs });
        expect(ranked.length).toBeGreaterThan(0);
        expect(ranked.every((candidate) => candidate.level === 1)).toBe(true);
      }
    }
  });

  it("just below the threshold keeps the level shut; at it, the next level is proposed", () => {
    const levelOne = LEVEL_SKILLS.polynomial[0] ?? [];
    const below = masteryAt(0.1, Object.fromEntries(levelOne.map((s) => [s, 0.949])));
    expect(rankCandidates({ mastery: below, kinds: ["polynomial"], random: 7 }).every((c) => c.level === 1)).toBe(true);
    const at = masteryAt(0.1, Object.fromEntries(levelOne.map((s) => [s, 0.95])));
    const choice = pickNextProblem({ mastery: at, kinds: ["polynomial"], random: 7 });
    expect(choice?.level).toBe(2);
    expect(choice?.goal).toMatchObject({ type: "master", threshold: 0.95, unlocks: 3 });
    expect(choice?.targets).toContain("polynomial.square");
  });
});

describe("pickNextProblem", () => {
  it("is deterministic for a seed, and the seed matters", () => {
    const options = { mastery: masteryAt(0.5), random: 42, pythonPrograms: programs };
    expect(pickNextProblem(options)).toEqual(pickNextProblem({ ...options }));
    const inputs = new Set([1, 2, 3, 4, 5, 6].map((random) => pickNextProblem({ ...options, random })?.input));
    expect(inputs.size).toBeGreaterThan(1);
  });

  it("targets the chosen problem's unmastered skills, weakest first", () => {
    const mastery = masteryAt(0.99, { "addition.carry": 0.3, "addition.carry-in": 0.6, "addition.uneven": 0.8 });
    const choice = pickNextProblem({ mastery, kinds: ["addition"], random: 5 });
    expect(choice?.kind).toBe("addition");
    const exercised = new Set(linesOf("addition", choice?.input ?? "").flat());
    const expected = (["addition.carry", "addition.carry-in", "addition.uneven"] as const).filter((s) => exercised.has(s));
    expect(choice?.targets).toEqual(expected);
    expect(choice?.targets[0]).toBe("addition.carry");
    expect(choice?.goal).toMatchObject({ type: "master", skills: expected });
  });

  it("describes each candidate by the lines of its own input", () => {
    for (const candidate of rankCandidates({ mastery: masteryAt(0.99), kinds: ["addition", "polynomial"], random: 9 })) {
      expect(candidate.lines).toEqual(linesOf(candidate.kind, candidate.input));
    }
  });

  it("proposes a mixed review across levels when everything is mastered", () => {
    const choice = pickNextProblem({ mastery: masteryAt(0.99), random: 11, pythonPrograms: programs });
    expect(choice?.goal).toEqual({ type: "review", threshold: 0.95 });
    expect(choice?.targets).toEqual([]);
    const ranked = rankCandidates({ mastery: masteryAt(0.99), random: 11, pythonPrograms: programs });
    expect(new Set(ranked.map((c) => c.level)).size).toBe(5);
    expect(new Set(ranked.map((c) => c.kind)).size).toBe(3);
  });

  it("offers Python only when programs are given", () => {
    expect(pickNextProblem({ mastery: {}, kinds: ["python"], random: 1 })).toBeNull();
    const choice = pickNextProblem({ mastery: {}, kinds: ["python"], random: 1, pythonPrograms: programs });
    expect(choice?.kind).toBe("python");
    expect(programs.find((p) => p.id === choice?.programId)?.program).toBe(choice?.input);
  });

  it("prefers the weak skill: for one weak skill and the rest mastered", () => {
    const weakSkills = [...SKILLS_BY_KIND.addition, ...SKILLS_BY_KIND.polynomial, ...SKILLS_BY_KIND.python];
    let practised = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...weakSkills),
        fc.double({ min: 0, max: 0.94, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.boolean(),
        (weak, pKnown, seed, allKinds) => {
          const kind = weak.split(".")[0] as TaskKind;
          const options = {
            mastery: masteryAt(0.99, { [weak]: pKnown }),
            kinds: allKinds ? undefined : [kind],
            random: seed,
            candidatesPerLevel: 3,
            pythonPrograms: programs,
          };
          const ranked = rankCandidates(options);
          const choice = pickNextProblem(options);
          const best = ranked[0];
          const uses = (lines: SkillId[][]) => lines.filter((skills) => skills.includes(weak)).length;
          if (ranked.some((candidate) => uses(candidate.lines) > 0)) {
            practised += 1;
            // Always practises S when any candidate does, and S is why it was chosen.
            expect(choice?.input).toBe(best?.input);
            expect(uses(best?.lines ?? [])).toBeGreaterThan(0);
            expect(choice?.targets).toEqual([weak]);
            // At least as weak as the average candidate of its level (all of which fit alike).
            const peers = ranked.filter((candidate) => candidate.kind === best?.kind && candidate.level === best.level);
            const average = peers.reduce((sum, candidate) => sum + candidate.weakness, 0) / peers.length;
            // Within rounding: three equal weaknesses can average one bit above each of them.
            expect(best?.weakness ?? 0).toBeGreaterThanOrEqual(average - ROUNDING);
          }
        },
      ),
      // The first case is one where the exact comparison failed (0.8164965809249625 < …626).
      { numRuns: 60, examples: [["python.definition", 3.384681424023484e-12, 864660300, true]] },
    );
    // The property says something only where some candidate practises S: most runs.
    expect(practised).toBeGreaterThan(40);
  });
});
