/**
 * Sentences about control flow, shared by the judge's messages and the hints, so that both
 * give the same reason for the same step ("the condition `d < 0` is False, so its body is
 * skipped"). The words are in phrases.ts; every function here takes the phrasebook to use.
 */
import { capText } from "../text";
import type { PythonPhrases } from "./phrases";
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
export function blockName(problem: PythonProblem, block: number | null, say: PythonPhrases): string {
  const info = block === null ? undefined : problem.model.blocks[block];
  if (!info) return block === null ? say.module : say.function;
  return info.kind === "class" ? say.classBody(info.name) : say.functionNamed(info.name);
}

/** The previous step's line text, or null at the start. */
export function previousLine(problem: PythonProblem, step: Step): string | null {
  const entry = problem.entries[step.entry - 2];
  return entry?.role === "line" ? entry.body : null;
}

/**
 * Why control reached `step`'s line, as a clause (phrases.ts) that can follow "Correct: " or
 * stand in a hint; null when nothing more can be said than "the next statement runs".
 */
export function reason(problem: PythonProblem, step: Step, say: PythonPhrases): string | null {
  const move: Move = step.move;
  switch (move.kind) {
    case "start":
      return say.start;
    case "loop-body":
    case "loop-exit":
    case "loop-back":
      return loopReason(move.kind, statement(problem, move.loop), say);
    case "if-true":
    case "if-false": {
      const test = statement(problem, move.test);
      if (!test) return null;
      return move.kind === "if-true" ? say.ifTrue(quote(condition(test))) : say.ifFalse(quote(condition(test)));
    }
    case "break":
      return say.breaks;
    case "continue":
      return say.continues;
    case "call":
      return callReason(problem, move.block, say);
    case "return": {
      const name = blockName(problem, move.fromBlock, say);
      const last = previousLine(problem, step);
      if (last !== null && /^return\b/u.test(last)) return say.returnEnds(quote(last), name);
      return say.returnEnd(name);
    }
    case "next":
      return definitionReason(problem, step, say);
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
function definitionReason(problem: PythonProblem, step: Step, say: PythonPhrases): string | null {
  const header = previousStatement(problem, step);
  if (header?.kind !== "def") return null;
  const name = problem.model.blocks[header.id]?.name ?? "";
  return say.definition(quote(header.code), name);
}

function loopReason(kind: "loop-body" | "loop-exit" | "loop-back", loop: Statement | undefined, say: PythonPhrases): string | null {
  if (!loop) return null;
  if (kind === "loop-back") return say.loopBack(quote(loop.code));
  if (loop.kind === "while") {
    const test = quote(condition(loop));
    return kind === "loop-body" ? say.whileBody(test) : say.whileExit(test);
  }
  return kind === "loop-body" ? say.forBody(quote(loop.code)) : say.forExit(quote(loop.code));
}

function callReason(problem: PythonProblem, block: number | null, say: PythonPhrases): string | null {
  const info = block === null ? undefined : problem.model.blocks[block];
  if (!info) return null;
  if (info.kind === "class") return say.classCall(info.name);
  const maker = info.callNames.find((name) => name !== info.name);
  if (maker) return say.makerCall(maker, info.name);
  return say.call(info.name);
}
