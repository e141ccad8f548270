/**
 * The kind of step a reference line is: finer than its role, so that instructors can see
 * accuracy by step type ("columns with a carry in", "square terms", "states after a loop
 * header"). Pure, like the rest of the domain core; never throws.
 *
 * One id per line:
 * - addition: `addition.start`; each column by its carries (FORMATS.md §1): no carry in or
 *   out (`addition.column.no-carry`), no carry in but making one (`addition.column.carry-out`),
 *   a carry of 1 coming in but none going out (`addition.column.carry-in`), both
 *   (`addition.column.carry-in-out`); `addition.final` (the last carry and all digits);
 *   `addition.answer`.
 * - polynomial: each term by its power (`polynomial.term.constant` | `.linear` | `.square` |
 *   `.cube`); `polynomial.answer`.
 * - python: a `line:` entry is `python.line.<statement>`, the statement that runs at that
 *   step; a `state:` entry is `python.state.<statement>`, the state just after that statement
 *   ran (the statement of the `line:` entry before it), except the first, empty state
 *   (`python.state.start`); an `exception:` entry is `python.exception`. Statements are
 *   `definition` (def, class), `loop` (for, while header), `condition` (if, elif), `call` (a
 *   statement that calls a function or class of the program, or a bare call expression like
 *   `xs.append(1)`), `return`, `assignment` (`=`, `+=`, …), and `other` (break, continue,
 *   try, raise, pass, with, …) — headers first, then call, return, assignment, in that order.
 *   The program line of each step comes from the trace's reconstruction (steps.ts), so
 *   a line text that occurs twice in a program is classified as the statement that ran.
 * - structural lines (`<scratch>`, `</scratch>`), unknown kinds and indexes out of range: null.
 */
import { columns } from "./addition/columns";
import type { AdditionProblem } from "./addition/problem";
import { referenceLines as additionLines } from "./addition/target";
import type { PolynomialProblem } from "./polynomial/problem";
import { referenceLines as polynomialLines } from "./polynomial/target";
import type { PythonProblem } from "./python/problem";
import type { ProgramModel, Statement } from "./python/program";
import { codeOnly, segments } from "./python/source-text";
import { phrasesFor } from "./phrases";
import type { Locale } from "./types";

export interface StepType {
  id: string;
  label: string;
}

export type PythonStatementClass = "definition" | "loop" | "condition" | "call" | "return" | "assignment" | "other";

const PYTHON_CLASSES: PythonStatementClass[] = ["definition", "loop", "condition", "call", "return", "assignment", "other"];

/** Every id but Python's per-statement ones, in the order charts and tables list them. */
type FixedStepId =
  | "addition.start"
  | "addition.column.no-carry"
  | "addition.column.carry-out"
  | "addition.column.carry-in"
  | "addition.column.carry-in-out"
  | "addition.final"
  | "addition.answer"
  | "polynomial.term.constant"
  | "polynomial.term.linear"
  | "polynomial.term.square"
  | "polynomial.term.cube"
  | "polynomial.answer"
  | "python.state.start"
  | "python.exception";

/** The labels of one locale: a missing one is a type error. */
interface StepTypePhrases {
  fixed: Record<FixedStepId, string>;
  /** Each Python statement class as named after "state after" (`after`) and in "next line (…)" (`name`). */
  classes: Record<PythonStatementClass, { after: string; name: string }>;
  pythonLine(name: string): string;
  pythonState(after: string): string;
}

const PHRASES: Record<Locale, StepTypePhrases> = {
  en: {
    fixed: {
      "addition.start": "Addition: start line",
      "addition.column.no-carry": "Addition: column, no carry",
      "addition.column.carry-out": "Addition: column making a carry",
      "addition.column.carry-in": "Addition: column with a carry in",
      "addition.column.carry-in-out": "Addition: column with a carry in and out",
      "addition.final": "Addition: final carry and digits",
      "addition.answer": "Addition: answer",
      "polynomial.term.constant": "Polynomial: constant term",
      "polynomial.term.linear": "Polynomial: x term",
      "polynomial.term.square": "Polynomial: x**2 term",
      "polynomial.term.cube": "Polynomial: x**3 term",
      "polynomial.answer": "Polynomial: answer",
      "python.state.start": "Python: first state",
      "python.exception": "Python: exception",
    },
    classes: {
      definition: { after: "a definition", name: "def or class" },
      loop: { after: "a loop header", name: "loop header" },
      condition: { after: "a condition", name: "if or elif" },
      call: { after: "a call", name: "call" },
      return: { after: "a return", name: "return" },
      assignment: { after: "an assignment", name: "assignment" },
      other: { after: "another statement", name: "other statement" },
    },
    pythonLine: (name) => `Python: next line (${name})`,
    pythonState: (after) => `Python: state after ${after}`,
  },
  ja: {
    fixed: {
      "addition.start": "足し算：最初の行",
      "addition.column.no-carry": "足し算：繰り上がりのない位",
      "addition.column.carry-out": "足し算：繰り上がりが出る位",
      "addition.column.carry-in": "足し算：繰り上がりを受ける位",
      "addition.column.carry-in-out": "足し算：繰り上がりを受けて、繰り上がりも出る位",
      "addition.final": "足し算：最後の繰り上がりと数字",
      "addition.answer": "足し算：答え",
      "polynomial.term.constant": "多項式：定数項",
      "polynomial.term.linear": "多項式：x の項",
      "polynomial.term.square": "多項式：x**2 の項",
      "polynomial.term.cube": "多項式：x**3 の項",
      "polynomial.answer": "多項式：答え",
      "python.state.start": "Python：最初の状態",
      "python.exception": "Python：例外",
    },
    classes: {
      definition: { after: "定義", name: "def・class" },
      loop: { after: "ループのヘッダー", name: "ループのヘッダー" },
      condition: { after: "条件", name: "if・elif" },
      call: { after: "関数呼び出し", name: "関数呼び出し" },
      return: { after: "return", name: "return" },
      assignment: { after: "代入", name: "代入" },
      other: { after: "その他の文", name: "その他の文" },
    },
    pythonLine: (name) => `Python：次の行（${name}）`,
    pythonState: (after) => `Python：${after}の後の状態`,
  },
};

