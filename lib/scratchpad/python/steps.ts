/**
 * What happened between the entries of a reference trace: which program line each `line:`
 * is, which frame (function call) each state belongs to, and how control got there (the
 * loop went round, the `if` was false, a function was called or returned).
 *
 * The trace has line texts, not line numbers or frames, so this reconstructs them from the
 * program's shape (program.ts) and the states (a call's first state holds its parameters).
 * It only feeds explanations, hints and bug diagnoses; whether a line is right is decided
 * by the reference text alone, so a wrong guess here can cost a good explanation, never a
 * right answer.
 */
import { enclosingLoop, isInside } from "./flow";
import { END, type Block, type ProgramModel, type Statement } from "./program";
import { codeOnly, segments } from "./source-text";
import type { TraceEntry } from "./trace-text";

export type Move =
  | { kind: "start" }
  | { kind: "next" }
  | { kind: "end" }
  | { kind: "loop-body" | "loop-exit" | "loop-back"; loop: number }
  | { kind: "if-true" | "if-false"; test: number }
  | { kind: "break" | "continue"; loop: number | null }
  /** A call into `block` (null: a frame whose code could not be placed). */
  | { kind: "call"; block: number | null }
  /** Back in this frame after the frame `from` (of block `fromBlock`) ended. */
  | { kind: "return"; fromBlock: number | null; from: number };

export interface Step {
  /** Trace entry index of the `line:` entry. */
  entry: number;
  /** Physical program line (1-based), or 0 when the text is not found in the program. */
  line: number;
  frame: number;
  /** The def/class statement id of the frame's code; null for the module. */
  block: number | null;
  move: Move;
}

export interface StateContext {
  entry: number;
  frame: number;
  block: number | null;
  /** How control reached this state's frame (the move of the step that follows the state). */
  move: Move;
  /** The previous state of the same frame (entry index), if any. */
  previous: number | null;
  /** The latest state of the frame that called this one, if this is a function's frame. */
  caller: number | null;
  /** For a return: the last state of the frame that returned. */
  callee: number | null;
  /** The latest state of the module frame before this one. */
  module: number | null;
}

export interface TraceSteps {
  steps: Step[];
  states: StateContext[];
}

interface Frame {
  id: number;
  block: number | null;
  line: number;
  lastState: number | null;
}

interface Candidate {
  line: number;
  block: number | null;
  entry: boolean;
}

type Decision =
  | { score: number; kind: "same"; candidate: Candidate }
  | { score: number; kind: "call"; candidate: Candidate; depth: number }
  | { score: number; kind: "return"; candidate: Candidate; depth: number };

function statementAt(model: ProgramModel, line: number): Statement | undefined {
  const id = model.statementAt[line];
  return id === undefined || id < 0 ? undefined : model.statements[id];
}

function candidates(model: ProgramModel, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let line = 1; line < model.lines.length; line += 1) {
    if (model.lines[line] !== text) continue;
    const statement = statementAt(model, line);
    const block = statement?.block ?? null;
    const entry = block !== null && model.blocks[block]?.entry === line;
    out.push({ line, block, entry });
    // A class body's first event is on the `class` line itself, in the class's own frame.
    if (statement?.kind === "class" && statement.line === line) out.push({ line, block: statement.id, entry: true });
  }
  return out;
}

function mayEnd(model: ProgramModel, line: number): boolean {
  return statementAt(model, line)?.successors.includes(END) ?? false;
}

function follows(model: ProgramModel, from: number, to: number): boolean {
  const statement = statementAt(model, from);
  if (!statement) return false;
  return statement.successors.includes(to) || (to !== from && statementAt(model, to) === statement);
}

/** Whether the code of `line` starts `block`: names it in a call, or is the class statement. */
function calls(model: ProgramModel, line: number, block: Block | undefined): boolean {
  if (!block) return false;
  if (block.kind === "class") return model.statements[block.id]?.line === line;
  const code = segments(codeOnly(model.lines[line] ?? ""))
    .filter((segment) => segment.kind === "code")
    .map((segment) => segment.text)
    .join(" ");
  // Names are identifiers (program.ts reads them so), safe inside a pattern; an empty one never calls.
  return block.callNames.some((name) => name !== "" && new RegExp(`(?<![\\p{L}\\p{N}_])${name}\\s*\\(`, "u").test(code));
}

/** A call's first state holds its parameters first (a closure's free variables follow them). */
function callShape(block: Block | undefined, keys: string[]): boolean {
  if (!block) return false;
  const first = new Set(keys.slice(0, block.params.length));
  return keys.length >= block.params.length && block.params.every((name) => first.has(name));
}

