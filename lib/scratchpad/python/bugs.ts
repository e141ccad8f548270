/**
 * The bug library: misconceptions about how Python runs, each named only when the submitted
 * line is exactly what that misconception produces (the previous value kept, the `if` body
 * run although its condition was False, …), so a diagnosis is evidence, never a guess.
 */
import type { Diagnosis } from "../types";
import { canonical, type JsonValue } from "./json-value";
import type { PythonProblem } from "./problem";
import { bodyStart, falseBranch, fallThrough, isInside, loopExit, nextClause } from "./flow";
import { END, type ProgramModel, type Statement } from "./program";
import type { StateContext } from "./steps";

const library = {
  "stale-value": {
    title: "Stale value",
    explanation:
      "The state is still as it was before the last line ran. Work out what that line creates or changes, and write each such variable with its new value.",
  },
  "off-by-one": {
    title: "Off by one",
    explanation:
      "A number is one more or one less than it should be. Check where a count starts (range(n) starts at 0 and stops before n) and whether the line that adds 1 has run yet.",
  },
  "loop-exit-missed": {
    title: "Loop exit missed",
    explanation:
      "After the last line of its body a loop always goes back to its header, and the header runs once more when the loop ends (a `for` with no items left, a `while` whose condition is False). Only then, or after a `break`, comes the line after the loop.",
  },
  "loop-ended-early": {
    title: "Loop ended early",
    explanation:
      "The loop is not finished: a `for` runs its body once for every item, a `while` as long as its condition is True. Check the items left, or the condition with the current values.",
  },
  "branch-mistaken": {
    title: "Branch mistaken",
    explanation:
      "The `if` went the other way. Work out its condition with the values in the current state: when it is True the body runs; when it is False the body is skipped and the next `elif`, the `else` body or the line after the `if` runs.",
  },
  "scope-confusion": {
    title: "Scope confusion",
    explanation:
      "Every call has a frame of its own: inside a function the state shows only that function's local variables (its parameters and what it assigns), not the module's or the caller's.",
  },
  "return-value-misplaced": {
    title: "Return value misplaced",
    explanation:
      "When a function returns, its frame and its local variables are gone; back in the caller, the returned value goes where the call was, e.g. into the variable the call is assigned to (such as `output`).",
  },
  "call-stepped-over": {
    title: "Call stepped over",
    explanation:
      "The line calls a function of the program, so the trace goes into it: the next line is the function's first line, in a new frame, and the caller goes on only after it returns.",
  },
  "definition-run": {
    title: "Body run at its definition",
    explanation:
      "A `def` line only defines the function (its name appears in the state); none of its body runs then. The body runs each time the function is called, so after `def` comes the next statement after the whole function.",
  },
  "return-ignored": {
    title: "Return ignored",
    explanation: "`return` ends the function at once: no other line of it runs, and control goes back to where it was called.",
  },
  "exception-missed": {
    title: "Exception missed",
    explanation:
      "The last line raised an exception that nothing catches, so the program stops: the trace ends with an `exception:` line (the exception's type and message) instead of another state.",
  },
} satisfies Record<string, Omit<Diagnosis, "id">>;

export type BugId = keyof typeof library;

export const pythonBugs: Record<BugId, Diagnosis> = Object.fromEntries(
  Object.entries(library).map(([id, bug]) => [id, { id, ...bug }]),
) as Record<BugId, Diagnosis>;

function bug(id: BugId): Diagnosis {
  return pythonBugs[id];
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
export function diagnoseLine(problem: PythonProblem, stepIndex: number, typed: number[]): Diagnosis | null {
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
      return loop && wrote(bodyStart(model, loop)) ? bug("loop-exit-missed") : null;
    }
    case "break": {
      const loop = at(move.loop);
      return loop && (wrote(loop.line) || wrote(bodyStart(model, loop))) ? bug("loop-exit-missed") : null;
    }
    case "loop-body": {
      const loop = at(move.loop);
      return loop && wrote(loopExit(model, loop)) ? bug("loop-ended-early") : null;
    }
    case "if-false": {
      const test = at(move.test);
      return test && typed.some((line) => isInside(model, line, test)) ? bug("branch-mistaken") : null;
    }
    case "if-true": {
      const test = at(move.test);
      return test && typed.some((line) => otherBranch(model, test, line)) ? bug("branch-mistaken") : null;
    }
    case "call": {
      const caller = previous ? statementAt(model, previous.line) : undefined;
      return caller?.successors.some(wrote) ? bug("call-stepped-over") : null;
    }
    case "next": {
      const definition = previous ? statementAt(model, previous.line) : undefined;
      return definition?.kind === "def" && typed.some((line) => isInside(model, line, definition)) ? bug("definition-run") : null;
    }
    case "return": {
      const returned = previous ? statementAt(model, previous.line) : undefined;
      return returned?.kind === "return" && wrote(fallThrough(model, returned)) ? bug("return-ignored") : null;
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
  const difference = BigInt(a) - BigInt(b);
  return difference === 1n || difference === -1n;
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
      return bug("return-value-misplaced");
    }
  }
  if (context.block !== null) {
    const fromModule = extraFrom(vars(context.module));
    const fromCaller = extraFrom(vars(context.caller));
    const foreign = (name: string) => fromModule(name) || fromCaller(name);
    if (wrong.some(foreign) && wrong.every((name) => foreign(name) || missing(name))) return bug("scope-confusion");
  }
  if (context.previous !== null && context.move.kind !== "call") {
    const before = vars(context.previous);
    if (wrong.every((name) => typed.get(name) === before.get(name))) return bug("stale-value");
  }
  if (wrong.every((name) => offByOne(typed.get(name), expected.get(name)))) return bug("off-by-one");
  return null;
}

/** A `line:` or `state:` written where the program stops with an exception. */
export function diagnoseMissedException(): Diagnosis {
  return bug("exception-missed");
}
