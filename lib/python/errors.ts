// How a trace can fail. Every failure reaches the caller as a TraceResult.
//
// - syntax:     the program does not compile (no trace)
// - runtime:    an uncaught exception; the trace ends with `exception: TYPE: MESSAGE`
// - step-limit: more line events than the limit; the trace ends with StepLimitExceeded
// - timeout:    the wall-clock limit passed; the child was killed (no trace)
// - memory:     MemoryError in Python (trace ends with it), the interpreter or
//               Node heap out of memory, or a trace too long to keep (no trace)
// - forbidden:  the program tried a walled-off operation (no trace)
// - too-long:   the program text is over the input limit; nothing was run
// - aborted:    the caller's AbortSignal fired; the child was killed
// - sandbox:    the sandbox itself failed (could not start, crashed, bad reply)
export const TRACE_ERROR_KINDS = [
  "syntax",
  "timeout",
  "memory",
  "step-limit",
  "forbidden",
  "runtime",
  "sandbox",
  "too-long",
  "aborted",
] as const;

export type TraceErrorKind = (typeof TRACE_ERROR_KINDS)[number];

export interface TraceError {
  kind: TraceErrorKind;
  message: string;
  line?: number;
}

export interface TraceResult {
  trace: string;
  steps: number;
  error: TraceError | null;
}

export function failure(kind: TraceErrorKind, message: string): TraceResult {
  return { trace: "", steps: 0, error: { kind, message } };
}

function isTraceError(value: unknown): value is TraceError {
  if (typeof value !== "object" || value === null) return false;
  const error = value as Record<string, unknown>;
  return (
    (TRACE_ERROR_KINDS as readonly unknown[]).includes(error.kind) &&
    typeof error.message === "string" &&
    (error.line === undefined || Number.isInteger(error.line))
  );
}

/** The child's reply is untrusted (the program ran in that process): accept only the exact shape. */
export function parseChildResult(text: string): TraceResult | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { trace, steps, error } = value as Record<string, unknown>;
  if (typeof trace !== "string" || !Number.isInteger(steps) || (steps as number) < 0) return null;
  if (error !== null && !isTraceError(error)) return null;
  const result: TraceResult = { trace, steps: steps as number, error: null };
  if (error) {
    result.error = { kind: error.kind, message: error.message };
    if (error.line !== undefined) result.error.line = error.line;
  }
  return result;
}
