import { addition, generateByDigits, type AdditionProblem } from "../scratchpad";

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 12;

/** A problem ready to store: its canonical input and reference target. */
export type NewProblem = { kind: "addition"; input: string; target: string; difficulty: number };

function stored(problem: AdditionProblem): NewProblem {
  return {
    kind: "addition",
    input: addition.formatInput(problem),
    target: addition.target(problem),
    difficulty: Math.max(problem.a.length, problem.b.length),
  };
}

export function problemForLevel(digits: number, seed: number): NewProblem {
  return stored(generateByDigits({ digits, seed }));
}

/** Two numbers as a person types them ("29", " 57 "), or the reason they can't be used. */
export function problemFromNumbers(a: string, b: string): { ok: true; problem: NewProblem } | { ok: false; error: string } {
  const parsed = addition.parseInput(`${a.trim()} + ${b.trim()}`);
  return parsed.ok ? { ok: true, problem: stored(parsed.value) } : { ok: false, error: parsed.error };
}