/** Every step type with its label in `say`'s locale, in the order charts and tables list them. */
function stepTypesOf(say: StepTypePhrases): readonly StepType[] {
  const fixed = (id: FixedStepId): StepType => ({ id, label: say.fixed[id] });
  return [
    fixed("addition.start"),
    fixed("addition.column.no-carry"),
    fixed("addition.column.carry-out"),
    fixed("addition.column.carry-in"),
    fixed("addition.column.carry-in-out"),
    fixed("addition.final"),
    fixed("addition.answer"),
    fixed("polynomial.term.constant"),
    fixed("polynomial.term.linear"),
    fixed("polynomial.term.square"),
    fixed("polynomial.term.cube"),
    fixed("polynomial.answer"),
    fixed("python.state.start"),
    ...PYTHON_CLASSES.map((cls) => ({ id: `python.line.${cls}`, label: say.pythonLine(say.classes[cls].name) })),
    ...PYTHON_CLASSES.map((cls) => ({ id: `python.state.${cls}`, label: say.pythonState(say.classes[cls].after) })),
    fixed("python.exception"),
  ];
}

const BY_LOCALE: Record<Locale, readonly StepType[]> = { en: stepTypesOf(PHRASES.en), ja: stepTypesOf(PHRASES.ja) };

/** Every step type, in the order charts and tables list them, with English labels. */
export const STEP_TYPES: readonly StepType[] = BY_LOCALE.en;

/** Every step type, in the order charts and tables list them, with labels in `locale` (default English). */
export function stepTypesIn(locale?: Locale): readonly StepType[] {
  return phrasesFor(BY_LOCALE, locale);
}

const BY_ID = new Map(STEP_TYPES.map((type, order) => [type.id, order]));

/** The step type with this id (a copy), labelled in `locale` (default English), or null for an id this module does not know. */
export function stepTypeById(id: string, locale?: Locale): StepType | null {
  const order = BY_ID.get(id);
  const type = order === undefined ? undefined : stepTypesIn(locale)[order];
  return type ? { id: type.id, label: type.label } : null;
}

/** The label of step type `id` in `locale` (default English), or null for an unknown id. */
export function stepTypeLabel(id: string, locale?: Locale): string | null {
  return stepTypeById(id, locale)?.label ?? null;
}

/** Position of `id` in STEP_TYPES, for sorting; unknown ids go last. */
export function stepTypeOrder(id: string): number {
  return BY_ID.get(id) ?? STEP_TYPES.length;
}

/** The kind of step reference line `index` of `problem` is, labelled in `locale` (default English), or null (structural, unknown). */
export function stepType(kind: string, problem: unknown, index: number, locale?: Locale): StepType | null {
  if (!Number.isInteger(index) || index < 0 || typeof problem !== "object" || problem === null) return null;
  try {
    let id: string | null = null;
    if (kind === "addition") id = additionStep(problem as AdditionProblem, index);
    else if (kind === "polynomial") id = polynomialStep(problem as PolynomialProblem, index);
    else if (kind === "python") id = pythonStep(problem as PythonProblem, index);
    return id === null ? null : stepTypeById(id, locale);
  } catch {
    // A problem of the wrong shape for its kind: nothing to say about its lines.
    return null;
  }
}

