/**
 * The skills each entry of a Python trace (FORMATS.md §3) exercises. Pure. The program line
 * behind each step and how control got there come from the trace's reconstruction
 * (steps.ts); like the explanations, a wrong guess there can misplace evidence, never change
 * whether a line is right.
 *
 * A `line:` entry says which line runs next, so it exercises the control flow that decided
 * it (the step's move):
 * - into a function (`call`) → `python.call`; back to the caller (`return`) →
 *   `python.return`;
 * - into a loop's body, out of it, back to its header, `break`, `continue` → `python.loop`;
 * - into or past an `if`/`elif` body → `python.condition`, plus the value operations the
 *   condition performs (`if ch in "aeiou":` is a string operation whose result shows here);
 * - the next module line after a `def`/`class` (its body is skipped) → `python.definition`;
 * - otherwise (the first line, the line below) none: nothing had to be decided.
 * A `state:` entry says what the statement just run did:
 * - the first state (`{}`) exercises none: it is the same for every program;
 * - the first state of a call (the parameters) → `python.call`; the caller's state after a
 *   frame ends → `python.return`, plus the operations of a `return` expression other than a
 *   bare name (`return word[n - 1]` indexes a string);
 * - after an assignment → `python.assignment`; after a loop header (its variable moves on)
 *   → `python.loop`; after a `def`/`class` → `python.definition`; after a condition or
 *   another statement nothing of its own (a condition changes no variable);
 * - plus the value operations of the statement.
 * An `exception:` entry exercises none of these skills.
 *
 * Value operations: a statement operates on strings (`python.string`), lists or tuples
 * (`python.list`) or dicts (`python.dict`) when its code names a variable holding such a
 * value in the frame's state before or after it, or writes such a literal (`"…"`, `[…]`,
 * `{…: …}`), or calls `str`/`list`/`dict` and the like. A `def`, a statement that calls the
 * program's own function (it only passes values on; the call is the skill there) and a
 * bare `return name` operate on nothing.
 */
import type { JsonValue } from "./json-value";
import type { PythonProblem } from "./problem";
import type { ProgramModel, Statement } from "./program";
import { codeOnly, segments } from "./source-text";
import type { Move, StateContext, Step } from "./steps";
import { classifyStatement } from "../step-types";

/** In difficulty order, easiest first. */
export const PYTHON_SKILLS = [
  "python.definition",
  "python.assignment",
  "python.call",
  "python.return",
  "python.condition",
  "python.loop",
  "python.string",
  "python.list",
  "python.dict",
] as const;

export type PythonSkillId = (typeof PYTHON_SKILLS)[number];

type ValueSkill = "python.string" | "python.list" | "python.dict";

interface Reconstruction {
  steps: Map<number, Step>;
  states: Map<number, StateContext>;
}

const RECONSTRUCTIONS = new WeakMap<PythonProblem, Reconstruction>();

function reconstruction(problem: PythonProblem): Reconstruction {
  let found = RECONSTRUCTIONS.get(problem);
  if (!found) {
    found = {
      steps: new Map((problem.steps?.steps ?? []).map((step) => [step.entry, step])),
      states: new Map((problem.steps?.states ?? []).map((state) => [state.entry, state])),
    };
    RECONSTRUCTIONS.set(problem, found);
  }
  return found;
}

/** The skills reference line `index` of `problem` exercises (see the module comment). */
export function pythonLineSkills(problem: PythonProblem, index: number): PythonSkillId[] {
  const entry = problem.entries[index];
  if (!entry || entry.role === "exception") return [];
  const { steps, states } = reconstruction(problem);
  if (entry.role === "line") {
    const step = steps.get(index);
    return step ? lineEntrySkills(problem, step) : [];
  }
  if (index === 0) return [];
  const ran = statementOfStep(problem, steps.get(index - 1));
  const context = states.get(index);
  return unique(stateEntrySkills(problem, index, ran, context?.move.kind));
}

function lineEntrySkills(problem: PythonProblem, step: Step): PythonSkillId[] {
  const move: Move = step.move;
  switch (move.kind) {
    case "call":
      return ["python.call"];
    case "return":
      return ["python.return"];
    case "loop-body":
    case "loop-exit":
    case "loop-back":
    case "break":
    case "continue":
      return ["python.loop"];
    case "if-true":
    case "if-false": {
      const test = problem.model.statements[move.test];
      // The condition ran in the state just before this entry.
      const ops = test ? valueSkills(problem, test.code, [step.entry - 1]) : [];
      return unique(["python.condition", ...ops]);
    }
    case "next": {
      const before = statementOfStep(problem, reconstruction(problem).steps.get(step.entry - 2));
      return before && (before.kind === "def" || before.kind === "class") ? ["python.definition"] : [];
    }
    default:
      return [];
  }
}