function decide(model: ProgramModel, stack: Frame[], candidate: Candidate, keys: string[]): Decision | null {
  const top = stack.at(-1) as Frame;
  const block = candidate.block === null ? undefined : model.blocks[candidate.block];
  const isCall = candidate.entry && callShape(block, keys);
  if (candidate.block === top.block && follows(model, top.line, candidate.line) && !(isCall && calls(model, top.line, block))) {
    return { score: 3, kind: "same", candidate };
  }
  if (isCall) {
    // Frames whose line can end them and that do not make this call have returned already.
    let depth = stack.length - 1;
    while (depth > 0 && mayEnd(model, stack[depth]?.line ?? 0) && !calls(model, stack[depth]?.line ?? 0, block)) depth -= 1;
    const caller = stack[depth] as Frame;
    const named = calls(model, caller.line, block);
    if (named || caller.block !== candidate.block) return { score: named ? 2.5 : 1.5, kind: "call", candidate, depth };
  }
  for (let depth = stack.length - 2; depth >= 0; depth -= 1) {
    const frame = stack[depth] as Frame;
    if (frame.block !== candidate.block) continue;
    return { score: follows(model, frame.line, candidate.line) ? 2 : 1, kind: "return", candidate, depth };
  }
  if (candidate.block === top.block) return { score: 0.5, kind: "same", candidate };
  return { score: 0, kind: "call", candidate, depth: stack.length - 1 };
}

/** How control went from `from` to `to` within one frame. */
function sameFrameMove(model: ProgramModel, from: number, to: number): Move {
  const source = statementAt(model, from);
  const target = statementAt(model, to);
  if (!source || !target || source === target) return { kind: "next" };
  if ((source.kind === "for" || source.kind === "while") && source.opensBody) {
    return { kind: isInside(model, to, source) ? "loop-body" : "loop-exit", loop: source.id };
  }
  if (source.kind === "if" || source.kind === "elif") {
    return { kind: isInside(model, to, source) ? "if-true" : "if-false", test: source.id };
  }
  if (source.kind === "break" || source.kind === "continue") {
    return { kind: source.kind, loop: enclosingLoop(model, source)?.id ?? null };
  }
  if ((target.kind === "for" || target.kind === "while") && target.line === to && isInside(model, from, target)) {
    return { kind: "loop-back", loop: target.id };
  }
  return { kind: "next" };
}

export function traceSteps(model: ProgramModel, entries: TraceEntry[]): TraceSteps {
  const steps: Step[] = [];
  const states: StateContext[] = [];
  const stack: Frame[] = [{ id: 0, block: null, line: 0, lastState: null }];
  const lastStateOf = new Map<number, number>();
  let nextFrame = 1;

  const recordState = (entry: number, move: Move, callee: number | null) => {
    const frame = stack.at(-1) as Frame;
    const below = stack.at(-2);
    states.push({
      entry,
      frame: frame.id,
      block: frame.block,
      move,
      previous: frame.lastState,
      caller: below ? below.lastState : null,
      callee,
      module: stack[0]?.lastState ?? null,
    });
    frame.lastState = entry;
    lastStateOf.set(frame.id, entry);
  };

  for (const entry of entries) {
    if (entry.role !== "line") continue;
    const stateEntry = entry.index - 1;
    const keys = (entries[stateEntry]?.vars ?? []).map(([name]) => name);
    const top = stack.at(-1) as Frame;
    const decisions = candidates(model, entry.body)
      .map((candidate) => decide(model, stack, candidate, keys))
      .filter((decision): decision is Decision => decision !== null)
      .sort((a, b) => b.score - a.score || distance(top.line, a.candidate.line) - distance(top.line, b.candidate.line));
    const best = steps.length === 0 ? decisions.find((d) => d.candidate.block === null) : decisions[0];
    let move: Move;
    let callee: number | null = null;
    if (!best) {
      move = { kind: steps.length === 0 ? "start" : "next" };
    } else if (steps.length === 0) {
      move = { kind: "start" };
      top.line = best.candidate.line;
    } else if (best.kind === "same") {
      move = sameFrameMove(model, top.line, best.candidate.line);
      top.line = best.candidate.line;
    } else if (best.kind === "call") {
      stack.length = best.depth + 1;
      stack.push({ id: nextFrame++, block: best.candidate.block, line: best.candidate.line, lastState: null });
      move = { kind: "call", block: best.candidate.block };
    } else {
      move = { kind: "return", fromBlock: top.block, from: top.id };
      callee = lastStateOf.get(top.id) ?? null;
      stack.length = best.depth + 1;
      (stack.at(-1) as Frame).line = best.candidate.line;
    }
    const current = stack.at(-1) as Frame;
    recordState(stateEntry, move, callee);
    steps.push({ entry: entry.index, line: best?.candidate.line ?? 0, frame: current.id, block: current.block, move });
  }

  const last = entries.at(-1);
  if (last?.role === "state" && last.index > 0) {
    const top = stack.at(-1) as Frame;
    const finished = top.id === 0;
    const move: Move = finished ? { kind: "end" } : { kind: "return", fromBlock: top.block, from: top.id };
    const callee = finished ? null : (lastStateOf.get(top.id) ?? null);
    stack.length = 1;
    recordState(last.index, move, callee);
  } else if (last?.role === "state") {
    recordState(last.index, { kind: "end" }, null);
  }
  return { steps, states };
}

/** How far forward `to` is from `from` in the text, wrapping around: the nearer the likelier. */
function distance(from: number, to: number): number {
  return to > from ? to - from : 100_000 + to;
}
