/**
 * Sentences about control flow, shared by the judge's messages and the hints, so that both
 * give the same reason for the same step ("the condition `d < 0` is False, so its body is
 * skipped").
 */
import { capText } from "../text";
import type { PythonProblem } from "./problem";
import type { Statement } from "./program";
import type { Move, Step } from "./steps";

/** Code quoted in a sentence: capped, so a long line does not swamp the message. */
export function quote(code: string): string {
  return `\`${capText(code, 60)}\``;
}

/** `n > 0` of `while n > 0:`, `ch` … of `for ch in text:`: the header without keyword and colon. */
export function condition(statement: Statement): string {
  return statement.code.replace(/^(?:async\s+)?(?:if|elif|while|for)\b\s*/u, "").replace(/:\s*$/u, "");
}

function statement(problem: PythonProblem, id: number | null): Statement | undefined {
  return id === null ? undefined : problem.model.statements[id];
}

/** The name of the code a frame runs: `` `f` ``, `` the class body of `P` ``, or "the module". */
export function blockName(problem: PythonProblem, block: number | null): string {
  const info = block === null ? undefined : problem.model.blocks[block];
  if (!info) return block === null ? "the module" : "the function";
  return info.kind === "class" ? `the class body of \`${info.name}\`` : `\`${info.name}\``;
}

/** The previous step's line text, or null at the start. */
export function previousLine(problem: PythonProblem, step: Step): string | null {
  const entry = problem.entries[step.entry - 2];
  return entry?.role === "line" ? entry.body : null;
}

/**
 * Why control reached `step`'s line, as a clause that can follow "Correct: " or stand in a
 * hint; null when nothing more can be said than "the next statement runs".
 */
export function reason(problem: PythonProblem, step: Step): string | null {
  const move: Move = step.move;
  switch (move.kind) {
    case "start":
      return "the program starts with its first line";
    case "loop-body":
    case "loop-exit":
    case "loop-back":
      return loopReason(move.kind, statement(problem, move.loop));
    case "if-true":
    case "if-false": {
      const test = statement(problem, move.test);
      if (!test) return null;
      return move.kind === "if-true"
        ? `the condition ${quote(condition(test))} is True, so its body runs`
        : `the condition ${quote(condition(test))} is False, so its body is skipped`;
    }
    case "break":
      return "`break` leaves the loop at once";
    case "continue":
      return "`continue` goes straight back to the loop header";
    case "call":
      return callReason(problem, move.block);
    case "return": {
      const name = blockName(problem, move.fromBlock);
      const last = previousLine(problem, step);
      if (last !== null && /^return\b/u.test(last)) return `${quote(last)} ends ${name}, so control goes back to where it was called`;
      return `${name} has no more lines to run, so control goes back to where it was called`;
    }
    case "next":
      return definitionReason(problem, step);
    default:
      return null;
  }
}

/** The statement of the step before `step`, if it is known. */
function previousStatement(problem: PythonProblem, step: Step): Statement | undefined {
  const before = problem.steps.steps[(step.entry - 1) / 2 - 1];
  const id = before ? problem.model.statementAt[before.line] : undefined;
  return id === undefined || id < 0 ? undefined : problem.model.statements[id];
}

/** After a `def` line only the name is defined; the body waits for a call. */
function definitionReason(problem: PythonProblem, step: Step): string | null {
  const header = previousStatement(problem, step);
  if (header?.kind !== "def") return null;
  const name = problem.model.blocks[header.id]?.name ?? "";
  return `${quote(header.code)} only defines \`${name}\`; its body runs when it is called`;
}

function loopReason(kind: "loop-body" | "loop-exit" | "loop-back", loop: Statement | undefined): string | null {
  if (!loop) return null;
  if (kind === "loop-back") return `the loop body is done, so the header ${quote(loop.code)} runs again`;
  if (loop.kind === "while") {
    const test = quote(condition(loop));
    return kind === "loop-body" ? `the condition ${test} is True, so the loop body runs` : `the condition ${test} is False, so the loop ends`;
  }
  return kind === "loop-body"
    ? `the loop ${quote(loop.code)} has another item, so its body runs`
    : `the loop ${quote(loop.code)} has no more items, so it ends`;
}

function callReason(problem: PythonProblem, block: number | null): string | null {
  const info = block === null ? undefined : problem.model.blocks[block];
  if (!info) return null;
  if (info.kind === "class") return `the \`class ${info.name}\` statement runs the class body, in a frame of its own`;
  const maker = info.callNames.find((name) => name !== info.name);
  if (maker) return `creating a \`${maker}\` calls \`${info.name}\`, so its body runs in a new frame`;
  return `\`${info.name}\` is called, so its body runs in a new frame`;
}

/**
 * A clause of this file's prose with a capital first letter. Only for clauses that start
 * with a word of ours: a variable or code (in backquotes) keeps its case.
 */
export function upperFirst(clause: string): string {
  return clause.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** "A sentence." from one of this file's clauses. */
export function sentence(clause: string): string {
  const text = upperFirst(clause);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
