/**
 * Session logs as files for instructors and researchers: an event CSV (for spreadsheets),
 * a DataShop-style transaction table (for learning-curve tools) and pseudonymous JSON Lines
 * (for analysis code). Pure: each function takes the sessions and returns the whole file as
 * a string; serving it (headers, encoding to UTF-8 bytes) is the route handlers' business.
 * No Next.js or database imports here; node:crypto only for the pseudonyms.
 *
 * Decisions a reader of these files needs to know:
 *
 * - Line numbers are 1-based positions in the problem's reference target (the full
 *   scratchpad text, `<scratch>` included), i.e. a log event's `lineIndex + 1`. A spot
 *   pick of "all correct" has no line number.
 * - Events are written in `seq` order within a session; sessions in the order given.
 *
 * CSV (`eventsCsv`), RFC 4180: CRLF between records (and after the last), a field is quoted
 * when it contains `,` `"` CR or LF, quotes doubled. The file starts with a UTF-8 byte-order
 * mark so that spreadsheets read non-ASCII names (e.g. Japanese) correctly; pass
 * `{ bom: false }` to leave it out (Python's csv: open with encoding="utf-8-sig").
 * One column beyond the brief's list, `variant`, comes last: in Compare mode the model's
 * scratchpad answer and its direct answer are otherwise indistinguishable.
 * `model_id` is the event's own model (Compare's direct answer comes from a partner model),
 * else the session's.
 *
 * Formula injection (every tabular file: the CSV and DataShop; spreadsheet-cells.ts):
 * spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, tab or CR as a formula. In
 * every text column (all but the CSV's seq, time, line_number, ok and hint_level and
 * DataShop's Time, Attempt At Step and Help Level, which the app writes as numbers, booleans
 * and times) a cell gets a leading apostrophe `'` when it starts with
 *   - `=`, `+`, `@`, tab, CR or LF (or their full-width forms `＝＋－＠`, defensively), or
 *   - `'` itself (so that the rule can be undone without ambiguity), or
 *   - `-`, unless it is `-` alone, a number (`-20`, `-2.5`), or a scratchpad line with its
 *     colon made only of ASCII letters, digits, spaces and `. , : * / ^ % + - #`.
 * So the scratchpad's own lines such as `-5*x: -20` or `-x**2: -16` stay exactly as written
 * (they cannot call a function or reach another program: no parentheses, `|`, `!`, quotes
 * or `&`), while `-2+3+cmd|' /C calc'!A0`, `-SUM(1,2)` or a sum such as `-1+2` (which a
 * spreadsheet would show as `1`) are defused.
 * To undo: in a text column, drop one leading `'` wherever a cell starts with `'`.
 *
 * DataShop (`datashopTransactions`): tab-separated, LF line ends, header first. One row per
 * student transaction: each line the student wrote, each hint shown, and (Spot the error)
 * the student's pick. Model lines and lines the app planted are not the student's
 * transactions and are left out (the CSV and JSONL keep them). Text cells are defused as in
 * the CSV (above), then every tab and line break inside a value (LF, CR, and VT, FF, FS, GS,
 * RS, NEL, LS, PS, which Python's `splitlines` also splits at) becomes a space, so no value
 * can add a column or a row. `Anon Student Id` is the same pseudonym as in the JSONL.
 * `Time` is UTC. `Attempt At Step` counts the student's transactions on that step so far in
 * the session, hints included.
 *
 * JSONL (`researchJsonl`): one object per session and line, LF-terminated. Pseudonymous: the
 * student appears only as `student`, the first 12 hex digits of sha256(student id); names,
 * class, assignment and problem ids are left out (line texts are what students typed and
 * are kept as typed, formulas included: JSON is no table, and code reads it). Beyond the
 * brief's fields: `student`, each line's `role`, and each model line's `model_id`.
 */
import { createHash } from "node:crypto";
import type { LogEvent } from "../practice/log-event";
import { loadStoredProblem } from "../practice/stored-problem";
import { spotAnswer } from "../practice/transcript";
import { csvCell, tsvCell } from "./spreadsheet-cells";
import type { ReviewSession } from "./types";

export { defuseFormula } from "./spreadsheet-cells";

/** A student's stable pseudonym: the first 12 hex digits of sha256 of their id. */
export function studentPseudonym(studentId: string): string {
  return createHash("sha256").update(studentId, "utf8").digest("hex").slice(0, 12);
}

// ---------------------------------------------------------------------------------------
// Shared helpers

type Problem = ReviewSession["problem"];