function additionStep(problem: AdditionProblem, index: number): string | null {
  if (typeof problem.a !== "string" || typeof problem.b !== "string") return null;
  const line = additionLines(problem)[index];
  if (!line || line.structural) return null;
  if (line.role === "start" || line.role === "final" || line.role === "answer") return `addition.${line.role}`;
  // Column lines follow the open and start lines: line 2 is the first (ones) column.
  const column = columns(problem)[index - 2];
  if (line.role !== "column" || !column) return null;
  if (column.carryIn === 1) return column.carryOut === 1 ? "addition.column.carry-in-out" : "addition.column.carry-in";
  return column.carryOut === 1 ? "addition.column.carry-out" : "addition.column.no-carry";
}

const POWERS = ["constant", "linear", "square", "cube"];

function polynomialStep(problem: PolynomialProblem, index: number): string | null {
  if (!Array.isArray(problem.terms)) return null;
  const line = polynomialLines(problem)[index];
  if (!line || line.structural) return null;
  if (line.role === "answer") return "polynomial.answer";
  // Term lines follow the open line: line 1 + i is term i.
  const power = problem.terms[index - 1]?.power;
  const name = power === undefined ? undefined : POWERS[power];
  return line.role === "term" && name ? `polynomial.term.${name}` : null;
}

function pythonStep(problem: PythonProblem, index: number): string | null {
  if (!Array.isArray(problem.entries)) return null;
  const entry = problem.entries[index];
  if (!entry) return null;
  if (entry.role === "exception") return "python.exception";
  if (entry.role === "line") return `python.line.${pythonLineClass(problem, index)}`;
  if (index === 0) return "python.state.start";
  return `python.state.${pythonLineClass(problem, index - 1)}`;
}

const STEP_LINES = new WeakMap<PythonProblem, Map<number, number>>();

/** Program line of each `line:` entry, by entry index (built once per problem). */
function stepLines(problem: PythonProblem): Map<number, number> {
  let lines = STEP_LINES.get(problem);
  if (!lines) {
    lines = new Map((problem.steps?.steps ?? []).map((step) => [step.entry, step.line]));
    STEP_LINES.set(problem, lines);
  }
  return lines;
}

/** The class of the statement the `line:` entry `entry` ran. */
function pythonLineClass(problem: PythonProblem, entry: number): PythonStatementClass {
  const model = problem.model;
  const body = problem.entries[entry]?.body ?? "";
  const placed = stepLines(problem).get(entry) ?? 0;
  // A step the reconstruction could not place: the first program line with its text.
  const line = placed > 0 ? placed : model.lines.indexOf(body, 1);
  const id = line > 0 ? model.statementAt[line] : undefined;
  const statement = id === undefined || id < 0 ? undefined : model.statements[id];
  return statement ? classifyStatement(model, statement) : classifyCode(model, codeOnly(body), "other");
}

/** See the module comment for the classes and their precedence. */
export function classifyStatement(model: ProgramModel, statement: Statement): PythonStatementClass {
  switch (statement.kind) {
    case "def":
    case "class":
      return "definition";
    case "for":
    case "while":
      return "loop";
    case "if":
    case "elif":
      return "condition";
    case "return":
    case "other":
      return classifyCode(model, statement.code, statement.kind);
    default:
      return "other";
  }
}

function classifyCode(model: ProgramModel, code: string, kind: "return" | "other"): PythonStatementClass {
  const plain = segments(code)
    .filter((segment) => segment.kind === "code")
    .map((segment) => segment.text)
    .join(" \"\" ");
  if (callsProgram(model, plain)) return "call";
  if (kind === "return" || /^return\b/u.test(plain)) return "return";
  if (assigns(plain)) return "assignment";
  if (/^[\p{L}_][\p{L}\p{N}_.]*\s*\(.*\)$/u.test(plain.trim())) return "call";
  return "other";
}

/** Whether the code calls a function or class the program defines (`f(`, `Point(`). */
function callsProgram(model: ProgramModel, code: string): boolean {
  const names = new Set(Object.values(model.blocks).flatMap((block) => block.callNames));
  for (const match of code.matchAll(/(?<![\p{L}\p{N}_.])([\p{L}_][\p{L}\p{N}_]*)\s*\(/gu)) {
    if (match[1] && names.has(match[1])) return true;
  }
  return false;
}

/** A `=` outside brackets that is no comparison (`==`, `<=`, `!=`, …) nor `:=`: `x = 1`, `n += 1`. */
function assigns(code: string): boolean {
  let depth = 0;
  for (let i = 0; i < code.length; i += 1) {
    const char = code[i];
    if (char === "(" || char === "[" || char === "{") depth += 1;
    else if (char === ")" || char === "]" || char === "}") depth -= 1;
    else if (char === "=" && depth === 0) {
      const before = code[i - 1] ?? "";
      const after = code[i + 1] ?? "";
      if (after === "=") {
        i += 1;
        continue;
      }
      const shift = code.slice(i - 2, i) === "<<" || code.slice(i - 2, i) === ">>";
      if (!"=!<>:".includes(before) || shift) return true;
    }
  }
  return false;
}
