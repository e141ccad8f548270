/**
 * Reads the prefix of a line a person typed: `state:`, `line:` or `exception:`, with any
 * whitespace around the colon (`state:{}`, `line :  x = 1`), and what follows it.
 */
import { collapseWhitespace } from "../text";
import type { PythonPhrases } from "./phrases";
import type { TraceRole } from "./trace-text";

export interface TypedLine {
  /** The prefix written, or null when the line starts with none of them. */
  role: TraceRole | null;
  /** What follows the prefix, trimmed (the whole line, trimmed, when there is no prefix). */
  rest: string;
}

const PREFIX = /^\s*(state|line|exception)\s*:/u;

export function readTyped(line: string): TypedLine {
  const match = PREFIX.exec(line);
  if (!match) return { role: null, rest: line.trim() };
  return { role: match[1] as TraceRole, rest: line.slice(match[0].length).trim() };
}

/** The typed line as the verdict shows it: prefix and one space, or the line collapsed. */
export function typedText(typed: TypedLine): string {
  return typed.role === null ? collapseWhitespace(typed.rest) : `${typed.role}: ${typed.rest}`;
}

/** What to say when the prefix written is not the one this line needs. */
export function wrongPrefix(expected: TraceRole, typed: TraceRole | null, say: PythonPhrases): string {
  if (typed === null) return say.prefixMissing(expected);
  if (expected === "exception") return say.prefixException;
  if (typed === "exception") return say.prefixNotException(expected);
  return say.prefixWrong(expected, typed);
}
