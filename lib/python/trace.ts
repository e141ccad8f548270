// Public API: the FORMATS.md §3 execution trace of an untrusted Python program,
// computed by CPython (Pyodide) in a sandboxed child process.
import { env } from "../env";
import { failure, type TraceResult } from "./errors";
import { ChildPool } from "./pool";
import { ensureSnapshot } from "./snapshot";

export { TRACE_ERROR_KINDS, type TraceError, type TraceErrorKind, type TraceResult } from "./errors";

export const MAX_PROGRAM_CHARS = 20_000;
export const DEFAULT_STEP_LIMIT = 1000;
export const DEFAULT_TIMEOUT_MS = 5000;
// 1,000 steps of a few kB of variables each; beyond this a trace is of no use
// to a reader and only costs memory (error kind "memory").
export const MAX_TRACE_CHARS = 8_000_000;
const MAX_TIMEOUT_MS = 60_000;

export interface TraceOptions {
  /** Line events kept before StepLimitExceeded (default 1000). */
  stepLimit?: number;
  /** Wall-clock limit for running the program, start-up not included (default 5000). */
  timeoutMs?: number;
  /** Aborting kills the child; the result then has error kind "aborted". */
  signal?: AbortSignal;
}

let pool: ChildPool | undefined;

/** PYTHON_TRACER_POOL_SIZE, checked with every other variable in lib/env-schema.ts. */
function poolSize(): number {
  return env.PYTHON_TRACER_POOL_SIZE;
}

function checkOptions(options: TraceOptions): { stepLimit: number; timeoutMs: number } {
  const { stepLimit = DEFAULT_STEP_LIMIT, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  if (!Number.isInteger(stepLimit) || stepLimit < 0) throw new RangeError("stepLimit must be a non-negative integer");
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new RangeError(`timeoutMs must be in (0, ${MAX_TIMEOUT_MS}]`);
  }
  return { stepLimit, timeoutMs };
}

/**
 * Traces `program`. Resolves with a TraceResult for every outcome of the
 * program (see errors.ts); throws only for invalid arguments.
 */
export async function tracePython(program: string, options: TraceOptions = {}): Promise<TraceResult> {
  if (typeof program !== "string") throw new TypeError("program must be a string");
  const { stepLimit, timeoutMs } = checkOptions(options);
  const { signal } = options;
  if (program.length > MAX_PROGRAM_CHARS) {
    return failure("too-long", `The program is ${program.length.toLocaleString("en")} characters long; the limit is ${MAX_PROGRAM_CHARS.toLocaleString("en")}`);
  }
  if (signal?.aborted) return failure("aborted", "The trace was aborted by the caller");
  pool ??= new ChildPool(poolSize(), ensureSnapshot);
  let child;
  try {
    child = await pool.acquire(signal);
  } catch (error) {
    if (signal?.aborted) return failure("aborted", "The trace was aborted by the caller");
    return failure("sandbox", `The Python sandbox is unavailable: ${(error as Error).message}`);
  }
  return child.run({ program, stepLimit, maxChars: MAX_TRACE_CHARS, timeoutMs, signal });
}

/** Starts the warm pool now instead of on the first trace; resolves once it is full. */
export function warmTracer(): Promise<void> {
  pool ??= new ChildPool(poolSize(), ensureSnapshot);
  return pool.whenFull();
}

/** Kills the pool's children; a later trace starts a new pool. */
export async function shutdownTracer(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.shutdown();
}
