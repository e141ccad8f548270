// A child's reply, read line by line as it arrives. The child ran the untrusted
// program, so nothing it says is taken on trust: steps and characters are
// counted here, and a reply over either limit is refused at the line that
// passes it (the caller then kills the child), whatever the child claims.
//
// Protocol (child.mjs, tracer.py), one JSON value per line after the ready line:
//   "state: {...}\nline: TEXT"                      one per step, as made
//   {"last": "state: {...}" | "exception: ..." | "", "error": null | {kind, message, line?}}
// `last` "" means no trace (syntax, forbidden, memory, ...): steps sent before are dropped.
import { failure, parseChildError, stepLimitMessage, traceCapMessage, type TraceResult } from "./errors";

const MALFORMED = "the Python sandbox sent a malformed result";

export class TraceReply {
  private readonly entries: string[] = [];
  private chars = 0;

  constructor(
    private readonly stepLimit: number,
    private readonly maxChars: number,
  ) {}

  /** Reads one line; returns the result once the reply is whole or refused. */
  read(line: string): TraceResult | undefined {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return failure("sandbox", MALFORMED);
    }
    if (typeof value === "string") return this.step(value);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return this.end(value as Record<string, unknown>);
    return failure("sandbox", MALFORMED);
  }

  private step(entry: string): TraceResult | undefined {
    const newline = entry.indexOf("\n");
    if (!entry.startsWith("state: ") || newline < 0 || !entry.startsWith("line: ", newline + 1) || entry.indexOf("\n", newline + 1) >= 0) {
      return failure("sandbox", MALFORMED);
    }
    this.entries.push(entry);
    this.chars += entry.length + 1;
    if (this.entries.length > this.stepLimit) return failure("step-limit", stepLimitMessage(this.stepLimit));
    if (this.chars > this.maxChars) return failure("memory", traceCapMessage(this.maxChars));
    return undefined;
  }

  private end({ last, error: claimed }: Record<string, unknown>): TraceResult {
    const error = parseChildError(claimed);
    if (typeof last !== "string" || error === undefined) return failure("sandbox", MALFORMED);
    if (last === "") return error ? { trace: "", steps: 0, error } : failure("sandbox", MALFORMED);
    const ending = last.startsWith("state: ") ? error === null : last.startsWith("exception: ") && error !== null;
    if (!ending || last.includes("\n")) return failure("sandbox", MALFORMED);
    if (this.chars + last.length > this.maxChars || (error?.message.length ?? 0) > this.maxChars) {
      return failure("memory", traceCapMessage(this.maxChars));
    }
    return { trace: [...this.entries, last].join("\n"), steps: this.entries.length, error };
  }
}