/** The role of each reference line of each problem, computed once per export. */
function roleLookup(): (problem: Problem, lineIndex: number) => string | null {
  const cache = new Map<string, string[] | null>();
  return (problem, lineIndex) => {
    const key = `${problem.kind}\u0000${problem.input}\u0000${problem.target}`;
    let roles = cache.get(key);
    if (roles === undefined) {
      roles = referenceRoles(problem);
      cache.set(key, roles);
    }
    return roles?.[lineIndex] ?? null;
  };
}

function referenceRoles(problem: Problem): string[] | null {
  try {
    const loaded = loadStoredProblem(problem);
    if (!loaded.ok) return null;
    const roles: string[] = [];
    for (const line of loaded.task.referenceLines(loaded.value)) roles[line.index] = line.role;
    return roles;
  } catch {
    // An export must not fail because one stored problem no longer loads.
    return null;
  }
}

function bySeq(events: LogEvent[]): LogEvent[] {
  return [...events].sort((a, b) => a.seq - b.seq);
}

/** 1-based line number of an event, or null (a spot pick of "all correct"). */
function lineNumber(event: LogEvent): number | null {
  return event.lineIndex >= 0 ? event.lineIndex + 1 : null;
}

// ---------------------------------------------------------------------------------------
// 1. Event CSV

export const EVENTS_CSV_COLUMNS = [
  "session_id",
  "student_id",
  "student_name",
  "class_id",
  "assignment_id",
  "problem_id",
  "kind",
  "problem_input",
  "mode",
  "model_id",
  "seq",
  "time",
  "actor",
  "type",
  "line_number",
  "step_role",
  "text",
  "ok",
  "expected",
  "message",
  "diagnosis_id",
  "hint_level",
  "variant",
] as const;

/** Columns written as the app's own numbers, booleans and times: never escaped. */
const RAW_CSV_COLUMNS: ReadonlySet<string> = new Set(["seq", "time", "line_number", "ok", "hint_level"]);

type CsvRow = Record<(typeof EVENTS_CSV_COLUMNS)[number], string | number | boolean | null>;

export function eventsCsv(sessions: ReviewSession[], { bom = true }: { bom?: boolean } = {}): string {
  const roleOf = roleLookup();
  const records: string[] = [EVENTS_CSV_COLUMNS.join(",")];
  for (const session of sessions) {
    for (const event of bySeq(session.events)) {
      const line = lineNumber(event);
      const row: CsvRow = {
        session_id: session.id,
        student_id: session.student.id,
        student_name: session.student.name,
        class_id: session.classId,
        assignment_id: session.assignment?.id ?? null,
        problem_id: session.problem.id,
        kind: session.problem.kind,
        problem_input: session.problem.input,
        mode: session.mode,
        model_id: event.modelId ?? session.modelId,
        seq: event.seq,
        time: event.createdAt,
        actor: event.actor,
        type: event.type,
        line_number: line,
        step_role: line === null ? null : roleOf(session.problem, event.lineIndex),
        text: event.text,
        ok: event.ok,
        expected: event.verdict?.expected ?? null,
        message: event.verdict?.message ?? null,
        diagnosis_id: event.diagnosisId ?? event.verdict?.diagnosis?.id ?? null,
        hint_level: event.hintLevel,
        variant: event.variant,
      };
      records.push(EVENTS_CSV_COLUMNS.map((column) => csvCell(row[column], RAW_CSV_COLUMNS.has(column))).join(","));
    }
  }
  return `${bom ? "\uFEFF" : ""}${records.join("\r\n")}\r\n`;
}

// ---------------------------------------------------------------------------------------
// 2. DataShop transactions

export const DATASHOP_COLUMNS = [
  "Anon Student Id",
  "Session Id",
  "Time",
  "Problem Name",
  "Step Name",
  "Attempt At Step",
  "Outcome",
  "Selection",
  "Action",
  "Input",
  "Feedback Text",
  "Feedback Classification",
  "Help Level",
  "KC (Skill)",
  "Level (Class)",
] as const;

/** Columns written as the app's own numbers and times: never escaped. */
const RAW_DATASHOP_COLUMNS: ReadonlySet<string> = new Set(["Time", "Attempt At Step", "Help Level"]);

/** DataShop's time format, `YYYY-MM-DD HH:mm:ss.SSS`, in UTC (unparseable times as given). */
export function datashopTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().replace("T", " ").replace(/Z$/, "");
}

/** `addition: 2 9 + 5 7`; a Python program by its title (else its id). */
export function problemName(problem: Problem): string {
  if (problem.kind === "python") return `python: ${problem.title ?? problem.id}`;
  return `${problem.kind}: ${problem.input}`;
}

