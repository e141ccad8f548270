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

export interface StepType {
  id: string;
  label: string;
}

export type PythonStatementClass = "definition" | "loop" | "condition" | "call" | "return" | "assignment" | "other";

/** Each class with how labels name it: after "state after", and in "next line (…)". */
const PYTHON_CLASSES: Array<[PythonStatementClass, string, string]> = [
  ["definition", "a definition", "def or class"],
  ["loop", "a loop header", "loop header"],
  ["condition", "a condition", "if or elif"],
  ["call", "a call", "call"],
  ["return", "a return", "return"],
  ["assignment", "an assignment", "assignment"],
  ["other", "another statement", "other statement"],
];

/** Every step type, in the order charts and tables list them. */
export const STEP_TYPES: readonly StepType[] = [
  { id: "addition.start", label: "Addition: start line" },
  { id: "addition.column.no-carry", label: "Addition: column, no carry" },
  { id: "addition.column.carry-out", label: "Addition: column making a carry" },
  { id: "addition.column.carry-in", label: "Addition: column with a carry in" },
  { id: "addition.column.carry-in-out", label: "Addition: column with a carry in and out" },
  { id: "addition.final", label: "Addition: final carry and digits" },
  { id: "addition.answer", label: "Addition: answer" },
  { id: "polynomial.term.constant", label: "Polynomial: constant term" },
  { id: "polynomial.term.linear", label: "Polynomial: x term" },
  { id: "polynomial.term.square", label: "Polynomial: x**2 term" },
  { id: "polynomial.term.cube", label: "Polynomial: x**3 term" },
  { id: "polynomial.answer", label: "Polynomial: answer" },
  { id: "python.state.start", label: "Python: first state" },
  ...PYTHON_CLASSES.map(([cls, , name]) => ({ id: `python.line.${cls}`, label: `Python: next line (${name})` })),
  ...PYTHON_CLASSES.map(([cls, after]) => ({ id: `python.state.${cls}`, label: `Python: state after ${after}` })),
  { id: "python.exception", label: "Python: exception" },
];

const BY_ID = new Map(STEP_TYPES.map((type, order) => [type.id, { ...type, order }]));

/** The step type with this id (a copy), or null for an id this module does not know. */
export function stepTypeById(id: string): StepType | null {
  const type = BY_ID.get(id);
  return type ? { id: type.id, label: type.label } : null;
}

/** Position of `id` in STEP_TYPES, for sorting; unknown ids go last. */
export function stepTypeOrder(id: string): number {
  return BY_ID.get(id)?.order ?? STEP_TYPES.length;
}

/** The kind of step reference line `index` of `problem` is, or null (structural, unknown). */
export function stepType(kind: string, problem: unknown, index: number): StepType | null {
  if (!Number.isInteger(index) || index < 0 || typeof problem !== "object" || problem === null) return null;
  try {
    let id: string | null = null;
    if (kind === "addition") id = additionStep(problem as AdditionProblem, index);
    else if (kind === "polynomial") id = polynomialStep(problem as PolynomialProblem, index);
    else if (kind === "python") id = pythonStep(problem as PythonProblem, index);
    return id === null ? null : stepTypeById(id);
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
