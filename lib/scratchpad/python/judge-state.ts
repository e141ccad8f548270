/**
 * Judging a `state:` entry: the typed JSON object against the reference state, variable by
 * variable. Values are compared by their canonical text (json-value.ts): key order is free,
 * content is exact (`1` is not `1.0`, `"a"` is not `"a "`).
 */
import { field, type Judgement } from "../judging";
import { capText } from "../text";
import type { FieldVerdict } from "../types";
import { canonicalVars, diagnoseState } from "./bugs";
import type { Judging } from "./judge";
import { readJson } from "./json-parse";
import { canonical, encode, type JsonValue } from "./json-value";
import type { PythonPhrases } from "./phrases";
import type { PythonProblem } from "./problem";
import type { StateContext } from "./steps";
import type { TraceEntry } from "./trace-text";
import { typedText, wrongPrefix, type TypedLine } from "./read-typed";

/**
 * The field for the state as a whole: for a line that could not be read as a state, and for
 * a state with no variables. (Otherwise each variable has its own field, by its name.)
 */
const STATE_FIELD = "state";

/** Values quoted in a message: short enough to read, the full ones are in the fields. */
const SHOWN = 40;
/** At most this many variables are named in one message; the fields list them all. */
const NAMED = 3;
const NAME_MAX = 200;

/** Plain, as FORMATS.md writes values ("i should be 1, not 0"); strings keep their quotes. */
function shown(value: JsonValue): string {
  return capText(encode(value), SHOWN);
}

function stateContext(problem: PythonProblem, entry: TraceEntry): StateContext | undefined {
  return problem.steps.states.find((context) => context.entry === entry.index);
}

function unreadable(entry: TraceEntry, typed: TypedLine, sentence: string): Judgement {
  return {
    // Never right, even when the text after a missing prefix is the state itself.
    fields: { [STATE_FIELD]: { ...field(typed.rest, entry.body), ok: false } },
    normalized: typedText(typed),
    sentence,
    diagnosis: null,
  };
}

export function judgeState(problem: PythonProblem, entry: TraceEntry, typed: TypedLine, { say, locale }: Judging): Judgement {
  if (typed.role !== "state") {
    const judgement = unreadable(entry, typed, wrongPrefix("state", typed.role, say));
    return typed.role === null ? judgement : { ...judgement, fields: { [STATE_FIELD]: field(null, entry.body) } };
  }
  const read = readJson(typed.rest, locale);
  if (!read.ok) return unreadable(entry, typed, say.stateNotJson(read.error));
  if (read.value.kind !== "object") return unreadable(entry, typed, say.stateNotObject);
  const got = new Map(read.value.entries);
  const expected = new Map(entry.vars);
  const fields: Array<[string, FieldVerdict]> = [];
  const sentences: string[] = [];
  const context = stateContext(problem, entry);
  // A state with no variables still gets a field, so no verdict is right for want of fields.
  if (entry.vars.length === 0) {
    fields.push([STATE_FIELD, { ...field(encode(read.value), entry.body), ok: read.value.entries.length === 0 }]);
  }
  for (const [name, value] of entry.vars) {
    const typedValue = got.get(name);
    const ok = typedValue !== undefined && canonical(typedValue) === canonical(value);
    const text = encode(value);
    fields.push([name, { ...field(ok ? text : typedValue ? encode(typedValue) : null, text), ok }]);
    if (typedValue === undefined) sentences.push(say.varMissing(name));
    else if (!ok) sentences.push(say.varWrong(name, shown(value), shown(typedValue)));
  }
  for (const [name, value] of read.value.entries) {
    if (expected.has(name)) continue;
    // The name is the student's text: capped like every other echo of it (judging.ts).
    fields.push([capText(name, NAME_MAX), field(encode(value), "")]);
    sentences.push(extraSentence(problem, context, name, say));
  }
  const wrong = sentences.length;
  const diagnosis =
    wrong > 0 && context
      ? diagnoseState(problem, context, canonicalVars(read.value.entries), canonicalVars(entry.vars), locale)
      : null;
  return {
    // Object.fromEntries, not assignment: a variable named `__proto__` stays a plain field.
    fields: Object.fromEntries(fields),
    normalized: `state: ${encode(read.value)}`,
    sentence: wrong === 0 ? "" : say.stateWrong(sentences.slice(0, NAMED), Math.max(0, wrong - NAMED)),
    diagnosis,
  };
}

/** Why a variable does not belong in this state, as precisely as the trace tells. */
function extraSentence(problem: PythonProblem, context: StateContext | undefined, name: string, say: PythonPhrases): string {
  const has = (entry: number | null) => entry !== null && (problem.entries[entry]?.vars ?? []).some(([n]) => n === name);
  const code = capText(name, SHOWN);
  if (!context) return say.varNone(code);
  if (context.move.kind === "return" && has(context.callee)) return say.varReturned(code);
  if (context.block !== null && (has(context.caller) || has(context.module))) return say.varOtherFrame(code);
  if (has(context.previous)) return say.varGone(code);
  const later = problem.steps.states.some((other) => other.frame === context.frame && other.entry > context.entry && has(other.entry));
  if (later) return say.varNotYet(code);
  return say.varNone(code);
}
