/**
 * A Python-tracing problem: a program and its stored reference trace (FORMATS.md §3).
 *
 * The trace cannot be computed here: the tracer runs untrusted code in a sandbox (lib/python)
 * and this module stays pure, so a problem is rebuilt from what was stored with it
 * (`fromStored`), and `parseInput` only checks the program and says so.
 */
import { phrasesFor } from "../phrases";
import type { Locale, Parsed } from "../types";
import { pythonPhrases, type PythonPhrases } from "./phrases";
import { buildProgram, type ProgramModel } from "./program";
import { traceSteps, type TraceSteps } from "./steps";
import { readTrace, type TraceEntry } from "./trace-text";

export interface PythonProblem {
  program: string;
  /** The reference trace, exactly as the tracer wrote it. */
  trace: string;
  /** Derived in fromStored: the trace's entries, the program's shape, and what each step did. */
  entries: TraceEntry[];
  model: ProgramModel;
  steps: TraceSteps;
}

/** The tracer's own limits (lib/python/trace.ts), repeated because this module may not import it. */
export const MAX_PROGRAM_CHARS = 20_000;
export const MAX_TRACE_CHARS = 8_000_000;

function checkProgram(program: unknown, say: PythonPhrases): Parsed<string> {
  if (typeof program !== "string" || program.trim() === "") return { ok: false, error: say.programEmpty };
  if (program.length > MAX_PROGRAM_CHARS) return { ok: false, error: say.programTooLong(program.length, MAX_PROGRAM_CHARS) };
  return { ok: true, value: program };
}

/**
 * Always refuses, with the reason: a Python problem needs its reference trace, which only
 * the sandboxed tracer can make. A program that could not be traced anyway (empty, too
 * long) is refused with that reason instead, so the caller learns it before tracing. The
 * reason is in `locale` (default English).
 */
export function parseInput(input: string, locale?: Locale): Parsed<PythonProblem> {
  const say = phrasesFor(pythonPhrases, locale);
  const program = checkProgram(input, say);
  if (!program.ok) return program;
  return { ok: false, error: say.needsTrace };
}

/**
 * Rebuilds a problem from its program and stored trace; refuses a trace that does not fit the
 * program, saying why in `locale` (default English).
 */
export function fromStored(input: string, target: string, locale?: Locale): Parsed<PythonProblem> {
  const say = phrasesFor(pythonPhrases, locale);
  const program = checkProgram(input, say);
  if (!program.ok) return program;
  if (typeof target !== "string" || target === "") return { ok: false, error: say.traceEmpty };
  if (target.length > MAX_TRACE_CHARS) return { ok: false, error: say.traceTooLong };
  const entries = readTrace(target, locale);
  if (!entries.ok) return entries;
  const model = buildProgram(input);
  const known = new Set(model.lines.slice(1));
  const stray = entries.value.find((entry) => entry.role === "line" && !known.has(entry.body));
  if (stray) return { ok: false, error: say.traceStray(stray.index + 1, stray.text.slice(0, 80)) };
  return {
    ok: true,
    value: { program: input, trace: target, entries: entries.value, model, steps: traceSteps(model, entries.value) },
  };
}

/** The program is the problem's input text, exactly. */
export function formatInput(problem: PythonProblem): string {
  return problem.program;
}
