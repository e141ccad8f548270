/**
 * The bug library: misconceptions about how Python runs, each named only when the submitted
 * line is exactly what that misconception produces (the previous value kept, the `if` body
 * run although its condition was False, …), so a diagnosis is evidence, never a guess.
 */
import { phrasesFor } from "../phrases";
import type { Diagnosis, Locale } from "../types";
import { canonical, type JsonValue } from "./json-value";
import { differByOne } from "./integer-text";
import type { PythonProblem } from "./problem";
import { bodyStart, falseBranch, fallThrough, isInside, loopExit, nextClause } from "./flow";
import { pythonPhrases } from "./phrases";
import { END, type ProgramModel, type Statement } from "./program";
import type { StateContext } from "./steps";

/** Every bug, in the order the library lists them; their texts are in phrases.ts. */
export const BUG_IDS = [
  "stale-value",
  "off-by-one",
  "loop-exit-missed",
  "loop-ended-early",
  "branch-mistaken",
  "scope-confusion",
  "return-value-misplaced",
  "call-stepped-over",
  "definition-run",
  "return-ignored",
  "exception-missed",
] as const;

export type BugId = (typeof BUG_IDS)[number];

function libraryIn(locale: Locale): Record<BugId, Diagnosis> {
  const { bugs } = pythonPhrases[locale];
  return Object.fromEntries(BUG_IDS.map((id) => [id, { id, ...bugs[id] }])) as Record<BugId, Diagnosis>;
}

const libraries: Record<Locale, Record<BugId, Diagnosis>> = { en: libraryIn("en"), ja: libraryIn("ja") };

/** The bug library in English. */
export const pythonBugs: Record<BugId, Diagnosis> = libraries.en;

/** The bug library in `locale` (English for an unknown one). */
export function pythonBugsIn(locale?: Locale): Record<BugId, Diagnosis> {
  return phrasesFor(libraries, locale);
}

function bug(id: BugId, locale?: Locale): Diagnosis {
  return pythonBugsIn(locale)[id];
}

function statementAt(model: ProgramModel, line: number): Statement | undefined {
  const id = model.statementAt[line];
  return id === undefined || id < 0 ? undefined : model.statements[id];
}

/** The lines of an if's other branches: its false target and everything in its later clauses. */
function otherBranch(model: ProgramModel, test: Statement, line: number): boolean {
  if (line === falseBranch(model, test)) return true;
  for (let clause = nextClause(model, test); clause; clause = nextClause(model, clause)) {
    if (clause.line === line || isInside(model, line, clause)) return true;
  }
  return false;
}

/**
 * Diagnoses a wrong `line:` entry: step `stepIndex` ran, and the student's text is the
 * program's line(s) `typed` (empty when it is no line of the program).
 */
export function diagnoseLine(problem: PythonProblem, stepIndex: number, typed: number[], locale?: Locale): Diagnosis | null {
  const { model } = problem;
  const step = problem.steps.steps[stepIndex];
  const previous = problem.steps.steps[stepIndex - 1];
  if (!step || typed.length === 0) return null;
  const wrote = (line: number) => line !== END && typed.includes(line);
  const move = step.move;
  const at = (id: number | null) => (id === null ? undefined : model.statements[id]);
  switch (move.kind) {
    case "loop-back":
    case "loop-exit": {
      const loop = at(move.loop);
      return loop && wrote(bodyStart(model, loop)) ? bug("loop-exit-missed", locale) : null;
    }
    case "break": {
      const loop = at(move.loop);
      return loop && (wrote(loop.line) || wrote(bodyStart(model, loop))) ? bug("loop-exit-missed", locale) : null;
    }
    case "loop-body": {
      const loop = at(move.loop);
      return loop && wrote(loopExit(model, loop)) ? bug("loop-ended-early", locale) : null;
    }
    case "if-false": {
      const test = at(move.test);
      return test && typed.some((line) => isInside(model, line, test)) ? bug("branch-mistaken", locale) : null;
    }
    case "if-true": {
      const test = at(move.test);
      return test && typed.some((line) => otherBranch(model, test, line)) ? bug("branch-mistaken", locale) : null;
    }
    case "call": {
      const caller = previous ? statementAt(model, previous.line) : undefined;
      return caller?.successors.some(wrote) ? bug("call-stepped-over", locale) : null;
    }
    case "next": {
      const definition = previous ? statementAt(model, previous.line) : undefined;
      return definition?.kind === "def" && typed.some((line) => isInside(model, line, definition)) ? bug("definition-run", locale) : null;
    }
    case "return": {
      const returned = previous ? statementAt(model, previous.line) : undefined;
      return returned?.kind === "return" && wrote(fallThrough(model, returned)) ? bug("return-ignored", locale) : null;
    }
    default:
      return null;
  }
}

/** A state's variables by name, each by its canonical text (json-value.ts). */
export function canonicalVars(vars: Array<[string, JsonValue]>): Map<string, string> {
  return new Map(vars.map(([name, value]) => [name, canonical(value)]));
}

const INT = /^-?[0-9]+$/;

function offByOne(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || !INT.test(a) || !INT.test(b)) return false;
  // Not BigInt: reading a 10,000-digit int costs it quadratic time (integer-text.ts).
  return differByOne(a, b);
}

/**
 * Diagnoses a wrong state: `typed` and `expected` map names to canonical values. Checked
 * most specific first: what a return or a frame change explains beats a stale value, and a
 * stale value (which is often one less, too) beats off-by-one.
 */
export function diagnoseState(
  problem: PythonProblem,
  context: StateContext,
  typed: Map<string, string>,
  expected: Map<string, string>,
  locale?: Locale,
): Diagnosis | null {
  const names = new Set([...expected.keys(), ...typed.keys()]);
  const wrong = [...names].filter((name) => typed.get(name) !== expected.get(name));
  if (wrong.length === 0) return null;
  const vars = (entry: number | null) => canonicalVars(entry === null ? [] : (problem.entries[entry]?.vars ?? []));
  const missing = (name: string) => !typed.has(name);
  const extraFrom = (other: Map<string, string>) => (name: string) =>
    typed.has(name) && !expected.has(name) && other.get(name) === typed.get(name);

  if (context.move.kind === "return") {
    const before = vars(context.previous);
    const leftover = extraFrom(vars(context.callee));
    const resultLost = wrong.some((name) => missing(name) && expected.get(name) !== before.get(name));
    if ((resultLost || wrong.some(leftover)) && wrong.every((name) => leftover(name) || missing(name))) {
      return bug("return-value-misplaced", locale);
    }
  }
  if (context.block !== null) {
    const fromModule = extraFrom(vars(context.module));
    const fromCaller = extraFrom(vars(context.caller));
    const foreign = (name: string) => fromModule(name) || fromCaller(name);
    if (wrong.some(foreign) && wrong.every((name) => foreign(name) || missing(name))) return bug("scope-confusion", locale);
  }
  if (context.previous !== null && context.move.kind !== "call") {
    const before = vars(context.previous);
    if (wrong.every((name) => typed.get(name) === before.get(name))) return bug("stale-value", locale);
  }
  if (wrong.every((name) => offByOne(typed.get(name), expected.get(name)))) return bug("off-by-one", locale);
  return null;
}

/** A `line:` or `state:` written where the program stops with an exception. */
export function diagnoseMissedException(locale?: Locale): Diagnosis {
  return bug("exception-missed", locale);
}