function stateEntrySkills(problem: PythonProblem, index: number, ran: Statement | undefined, move: Move["kind"] | undefined): PythonSkillId[] {
  if (!ran) return [];
  const code = ran.code;
  if (move === "call") return ["python.call"];
  if (move === "return") {
    const bare = /^return(?:\s+[\p{L}_][\p{L}\p{N}_]*)?$/u.test(code.trim());
    return ["python.return", ...(bare || callsProgram(problem.model, code) ? [] : valueSkills(problem, code, [index - 2]))];
  }
  const skills: PythonSkillId[] = [];
  const cls = classifyStatement(problem.model, ran);
  if (cls === "assignment") skills.push("python.assignment");
  else if (cls === "loop") skills.push("python.loop");
  else if (cls === "definition") return ["python.definition"];
  // A condition changes no variable; its operations show in the next `line:` entry.
  else if (cls === "condition") return [];
  if (callsProgram(problem.model, code)) return skills;
  // The state before the statement (index - 2) and after it (index) are of one frame here.
  return [...skills, ...valueSkills(problem, code, [index - 2, index])];
}

/** The program statement a step ran, or undefined when the reconstruction could not place it. */
function statementOfStep(problem: PythonProblem, step: Step | undefined): Statement | undefined {
  if (!step) return undefined;
  const model = problem.model;
  const body = problem.entries[step.entry]?.body ?? "";
  const line = step.line > 0 ? step.line : model.lines.indexOf(body, 1);
  const id = line > 0 ? model.statementAt[line] : undefined;
  return id === undefined || id < 0 ? undefined : model.statements[id];
}

const OPAQUE = /^<(?:callable_object|class|module|object) [^>]*>$/u;

function valueSkillOf(value: JsonValue): ValueSkill | null {
  if (value.kind === "string") return OPAQUE.test(value.value) ? null : "python.string";
  if (value.kind === "array") return "python.list";
  if (value.kind === "object") return "python.dict";
  return null;
}

/** Builtins and methods that belong to one type only (`.index`, `.pop` belong to several). */
const BUILTINS: Array<[RegExp, ValueSkill]> = [
  [/(?<![\p{L}\p{N}_.])(?:str|chr|ord)\s*\(|\.(?:join|upper|lower|strip|replace|startswith|endswith|format|isdigit|isalpha)\s*\(/u, "python.string"],
  [/(?<![\p{L}\p{N}_.])(?:list|tuple|sorted)\s*\(|\.(?:append|extend|insert|sort)\s*\(/u, "python.list"],
  [/(?<![\p{L}\p{N}_.])dict\s*\(|\.(?:items|keys|values|setdefault)\s*\(/u, "python.dict"],
];

/** See the module comment: literals, builtins, and the values of the variables the code names. */
function valueSkills(problem: PythonProblem, code: string, stateEntries: number[]): ValueSkill[] {
  const found = new Set<ValueSkill>();
  const parts = segments(codeOnly(code));
  // A dict key (`{"tea": 3}`) is no string operation; the dict literal counts instead.
  const strings = parts.filter((part, i) => part.kind === "string" && !/^\s*:/u.test(parts[i + 1]?.text ?? ""));
  if (strings.length > 0) found.add("python.string");
  const plain = parts.filter((part) => part.kind === "code").map((part) => part.text).join(' "" ');
  // A `[` right after a name, `)` or `]` is a subscript; anywhere else it opens a list.
  if (/(?:^|[^\p{L}\p{N}_)\]])\[/u.test(plain)) found.add("python.list");
  if (/\{\s*\}|\{[^{}]*:/u.test(plain)) found.add("python.dict");
  for (const [pattern, skill] of BUILTINS) if (pattern.test(plain)) found.add(skill);
  const names = operandNames(plain);
  for (const entry of stateEntries) {
    for (const [name, value] of problem.entries[entry]?.vars ?? []) {
      const skill = names.has(name) ? valueSkillOf(value) : null;
      if (skill) found.add(skill);
    }
  }
  return (["python.string", "python.list", "python.dict"] as const).filter((skill) => found.has(skill));
}

/**
 * The names the code operates on: every variable name outside subscripts. A name used only
 * as an index or key (`prices[item]`) is not operated on; the subscripted value is.
 */
function operandNames(plain: string): Set<string> {
  const names = new Set<string>();
  let subscripts = 0;
  const open: boolean[] = [];
  const word = /[\p{L}\p{N}_]/u;
  for (let i = 0; i < plain.length; i += 1) {
    const char = plain[i] ?? "";
    if ("([{".includes(char)) {
      const subscript = char === "[" && /[\p{L}\p{N}_)\]]/u.test(plain[i - 1] ?? "");
      open.push(subscript);
      if (subscript) subscripts += 1;
    } else if (")]}".includes(char)) {
      if (open.pop()) subscripts -= 1;
    } else if (/[\p{L}_]/u.test(char) && !word.test(plain[i - 1] ?? "") && plain[i - 1] !== ".") {
      let end = i + 1;
      while (end < plain.length && word.test(plain[end] ?? "")) end += 1;
      if (subscripts === 0) names.add(plain.slice(i, end));
      i = end - 1;
    }
  }
  return names;
}

/** Whether the code calls a function or class the program defines (`f(`, `Point(`). */
function callsProgram(model: ProgramModel, code: string): boolean {
  const names = new Set(Object.values(model.blocks).flatMap((block) => block.callNames));
  const plain = segments(code)
    .filter((segment) => segment.kind === "code")
    .map((segment) => segment.text)
    .join(' "" ');
  for (const match of plain.matchAll(/(?<![\p{L}\p{N}_.])([\p{L}_][\p{L}\p{N}_]*)\s*\(/gu)) {
    if (match[1] && names.has(match[1])) return true;
  }
  return false;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
