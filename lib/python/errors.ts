// How a trace can fail. Every failure reaches the caller as a TraceResult.
//
// - syntax:     the program does not compile (no trace)
// - runtime:    an uncaught exception; the trace ends with `exception: TYPE: MESSAGE`
// - step-limit: more line events than the limit; the trace ends with StepLimitExceeded
// - timeout:    the wall-clock limit passed; the child was killed (no trace)
// - memory:     MemoryError in Python (trace ends with it), the interpreter or
//               Node heap out of memory, or a trace over the size cap, any
//               part of it (no trace)
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

/** The error part of a child's reply, which is untrusted: only the exact shape. */
export function parseChildError(value: unknown): TraceError | null | undefined {
  if (value === null) return null;
  if (typeof value !== "object") return undefined;
  const error = value as Record<string, unknown>;
  if (
    !(CHILD_ERROR_KINDS as readonly unknown[]).includes(error.kind) ||
    typeof error.message !== "string" ||
    (error.line !== undefined && !Number.isInteger(error.line))
  ) {
    return undefined;
  }
  const parsed: TraceError = { kind: error.kind as TraceErrorKind, message: error.message };
  if (error.line !== undefined) parsed.line = error.line as number;
  return parsed;
}

// The kinds a child may report; the others are decided here.
const CHILD_ERROR_KINDS: readonly TraceErrorKind[] = ["syntax", "runtime", "step-limit", "memory", "forbidden", "sandbox"];

/** The message of a trace over the size cap, whichever side finds it (tracer.py's cap_message). */
export function traceCapMessage(maxChars: number): string {
  return `Trace too large: the program's variables grow past ${maxChars / 1_000_000} MB (${maxChars.toLocaleString("en")} characters of trace)`;
}

export function stepLimitMessage(stepLimit: number): string {
  return `StepLimitExceeded: more than ${stepLimit} steps`;
}
