/**
 * Reading a stored reference trace (FORMATS.md §3) into its entries, checking the shape the
 * tracer guarantees: `state:` and `line:` alternating from a `state:`, ending with the final
 * `state:` or with `exception:` right after a `line:`. A stored trace that breaks this was
 * damaged, and a problem built on it could not be judged fairly, so it is refused.
 */
import type { Parsed } from "../types";
import { readJson } from "./json-parse";
import type { JsonValue } from "./json-value";

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

export function readTrace(trace: string): Parsed<TraceEntry[]> {
  const texts = trace.split("\n");
  const entries: TraceEntry[] = [];
  for (const [index, text] of texts.entries()) {
    const role = roleOf(text);
    const where = `Line ${index + 1} of the trace`;
    const expected: TraceRole = index % 2 === 0 ? "state" : "line";
    const last = index === texts.length - 1;
    if (role === null) return { ok: false, error: `${where} starts with none of \`state: \`, \`line: \`, \`exception: \`.` };
    if (role === "exception" && !(last && expected === "state")) {
      return { ok: false, error: `${where} is an \`exception:\` line, which may only end the trace after a \`line:\` line.` };
    }
    if (role !== "exception" && role !== expected) {
      return { ok: false, error: `${where} should be a \`${expected}:\` line: the trace alternates, starting with \`state:\`.` };
    }
    if (last && role === "line") return { ok: false, error: "The trace ends with a `line:` line; it must end with the final state." };
    const body = text.slice(PREFIXES[role].length);
    let vars: Array<[string, JsonValue]> = [];
    if (role === "state") {
      const read = readJson(body);
      if (!read.ok) return { ok: false, error: `${where} is not a valid state: ${read.error}` };
      if (read.value.kind !== "object") return { ok: false, error: `${where} is not a valid state: it is not an object.` };
      vars = read.value.entries;
    }
    entries.push({ index, role, text, body, vars });
  }
  return { ok: true, value: entries };
}
