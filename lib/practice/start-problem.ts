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
import { MAX_DIGITS } from "../scratchpad/addition/problem";
import { describeChar } from "../scratchpad/text";
import { readPolynomialLine } from "./polynomial-line";
import { practiceTexts } from "./texts";

/** Levels a student can pick on the home page, per generated kind. */
export const LEVELS = {
  addition: { min: 1, max: 12 },
  polynomial: { min: 1, max: 5 },
} as const;

/** A problem ready to store: its canonical input and reference target. */
export type NewProblem = { kind: string; input: string; target: string; difficulty: number };

type Made = { ok: true; problem: NewProblem } | { ok: false; error: string };

const ADDITION_MAX_DIGITS = MAX_DIGITS;

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

/** Which box of a start form a refusal is about, so the form can show it there. */
export type StartField = "a" | "b" | "expression" | "x";

type Refusal = { ok: false; error: string; field?: StartField };
type MadeIn = { ok: true; problem: NewProblem } | Refusal;

/** One box of the two-number form, checked on its own so the refusal names that box. */
function checkNumberBox(value: string, field: "a" | "b", locale: Locale): Refusal | null {
  const t = practiceTexts(locale);
  const which = t(field === "a" ? "startProblem.boxes.first" : "startProblem.boxes.second");
  const digits = value.replace(/\s+/g, "");
  if (digits === "") return { ok: false, field, error: t("startProblem.numberEmpty", { which }) };
  const stray = /[^0-9]/u.exec(digits);
  if (stray) return { ok: false, field, error: t("startProblem.numberStray", { which, char: describeChar(stray[0]) }) };
  if (digits.length > ADDITION_MAX_DIGITS) {
    return { ok: false, field, error: t("startProblem.numberTooLong", { which, digits: digits.length, max: ADDITION_MAX_DIGITS }) };
  }
  if (digits.length > 1 && digits.startsWith("0")) return { ok: false, field, error: t("startProblem.numberLeadingZero", { which }) };
  return null;
}

/** Two numbers as a person types them ("29", " 57 "), or what is wrong with which box (in `locale`). */
export function problemFromNumbers(a: string, b: string, locale: Locale = "en"): MadeIn {
  const refused = checkNumberBox(a, "a", locale) ?? checkNumberBox(b, "b", locale);
  if (refused) return refused;
  const parsed = addition.parseInput(`${a.trim()} + ${b.trim()}`, locale);
  return parsed.ok
    ? { ok: true, problem: stored(addition, parsed.value, additionDifficulty(parsed.value)) }
    : { ok: false, error: parsed.error };
}

/**
 * A polynomial and a value of x as a person types them ("3*x**2 - 5*x + 7", "4"). The app's
 * own wording pasted into the polynomial box (`-x**2 + 3*x - 7 at x = -4`) is read whole:
 * x comes from it, and a different value in the x box is named rather than guessed between.
 */
export function problemFromPolynomial(expression: string, x: string, locale: Locale = "en"): MadeIn {
  const t = practiceTexts(locale);
  let polynomialText = expression.trim();
  let xText = x.trim();
  const pasted = /\bat\s+x\s*=/i.test(polynomialText) ? readPolynomialLine(polynomialText) : null;
  if (pasted) {
    if (xText !== "" && xText !== pasted.x) {
      return { ok: false, field: "x", error: t("startProblem.xDiffers", { pasted: pasted.x, typed: xText }) };
    }
    polynomialText = pasted.expression.trim();
    xText = pasted.x;
  }
  if (polynomialText === "") return { ok: false, field: "expression", error: t("startProblem.polynomialEmpty") };
  if (xText === "") return { ok: false, field: "x", error: t("startProblem.xEmpty") };
  const parsed = polynomial.parseInput(`Evaluate ${polynomialText} at x = ${xText}`, locale);
  if (parsed.ok) return { ok: true, problem: stored(polynomial, parsed.value, polynomialDifficulty(parsed.value)) };
  // Which box: x alone is checked by reading it with a polynomial that cannot be wrong.
  const xAlone = polynomial.parseInput(`Evaluate x at x = ${xText}`, locale);
  return { ok: false, error: parsed.error, field: xAlone.ok ? "expression" : "x" };
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
      const read = readPolynomialLine(line);
      made = read
        ? problemFromPolynomial(read.expression, read.x, locale)
        : { ok: false, error: t("startProblem.polynomialLine", { example: "3*x**2 - 5 at x = 4" }) };
    }
    if (!made.ok) return { ok: false, error: t("startProblem.lineError", { line: i + 1, text: line.slice(0, 40), error: made.error }) };
    problems.push(made.problem);
  }
  return { ok: true, problems };
}
