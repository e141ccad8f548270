/**
 * Reading a stored reference trace (FORMATS.md §3) into its entries, checking the shape the
 * tracer guarantees: `state:` and `line:` alternating from a `state:`, ending with the final
 * `state:` or with `exception:` right after a `line:`. A stored trace that breaks this was
 * damaged, and a problem built on it could not be judged fairly, so it is refused.
 */
import { phrasesFor } from "../phrases";
import type { Locale, Parsed } from "../types";
import { readJson } from "./json-parse";
import type { JsonValue } from "./json-value";
import { pythonPhrases } from "./phrases";

export type TraceRole = "state" | "line" | "exception";

export interface TraceEntry {
  /** 0-based index into the trace's lines. */
  index: number;
  role: TraceRole;
  /** The whole line, exactly as stored. */
  text: string;
  /** What follows the prefix (`state: `, `line: `, `exception: `). */
  body: string;
  /** A state's variables in the trace's order (empty for other roles). */
  vars: Array<[string, JsonValue]>;
}

export const PREFIXES: Record<TraceRole, string> = { state: "state: ", line: "line: ", exception: "exception: " };

function roleOf(line: string): TraceRole | null {
  for (const role of ["state", "line", "exception"] as const) {
    if (line.startsWith(PREFIXES[role])) return role;
  }
  return null;
}

/** The trace's entries, or why it cannot be read, in `locale` (default English). */
export function readTrace(trace: string, locale?: Locale): Parsed<TraceEntry[]> {
  const say = phrasesFor(pythonPhrases, locale);
  const texts = trace.split("\n");
  const entries: TraceEntry[] = [];
  for (const [index, text] of texts.entries()) {
    const role = roleOf(text);
    const expected: TraceRole = index % 2 === 0 ? "state" : "line";
    const last = index === texts.length - 1;
    if (role === null) return { ok: false, error: say.traceNoPrefix(index + 1) };
    if (role === "exception" && !(last && expected === "state")) {
      return { ok: false, error: say.traceException(index + 1) };
    }
    if (role !== "exception" && role !== expected) {
      return { ok: false, error: say.traceAlternate(index + 1, expected) };
    }
    if (last && role === "line") return { ok: false, error: say.traceEndsWithLine };
    const body = text.slice(PREFIXES[role].length);
    let vars: Array<[string, JsonValue]> = [];
    if (role === "state") {
      const read = readJson(body, locale);
      if (!read.ok) return { ok: false, error: say.traceBadState(index + 1, read.error) };
      if (read.value.kind !== "object") return { ok: false, error: say.traceNotObject(index + 1) };
      vars = read.value.entries;
    }
    entries.push({ index, role, text, body, vars });
  }
  return { ok: true, value: entries };
}
