import {
  addition,
  generateByDigits,
  generateByLevel,
  polynomial,
  type AdditionProblem,
  type PolynomialProblem,
  type Locale,
  type TaskModule,
} from "../scratchpad";
import { practiceTexts } from "./texts";

/** Levels a student can pick on the home page, per generated kind. */
export const LEVELS = {
  addition: { min: 1, max: 12 },
  polynomial: { min: 1, max: 5 },
} as const;

/** A problem ready to store: its canonical input and reference target. */
export type NewProblem = { kind: string; input: string; target: string; difficulty: number };

type Made = { ok: true; problem: NewProblem } | { ok: false; error: string };

function stored<P>(task: TaskModule<P>, problem: P, difficulty: number): NewProblem {
  return { kind: task.kind, input: task.formatInput(problem), target: task.target(problem), difficulty };
}

const additionDifficulty = (p: AdditionProblem) => Math.max(p.a.length, p.b.length);
const polynomialDifficulty = (p: PolynomialProblem) => p.terms.length + (p.x < 0 ? 1 : 0);

export function problemForLevel(kind: keyof typeof LEVELS, level: number, seed: number): NewProblem {
  if (kind === "addition") {
    const problem = generateByDigits({ digits: level, seed });
    return stored(addition, problem, additionDifficulty(problem));
  }
  return stored(polynomial, generateByLevel({ level, seed }), level);
}

/** Two numbers as a person types them ("29", " 57 "), or the reason (in `locale`) they can't be used. */
export function problemFromNumbers(a: string, b: string, locale: Locale = "en"): Made {
  const parsed = addition.parseInput(`${a.trim()} + ${b.trim()}`, locale);
  return parsed.ok
    ? { ok: true, problem: stored(addition, parsed.value, additionDifficulty(parsed.value)) }
    : { ok: false, error: parsed.error };
}

/** A polynomial and a value of x as a person types them ("3*x**2 - 5*x + 7", "4"). */
export function problemFromPolynomial(expression: string, x: string, locale: Locale = "en"): Made {
  const parsed = polynomial.parseInput(`Evaluate ${expression.trim()} at x = ${x.trim()}`, locale);
  return parsed.ok
    ? { ok: true, problem: stored(polynomial, parsed.value, polynomialDifficulty(parsed.value)) }
    : { ok: false, error: parsed.error };
}

/** Most problems one assignment may hold. */
export const MAX_ASSIGNMENT_PROBLEMS = 30;

/**
 * Problems an instructor writes, one per line: `29 + 57` for addition, `3*x**2 - 5 at x = 4`
 * for polynomials. Every line must parse; the first that does not is named (in `locale`).
 */
export function problemsFromText(
  kind: keyof typeof LEVELS,
  text: string,
  locale: Locale = "en",
): { ok: true; problems: NewProblem[] } | { ok: false; error: string } {
  const t = practiceTexts(locale);
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  if (lines.length === 0) return { ok: false, error: t("startProblem.noProblems") };
  if (lines.length > MAX_ASSIGNMENT_PROBLEMS) return { ok: false, error: t("startProblem.tooMany", { max: MAX_ASSIGNMENT_PROBLEMS }) };
  const problems: NewProblem[] = [];
  for (const [i, line] of lines.entries()) {
    let made: Made;
    if (kind === "addition") {
      const [a, b, ...rest] = line.split("+");
      made =
        a !== undefined && b !== undefined && rest.length === 0
          ? problemFromNumbers(a, b, locale)
          : { ok: false, error: t("startProblem.additionLine", { example: "29 + 57" }) };
    } else {
      const match = /^(?:evaluate\s+)?(.+?)\s+at\s+x\s*=\s*(\S+)$/i.exec(line);
      made = match
        ? problemFromPolynomial(match[1] ?? "", match[2] ?? "", locale)
        : { ok: false, error: t("startProblem.polynomialLine", { example: "3*x**2 - 5 at x = 4" }) };
    }
    if (!made.ok) return { ok: false, error: t("startProblem.lineError", { line: i + 1, text: line.slice(0, 40), error: made.error }) };
    problems.push(made.problem);
  }
  return { ok: true, problems };
}