const SPOT_STEP = "spot the error";

export function datashopTransactions(sessions: ReviewSession[]): string {
  const roleOf = roleLookup();
  const rows: string[] = [DATASHOP_COLUMNS.join("\t")];
  for (const session of sessions) {
    const student = studentPseudonym(session.student.id);
    const problem = problemName(session.problem);
    const attempts = new Map<string, number>();
    for (const event of bySeq(session.events)) {
      if (event.actor !== "student") continue;
      const role = event.type === "spot" ? "spot" : roleOf(session.problem, event.lineIndex);
      const step = event.type === "spot" ? SPOT_STEP : `line ${event.lineIndex + 1}${role ? `: ${role}` : ""}`;
      const attempt = (attempts.get(step) ?? 0) + 1;
      attempts.set(step, attempt);
      const hint = event.type === "hint";
      const values: Record<(typeof DATASHOP_COLUMNS)[number], string | number | null> = {
        "Anon Student Id": student,
        "Session Id": session.id,
        Time: datashopTime(event.createdAt),
        "Problem Name": problem,
        "Step Name": step,
        "Attempt At Step": attempt,
        Outcome: hint ? "HINT" : event.ok ? "CORRECT" : "INCORRECT",
        Selection: step,
        Action: hint ? "request hint" : event.type === "spot" ? "pick first wrong line" : "write line",
        Input: hint ? "" : event.text,
        "Feedback Text": hint ? event.text : (event.verdict?.message ?? null),
        "Feedback Classification": event.diagnosisId ?? event.verdict?.diagnosis?.id ?? null,
        "Help Level": hint ? event.hintLevel : null,
        "KC (Skill)": role ? `${session.problem.kind}:${role}` : null,
        "Level (Class)": session.classId,
      };
      rows.push(DATASHOP_COLUMNS.map((column) => tsvCell(values[column], RAW_DATASHOP_COLUMNS.has(column))).join("\t"));
    }
  }
  return `${rows.join("\n")}\n`;
}

// ---------------------------------------------------------------------------------------
// 3. Research JSON Lines

export type ResearchRecord = {
  session_id: string;
  student: string;
  kind: string;
  input: string;
  target: string;
  mode: string;
  model_id: string | null;
  student_lines: Array<{ line_number: number; role: string | null; text: string; ok: boolean | null; diagnosis_id: string | null; time: string }>;
  model_lines: Array<{
    line_number: number;
    role: string | null;
    text: string;
    ok: boolean | null;
    variant: string | null;
    actor: "model" | "app";
    model_id: string | null;
  }>;
  hints: Array<{ line_number: number; level: number | null; time: string }>;
  spot: { pick_line_number: number | null; correct: boolean } | null;
  solved: boolean;
};

export function researchRecord(session: ReviewSession, roleOf = roleLookup()): ResearchRecord {
  const events = bySeq(session.events);
  const record: ResearchRecord = {
    session_id: session.id,
    student: studentPseudonym(session.student.id),
    kind: session.problem.kind,
    input: session.problem.input,
    target: session.problem.target,
    mode: session.mode,
    model_id: session.modelId,
    student_lines: [],
    model_lines: [],
    hints: [],
    spot: null,
    solved: session.status === "solved",
  };
  for (const event of events) {
    const line_number = event.lineIndex + 1;
    const role = roleOf(session.problem, event.lineIndex);
    if (event.type === "hint") {
      record.hints.push({ line_number, level: event.hintLevel, time: event.createdAt });
    } else if (event.type === "line" && event.actor === "student") {
      record.student_lines.push({
        line_number,
        role,
        text: event.text,
        ok: event.ok,
        diagnosis_id: event.diagnosisId ?? event.verdict?.diagnosis?.id ?? null,
        time: event.createdAt,
      });
    } else if (event.type === "line") {
      record.model_lines.push({
        line_number,
        role,
        text: event.text,
        ok: event.ok,
        variant: event.variant,
        actor: event.actor === "app" ? "app" : "model",
        model_id: event.modelId,
      });
    }
  }
  const spot = spotAnswer(events);
  if (spot) record.spot = { pick_line_number: spot.pick >= 0 ? spot.pick + 1 : null, correct: spot.correct };
  return record;
}

export function researchJsonl(sessions: ReviewSession[]): string {
  const roleOf = roleLookup();
  return sessions.map((session) => `${JSON.stringify(researchRecord(session, roleOf))}\n`).join("");
}
