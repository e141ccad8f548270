import { describe, expect, it } from "vitest";
import { hintDraft, lineDraft, modelLineDraft, spotDraft, type EventDraft, type LogEvent } from "@/lib/practice/log-event";
import { deriveProgress } from "@/lib/practice/progress";
import { modelTranscript } from "@/lib/practice/transcript";
import { boardAt, buildReplay, formatOffset, MAX_REAL_WAIT_MS, playDelay, type Replay } from "@/lib/review/replay";
import type { ReviewSession } from "@/lib/review/types";
import { addition, polynomial, python, type Variant } from "@/lib/scratchpad";
import { FORMATS_PROGRAM, FORMATS_TRACE } from "./python-fixtures";

function parsed<P>(result: { ok: true; value: P } | { ok: false; error: string }): P {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const ADD = "29+57";
const addProblem = parsed(addition.parseInput(ADD));
const addRef = addition.referenceLines(addProblem);
const addStored = { id: "p-add", kind: "addition", input: ADD, target: addition.target(addProblem), title: null };
const START = Date.parse("2026-01-01T10:00:00.000Z");
const time = (seconds: number) => new Date(START + seconds * 1000).toISOString();

// Each entry: [seconds after the start, what was logged]; seq follows the order given.
function events(entries: Array<[number, EventDraft]>): LogEvent[] {
  return entries.map(([seconds, draft], i) => ({ ...draft, seq: i + 1, createdAt: time(seconds) }));
}
const judge = (index: number, text: string) => addition.judgeLine(addProblem, index, text);
const student = (index: number, text: string) => lineDraft(index, text, judge(index, text));
const model = (index: number, text: string, variant: Variant = "scratchpad") =>
  modelLineDraft(index, text, judge(index, text), { modelId: "m-small", variant });
const planted = (index: number, text: string) =>
  modelLineDraft(index, text, judge(index, text), { modelId: "m-small", variant: "scratchpad", actor: "app" });
const right = (index: number) => addRef[index]?.text ?? "";

function session(evs: LogEvent[], extra: Partial<ReviewSession> = {}): ReviewSession {
  return {
    id: "s1",
    student: { id: "u1", name: "Ana" },
    classId: "c1",
    assignment: null,
    problem: addStored,
    mode: "alone",
    modelId: null,
    status: "active",
    startedAt: time(0),
    solvedAt: null,
    events: evs,
    ...extra,
  };
}

function replayOf(s: ReviewSession): Replay {
  const replay = buildReplay(s);
  if (!replay) throw new Error("no replay");
  return replay;
}

// 29 + 57 worked alone: a right first line, a dropped carry, a hint, then the rest right.
const CARRY_DROPPED = ", 7 6 C: 0";
const aloneEvents = events([
  [4, student(1, right(1))],
  [12, student(2, right(2))],
  [30, student(3, CARRY_DROPPED)],
  [41, hintDraft(3, { level: 1, text: "A hint as it was shown, in some language." })],
  [50, student(3, right(3))],
  [58, student(4, "0  8 6")],
  [63, student(6, right(6))],
]);
const aloneSession = session(aloneEvents, { status: "solved", solvedAt: time(64) });

describe("buildReplay", () => {
  it("makes one step per event, in seq order, with times since the start and since the previous step", () => {
    const replay = replayOf(session([...aloneEvents].reverse(), { status: "solved", solvedAt: time(64) }));
    expect(replay.steps.map((step) => step.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(replay.steps.map((step) => step.at)).toEqual([4000, 12000, 30000, 41000, 50000, 58000, 63000]);
    expect(replay.steps.map((step) => step.gapMs)).toEqual([4000, 8000, 18000, 11000, 9000, 8000, 5000]);
    expect(replay.steps.map((step) => step.lineNumber)).toEqual([2, 3, 4, 4, 4, 5, 7]);
    expect(replay.steps.map((step) => step.role)).toEqual(["start", "column", "column", "column", "column", "final", "answer"]);
    expect(replay.steps.map((step) => step.type)).toEqual(["line", "line", "line", "hint", "line", "line", "line"]);
    expect(replay.steps.map((step) => step.ok)).toEqual([true, true, false, null, true, true, true]);
  });

  it("carries each line's verdict: message, expected line, diagnosis", () => {
    const replay = replayOf(aloneSession);
    const wrong = replay.steps[2];
    const verdict = judge(3, CARRY_DROPPED);
    expect(verdict.diagnosis?.id).toBe("carry-dropped");
    expect(wrong).toMatchObject({
      actor: "student",
      text: CARRY_DROPPED,
      ok: false,
      message: verdict.message,
      expected: right(3),
      diagnosis: verdict.diagnosis,
      hintLevel: null,
    });
    expect(wrong?.message).toMatch(/^Not quite/);
    expect(replay.steps[0]).toMatchObject({ ok: true, diagnosis: null, expected: right(1) });
    expect(replay.steps[0]?.message).toMatch(/^Correct/);
    // A hint is asked of the task again, so that it reads in the reviewer's language.
    expect(replay.steps[3]).toMatchObject({
      type: "hint",
      text: addition.hint(addProblem, 3, 1).text,
      hintLevel: 1,
      ok: null,
      message: null,
      expected: null,
      diagnosis: null,
      spot: null,
    });
  });

  it("words verdicts again in the reviewer's language, and keeps a stored verdict the judge no longer agrees with", () => {
    // As if logged while another language was active: the stored sentences are not the judge's English.
    const foreign = aloneEvents.map((event) =>
      event.verdict ? { ...event, verdict: { ...event.verdict, message: "stored message", diagnosis: event.verdict.diagnosis && { ...event.verdict.diagnosis, title: "stored title" } } } : event,
    );
    const replay = replayOf(session(foreign));
    const verdict = judge(3, CARRY_DROPPED);
    expect(replay.steps[2]).toMatchObject({ message: verdict.message, diagnosis: verdict.diagnosis });
    expect(replay.steps[0]?.message).toBe(judge(1, right(1)).message);
    // The log says the line was right, the judge says wrong: the log's sentences stand.
    const disputed = [{ ...foreign[2]!, ok: true, verdict: { ...foreign[2]!.verdict!, ok: true, diagnosis: null } }];
    expect(replayOf(session(disputed)).steps[0]).toMatchObject({ ok: true, message: "stored message", diagnosis: null });
  });

  it("replays a log written in English in Japanese for a Japanese reviewer", () => {
    const replay = buildReplay(aloneSession, "ja");
    const verdict = addition.judgeLine(addProblem, 3, CARRY_DROPPED, { actor: "student", locale: "ja" });
    expect(replay?.steps[2]).toMatchObject({ ok: false, message: verdict.message, diagnosis: verdict.diagnosis, expected: right(3) });
    expect(replay?.steps[2]?.message).not.toBe(judge(3, CARRY_DROPPED).message);
    expect(replay?.steps[3]?.text).toBe(addition.hint(addProblem, 3, 1, "ja").text);
    // Only the words differ.
    expect(replay?.steps.map(({ message: _m, diagnosis: _d, text: _t, ...rest }) => rest)).toEqual(
      replayOf(aloneSession).steps.map(({ message: _m, diagnosis: _d, text: _t, ...rest }) => rest),
    );
  });

  it("lists the reference trace and sums the session up", () => {
    const replay = replayOf(aloneSession);
    expect(replay.reference).toEqual(
      addRef.map((line) => ({ lineNumber: line.index + 1, text: line.text, role: line.role, structural: line.structural })),
    );
    expect(replay.summary).toEqual({ lines: 6, wrong: 1, hints: 1, durationMs: 64000, solved: true });
    expect(replay).toMatchObject({ sessionId: "s1", mode: "alone", kind: "addition", title: ADD, board: "accepted", variants: [] });
  });

  it("is plain data that survives JSON", () => {
    const replay = replayOf(aloneSession);
    expect(JSON.parse(JSON.stringify(replay))).toEqual(replay);
  });

  it("is null when the problem cannot be loaded", () => {
    expect(buildReplay(session([], { problem: { ...addStored, kind: "subtraction" } }))).toBeNull();
    expect(buildReplay(session([], { problem: { ...addStored, input: "twenty-nine" } }))).toBeNull();
    expect(buildReplay(session([], { problem: { ...addStored, kind: "python", input: "output = 1\n", target: "not a trace" } }))).toBeNull();
  });

  it("replays a session without events as zero steps", () => {
    const replay = replayOf(session([]));
    expect(replay.steps).toEqual([]);
    expect(replay.summary).toEqual({ lines: 0, wrong: 0, hints: 0, durationMs: 0, solved: false });
    // The app's `<scratch>` is on the scratchpad before anyone writes.
    expect(boardAt(replay, 0)[0]?.rows.map((row) => row.text)).toEqual(["<scratch>"]);
  });

  it("times an unsolved session to its last step, and never lets time run backwards", () => {
    const evs = events([
      [10, student(1, right(1))],
      [5, student(2, right(2))], // a clock that went backwards
      [20, student(3, right(3))],
    ]);
    evs[2] = { ...evs[2]!, createdAt: "not a time" };
    const replay = replayOf(session(evs));
    expect(replay.steps.map((step) => step.at)).toEqual([10000, 10000, 10000]);
    expect(replay.steps.map((step) => step.gapMs)).toEqual([10000, 0, 0]);
    expect(replay.summary.durationMs).toBe(10000);
    expect(replayOf(session(evs, { startedAt: "garbage" })).steps.map((step) => step.at)).toEqual([0, 0, 0]);
    // Solved, but with a solve time that cannot be read: the last step's time.
    expect(replayOf(session(evs, { status: "solved", solvedAt: "nope" })).summary).toMatchObject({ durationMs: 10000, solved: true });
  });

  it("loads a Python problem from its stored trace", () => {
    const problem = parsed(python.fromStored(FORMATS_PROGRAM, FORMATS_TRACE));
    const reference = python.referenceLines(problem);
    const first = reference.find((line) => !line.structural)!;
    const evs = events([[3, lineDraft(first.index, first.text, python.judgeLine(problem, first.index, first.text))]]);
    const replay = replayOf(
      session(evs, { problem: { id: "p-py", kind: "python", input: FORMATS_PROGRAM, target: FORMATS_TRACE, title: "remove_Occ" } }),
    );
    expect(replay.title).toBe("remove_Occ");
    expect(replay.reference).toHaveLength(reference.length);
    expect(replay.steps[0]).toMatchObject({ lineNumber: first.index + 1, role: first.role, ok: true });
  });

  it("loads a polynomial problem", () => {
    const problem = parsed(polynomial.parseInput("Evaluate 3*x**2 - 5*x + 7 at x = 4"));
    const reference = polynomial.referenceLines(problem);
    const line = reference.find((candidate) => !candidate.structural)!;
    const evs = events([[2, lineDraft(line.index, "nonsense", polynomial.judgeLine(problem, line.index, "nonsense"))]]);
    const replay = replayOf(
      session(evs, { problem: { id: "p-poly", kind: "polynomial", input: "Evaluate 3*x**2 - 5*x + 7 at x = 4", target: polynomial.target(problem), title: null } }),
    );
    expect(replay.steps[0]).toMatchObject({ ok: false, expected: line.text, lineNumber: line.index + 1 });
    expect(replay.summary).toMatchObject({ lines: 1, wrong: 1 });
  });
});

describe("boardAt", () => {
  const toRows = (rows: ReturnType<typeof deriveProgress>["rows"]) =>
    rows.map((row) => ({ lineNumber: row.index + 1, text: row.text, role: row.role, structural: row.structural, by: row.by, ok: true, replaced: null }));

  it("shows the lines accepted so far when the student works alone, as the practice page drew them", () => {
    const replay = replayOf(aloneSession);
    for (let shown = 0; shown <= aloneEvents.length; shown++) {
      const [section] = boardAt(replay, shown);
      expect(section?.variant).toBeNull();
      expect(section?.rows).toEqual(toRows(deriveProgress(addRef, aloneEvents.slice(0, shown)).rows));
    }
    expect(boardAt(replay, 0)[0]?.rows.map((row) => row.text)).toEqual(["<scratch>"]);
    // After the wrong line and the hint, line 4 is still not on the scratchpad.
    expect(boardAt(replay, 4)[0]?.rows.map((row) => row.lineNumber)).toEqual([1, 2, 3]);
    // An accepted line shows as judged (whitespace normalised); `</scratch>` comes with line 5.
    expect(boardAt(replay, 6)[0]?.rows.map((row) => row.text)).toEqual(addRef.slice(0, 6).map((line) => line.text));
    expect(boardAt(replay, 99)[0]?.rows).toHaveLength(addRef.length);
  });

  it("counts the model's right lines as accepted when taking turns", () => {
    const evs = events([
      [3, student(1, right(1))],
      [4, model(2, right(2))],
      [9, student(3, right(3))],
      [10, model(4, "0 9 6")], // wrong: the student puts it right
      [20, student(4, right(4))],
    ]);
    const replay = replayOf(session(evs, { mode: "turns", modelId: "m-small" }));
    expect(replay.board).toBe("accepted");
    for (let shown = 0; shown <= evs.length; shown++) {
      expect(boardAt(replay, shown)[0]?.rows).toEqual(toRows(deriveProgress(addRef, evs.slice(0, shown)).rows));
    }
    expect(boardAt(replay, 2)[0]?.rows.map((row) => row.by)).toEqual([null, "student", "model"]);
    expect(boardAt(replay, 4)[0]?.rows.map((row) => row.lineNumber)).toEqual([1, 2, 3, 4]);
    expect(replay.summary).toMatchObject({ lines: 5, wrong: 1 });
  });

  it("shows the model's lines so far, right or wrong, when watching", () => {
    const evs = events([
      [1, model(1, right(1))],
      [2, model(2, "2 + 5 , 5 C: 1")],
      [3, model(3, right(3))],
    ]);
    const replay = replayOf(session(evs, { mode: "watch", modelId: "m-small" }));
    expect(replay).toMatchObject({ board: "model", variants: ["scratchpad"] });
    expect(boardAt(replay, 0)).toEqual([{ variant: "scratchpad", rows: [] }]);
    const rows = boardAt(replay, 2)[0]?.rows;
    expect(rows?.map((row) => [row.lineNumber, row.text, row.ok, row.by])).toEqual([
      [2, right(1), true, "model"],
      [3, "2 + 5 , 5 C: 1", false, "model"],
    ]);
    expect(boardAt(replay, 3)[0]?.rows.map((row) => row.lineNumber)).toEqual(
      modelTranscript(evs, "scratchpad").map((line) => line.index + 1),
    );
  });

  it("shows a planted line in place of the model's in Spot the error, and explains the pick", () => {
    const evs = events([
      [1, model(1, right(1))],
      [2, model(2, right(2))],
      [2, planted(2, "2 + 5 , 7 C: 1")],
      [3, model(3, right(3))],
      [30, spotDraft(2, true)],
    ]);
    const replay = replayOf(session(evs, { mode: "spot", modelId: "m-small", status: "solved", solvedAt: time(30) }));
    const rows = boardAt(replay, 5)[0]?.rows ?? [];
    const transcript = modelTranscript(evs, "scratchpad");
    expect(rows.map((row) => [row.lineNumber, row.text, row.ok, row.by, row.replaced])).toEqual(
      transcript.map((line) => [line.index + 1, line.text, line.ok, line.actor, line.modelWrote]),
    );
    expect(rows[1]).toMatchObject({ by: "app", text: "2 + 5 , 7 C: 1", ok: false, replaced: right(2) });
    // Before the plant, the model's own line stands.
    expect(boardAt(replay, 2)[0]?.rows[1]).toMatchObject({ by: "model", text: right(2), ok: true });
    expect(replay.steps[2]).toMatchObject({ actor: "app", ok: false });
    expect(replay.steps[4]).toMatchObject({
      type: "spot",
      actor: "student",
      lineNumber: 3,
      text: "line 3",
      ok: true,
      spot: { pick: 3, answer: 3 },
      expected: null,
      message: null,
    });
  });

  it("says what the right pick was when the student's pick was wrong", () => {
    const evs = events([
      [1, model(1, right(1))],
      [2, model(2, right(2))],
      [5, spotDraft(1, false)],
    ]);
    const replay = replayOf(session(evs, { mode: "spot" }));
    // Picks are numbers (null: "all correct"); the replay viewer words them.
    expect(replay.steps[2]).toMatchObject({ ok: false, spot: { pick: 2, answer: null } });
    const allCorrect = replayOf(session(events([[1, model(1, "9 9")], [2, spotDraft(-1, false)]]), { mode: "spot" }));
    expect(allCorrect.steps[1]).toMatchObject({ lineNumber: null, text: "all correct", spot: { pick: null, answer: 2 } });
  });

  it("keeps Compare's two answers apart", () => {
    const evs = events([
      [1, model(1, right(1))],
      [2, model(2, right(2))],
      [3, model(6, "8 6", "direct")],
    ]);
    const replay = replayOf(session(evs, { mode: "compare", modelId: "m-small" }));
    expect(replay.variants).toEqual(["scratchpad", "direct"]);
    const sections = boardAt(replay, 3);
    expect(sections.map((section) => section.variant)).toEqual(["scratchpad", "direct"]);
    expect(sections[0]?.rows.map((row) => row.lineNumber)).toEqual([2, 3]);
    expect(sections[1]?.rows).toMatchObject([{ lineNumber: 7, text: "8 6", ok: true, role: "answer" }]);
    expect(replay.steps[2]).toMatchObject({ variant: "direct", role: "answer" });
  });
});

describe("playback helpers", () => {
  it("writes time offsets as +m:ss or +h:mm:ss", () => {
    expect(formatOffset(0)).toBe("+0:00");
    expect(formatOffset(12_400)).toBe("+0:12");
    expect(formatOffset(65_000)).toBe("+1:05");
    expect(formatOffset(3_723_000)).toBe("+1:02:03");
    expect(formatOffset(-5)).toBe("+0:00");
  });

  it("waits the real gap, a quarter of it, or one second; long pauses are cut short", () => {
    expect(playDelay({ gapMs: 8000 }, "x1")).toBe(8000);
    expect(playDelay({ gapMs: 8000 }, "x4")).toBe(2000);
    expect(playDelay({ gapMs: 8000 }, "fixed")).toBe(1000);
    expect(playDelay({ gapMs: 0 }, "fixed")).toBe(1000);
    expect(playDelay({ gapMs: 600_000 }, "x1")).toBe(MAX_REAL_WAIT_MS);
    expect(playDelay({ gapMs: 600_000 }, "x4")).toBe(MAX_REAL_WAIT_MS / 4);
  });
});
