import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnalyticsPanel } from "@/components/review/analytics-panel";
import { messages } from "@/lib/i18n/messages";
import { hintDraft, lineDraft, modelLineDraft, spotDraft, type EventDraft, type LogEvent } from "@/lib/practice/log-event";
import { classAnalytics, median } from "@/lib/review/analytics";
import type { ReviewSession } from "@/lib/review/types";
import { addition, polynomial, python, type Variant } from "@/lib/scratchpad";
import { FORMATS_PROGRAM, FORMATS_TRACE } from "./python-fixtures";

const ADD = "2 9 + 5 7"; // 29 + 57
const POLY = "Evaluate 3*x**2 - 5*x + 7 at x = 4";

function parsed<P>(result: { ok: true; value: P } | { ok: false; error: string }): P {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const addProblem = parsed(addition.parseInput(ADD));
const polyProblem = parsed(polynomial.parseInput(POLY));
const addRef = addition.referenceLines(addProblem);

// A tiny log builder: each step appends one event with the next seq.
type Step =
  | ["student", number, string]
  | ["hint", number, number]
  | ["model", number, string, string, Variant]
  | ["app", number, string]
  | ["spot", number];

function log(kind: "addition" | "polynomial", steps: Step[]): LogEvent[] {
  return steps.map((step, seq) => {
    let draft: EventDraft;
    const judge = (index: number, text: string) =>
      kind === "addition" ? addition.judgeLine(addProblem, index, text) : polynomial.judgeLine(polyProblem, index, text);
    if (step[0] === "student") draft = lineDraft(step[1], step[2], judge(step[1], step[2]));
    else if (step[0] === "hint") draft = hintDraft(step[1], { level: step[2], text: "hint" });
    else if (step[0] === "model") draft = modelLineDraft(step[1], step[2], judge(step[1], step[2]), { modelId: step[3], variant: step[4] });
    else if (step[0] === "app") draft = modelLineDraft(step[1], step[2], judge(step[1], step[2]), { modelId: "m-small", variant: "scratchpad", actor: "app" });
    else draft = spotDraft(step[1], true);
    return { ...draft, seq: seq + 1, createdAt: `2026-01-01T10:00:${String(seq).padStart(2, "0")}.000Z` };
  });
}

/** Reference line `i` of 29 + 57, right. */
const right = (i: number): ["student", number, string] => ["student", i, addRef[i]?.text ?? ""];
const modelRight = (i: number, modelId = "m-small", variant: Variant = "scratchpad"): Step => [
  "model",
  i,
  addRef[i]?.text ?? "",
  modelId,
  variant,
];

const addStored = { id: "p-add", kind: "addition", input: ADD, target: addition.target(addProblem), title: null };
const polyStored = { id: "p-poly", kind: "polynomial", input: POLY, target: polynomial.target(polyProblem), title: "Square and line" };

function session(
  id: string,
  student: [string, string],
  problem: ReviewSession["problem"],
  events: LogEvent[],
  extra: Partial<ReviewSession> = {},
): ReviewSession {
  return {
    id,
    student: { id: student[0], name: student[1] },
    classId: "c1",
    assignment: null,
    problem,
    mode: "alone",
    modelId: null,
    status: "active",
    startedAt: "2026-01-01T10:00:00.000Z",
    solvedAt: null,
    events,
    ...extra,
  };
}

const ANA: [string, string] = ["u-ana", "Ana"];
const BEN: [string, string] = ["u-ben", "Ben"];
const CLEO: [string, string] = ["u-cleo", "Cleo"];
const solvedAfter = (seconds: number) => ({ status: "solved", solvedAt: new Date(Date.parse("2026-01-01T10:00:00.000Z") + seconds * 1000).toISOString() });

const CARRY_DROPPED = ", 7 6 C: 0";
const CARRY_DROPPED_COMMENT = ", 7 6 C: 0 # added 2 + 5 = 7 carry 0";

const sessions: ReviewSession[] = [
  // Ana, alone, solved in 60 s: one hint; lines 1 ✓, 2 ✗ ✓, 3 ✗ ✓, 4 ✓, 6 ✓ (7 lines, 5 right).
  session(
    "s1",
    ANA,
    addStored,
    log("addition", [
      right(1),
      ["student", 2, "2 + 5 , 16 C: 0"], // whole-sum-written
      ["hint", 2, 1],
      right(2),
      ["student", 3, CARRY_DROPPED], // carry-dropped
      right(3),
      right(4),
      right(6),
    ]),
    solvedAfter(60),
  ),
  // Ben, alone, solved in 120 s: two hints; 1 ✓, 2 ✗ ✓, 3 ✗ ✗ ✗ ✓, 4 ✗ ✓, 6 ✓ (10 lines, 5 right).
  // Stored out of order on purpose: first tries go by seq, not by position.
  session(
    "s2",
    BEN,
    addStored,
    log("addition", [
      right(1),
      ["student", 2, "2 + 5 , 6 C: 0"], // wrong, no diagnosis
      right(2),
      ["hint", 3, 1],
      ["hint", 3, 2],
      ["student", 3, CARRY_DROPPED_COMMENT],
      ["student", 3, CARRY_DROPPED],
      ["student", 3, CARRY_DROPPED],
      right(3),
      ["student", 4, "8 6"], // final-carry-missing
      right(4),
      right(6),
    ]).reverse(),
    solvedAfter(120),
  ),
  // Ben, polynomial, not solved: 1 ✗ ✓, 2 ✗ (3 lines, 1 right).
  session(
    "s3",
    BEN,
    polyStored,
    log("polynomial", [
      ["student", 1, "3*x**2: 144"], // precedence
      ["student", 1, "3*x**2: 48"],
      ["student", 2, "-5*x: 20"], // sign-error
    ]),
  ),
  // Ana, spot the error with m-small: 1 ✓ 2 ✓ 3 ✗ 4 ✗ 6 ✗; the app's planted line 2 is no model line.
  session(
    "s4",
    ANA,
    addStored,
    log("addition", [
      modelRight(1),
      modelRight(2),
      ["app", 2, "2 + 5 , 6 C: 0"],
      ["model", 3, CARRY_DROPPED, "m-small", "scratchpad"],
      ["model", 4, "0 7 6", "m-small", "scratchpad"],
      ["model", 6, "7 6", "m-small", "scratchpad"],
      ["spot", 2],
    ]),
    { mode: "spot", modelId: "m-small" },
  ),
  // Ana, compare, watched (30 s): the model's work, never her solving; m-small's scratchpad 1 ✓ 2 ✗ 3 ✓ 4 ✓ 6 ✓; m-direct's answer ✓.
  session(
    "s5",
    ANA,
    addStored,
    log("addition", [
      modelRight(1),
      ["model", 2, "2 + 5 , 6 C: 0", "m-small", "scratchpad"],
      modelRight(3),
      modelRight(4),
      modelRight(6),
      modelRight(6, "m-direct", "direct"),
    ]),
    { mode: "compare", modelId: "m-small", ...solvedAfter(30), status: "watched" },
  ),
  // Problems that cannot be loaded any more: skipped.
  session("s6", CLEO, { id: "p-div", kind: "division", input: "7 / 2", target: "3.5", title: null }, [], solvedAfter(5)),
  session("s7", CLEO, { id: "p-py", kind: "python", input: "output = 1\n", target: "not a trace", title: null }, [], solvedAfter(5)),
];

describe("classAnalytics", () => {
  const analytics = classAnalytics(sessions);

  it("skips sessions whose problem cannot be loaded", () => {
    // Five loaded: four of the students' own work and one watched.
    expect(analytics.sessions).toBe(4);
    expect(analytics.perProblem.watched).toBe(1);
    expect(analytics.skipped).toEqual(["s6", "s7"]);
    expect(analytics.perStudent.map((student) => student.name)).toEqual(["Ana", "Ben"]);
  });

  it("counts students' attempts and first tries by step type", () => {
    expect(analytics.byStep).toEqual([
      // s1 ✓, s2 ✓
      { id: "addition.start", label: "Addition: start line", attempts: 2, correct: 2, accuracy: 1, lines: 2, firstTryCorrect: 2, firstTryRate: 1 },
      // 9 + 7: s1 ✗ ✓, s2 ✗ ✓
      { id: "addition.column.carry-out", label: "Addition: column making a carry", attempts: 4, correct: 2, accuracy: 0.5, lines: 2, firstTryCorrect: 0, firstTryRate: 0 },
      // 2 + 5 + 1: s1 ✗ ✓, s2 ✗ ✗ ✗ ✓
      { id: "addition.column.carry-in", label: "Addition: column with a carry in", attempts: 6, correct: 2, accuracy: 2 / 6, lines: 2, firstTryCorrect: 0, firstTryRate: 0 },
      // 0 8 6: s1 ✓, s2 ✗ ✓
      { id: "addition.final", label: "Addition: final carry and digits", attempts: 3, correct: 2, accuracy: 2 / 3, lines: 2, firstTryCorrect: 1, firstTryRate: 0.5 },
      { id: "addition.answer", label: "Addition: answer", attempts: 2, correct: 2, accuracy: 1, lines: 2, firstTryCorrect: 2, firstTryRate: 1 },
      // Polynomial terms go by power, lowest first.
      // -5*x: s3 ✗
      { id: "polynomial.term.linear", label: "Polynomial: x term", attempts: 1, correct: 0, accuracy: 0, lines: 1, firstTryCorrect: 0, firstTryRate: 0 },
      // 3*x**2: s3 ✗ ✓
      { id: "polynomial.term.square", label: "Polynomial: x**2 term", attempts: 2, correct: 1, accuracy: 0.5, lines: 1, firstTryCorrect: 0, firstTryRate: 0 },
    ]);
  });

  it("ranks students' diagnosed mistakes, with up to three examples in log order", () => {
    const expected3 = ", 8 6 C: 0 # added 2 + 5 + 1 = 8 carry 0";
    expect(analytics.misconceptions.map(({ id, count }) => [id, count])).toEqual([
      ["carry-dropped", 4],
      ["final-carry-missing", 1],
      ["precedence", 1],
      ["sign-error", 1],
      ["whole-sum-written", 1],
    ]);
    const [carryDropped] = analytics.misconceptions;
    expect(carryDropped?.title).toBe("Carry dropped");
    expect(carryDropped?.examples).toEqual([
      { sessionId: "s1", studentName: "Ana", text: CARRY_DROPPED, expected: expected3 },
      { sessionId: "s2", studentName: "Ben", text: CARRY_DROPPED_COMMENT, expected: expected3 },
      { sessionId: "s2", studentName: "Ben", text: CARRY_DROPPED, expected: expected3 },
    ]);
    expect(analytics.misconceptions.find((m) => m.id === "sign-error")?.examples).toEqual([
      { sessionId: "s3", studentName: "Ben", text: "-5*x: 20", expected: "-5*x: -20" },
    ]);
  });

  it("times solved sessions and counts hints, overall and per problem", () => {
    const { problems, ...overall } = analytics.perProblem;
    // Solved: s1 60 s, s2 120 s; s5 was watched, so neither solved nor timed. Hints: 1 + 2 over 4 sessions.
    expect(overall).toEqual({ sessions: 4, solved: 2, watched: 1, medianSeconds: 90, meanSeconds: 90, hints: 3, hintsPerSession: 0.75 });
    expect(problems).toEqual([
      { problemId: "p-add", kind: "addition", title: ADD, sessions: 3, solved: 2, watched: 1, medianSeconds: 90, meanSeconds: 90, hints: 3, hintsPerSession: 1 },
      { problemId: "p-poly", kind: "polynomial", title: "Square and line", sessions: 1, solved: 0, watched: 0, medianSeconds: null, meanSeconds: null, hints: 0, hintsPerSession: 0 },
    ]);
  });

  it("sums up each student", () => {
    expect(analytics.perStudent).toEqual([
      // s1, s4 her own work, s5 watched: only s1 has her own lines (7, 5 right); solved s1 (60 s).
      { id: "u-ana", name: "Ana", sessions: 2, solved: 1, watched: 1, lines: 7, correct: 5, accuracy: 5 / 7, hints: 1, medianSeconds: 60 },
      // s2 (10 lines, 5 right) and s3 (3 lines, 1 right); solved s2 in 120 s.
      { id: "u-ben", name: "Ben", sessions: 2, solved: 1, watched: 0, lines: 13, correct: 6, accuracy: 6 / 13, hints: 2, medianSeconds: 120 },
    ]);
  });

  it("finds where each model's answers first break", () => {
    expect(analytics.models).toEqual([
      { modelId: "m-direct", lines: 1, correct: 1, accuracy: 1, runs: 1, cleanRuns: 1, breaks: [] },
      {
        modelId: "m-small",
        // s4: 2 of 5 right; s5: 4 of 5.
        lines: 10,
        correct: 6,
        accuracy: 0.6,
        runs: 2,
        cleanRuns: 0,
        breaks: [
          { id: "addition.column.carry-out", label: "Addition: column making a carry", count: 1 }, // s5, line 2
          { id: "addition.column.carry-in", label: "Addition: column with a carry in", count: 1 }, // s4, line 3
        ],
      },
    ]);
  });
});

describe("classAnalytics on the edges", () => {
  it("is empty, with nulls for rates, without sessions", () => {
    expect(classAnalytics([])).toEqual({
      sessions: 0,
      skipped: [],
      byStep: [],
      misconceptions: [],
      perProblem: { sessions: 0, solved: 0, watched: 0, medianSeconds: null, meanSeconds: null, hints: 0, hintsPerSession: null, problems: [] },
      perStudent: [],
      models: [],
    });
  });

  it("reads Python sessions through their stored trace", () => {
    const problem = parsed(python.fromStored(FORMATS_PROGRAM, FORMATS_TRACE));
    const lines = python.referenceLines(problem);
    const judged = (index: number, text: string, seq: number): LogEvent => ({
      ...lineDraft(index, text, python.judgeLine(problem, index, text)),
      seq,
      createdAt: "2026-01-01T10:00:00.000Z",
    });
    const events = [
      judged(0, lines[0]?.text ?? "", 1),
      judged(1, lines[1]?.text ?? "", 2),
      judged(2, "state: {}", 3),
      judged(2, lines[2]?.text ?? "", 4),
    ];
    const stored = { id: "p-py", kind: "python", input: FORMATS_PROGRAM, target: FORMATS_TRACE, title: "remove_Occ" };
    const result = classAnalytics([session("py1", CLEO, stored, events)]);
    expect(result.byStep.map(({ id, attempts, correct, firstTryCorrect }) => [id, attempts, correct, firstTryCorrect])).toEqual([
      ["python.state.start", 1, 1, 1],
      ["python.line.definition", 1, 1, 1],
      ["python.state.definition", 2, 1, 0],
    ]);
    expect(result.perStudent[0]).toMatchObject({ name: "Cleo", lines: 4, correct: 3, medianSeconds: null });
  });

  it("never throws on odd data: bad times, lines past the end, missing model ids", () => {
    const events = log("addition", [["student", 99, "1"], ["model", 42, "1", "m", "scratchpad"]]);
    const odd = session("odd", ANA, addStored, [...events, { ...events[1]!, seq: 3, modelId: null }], {
      status: "solved",
      solvedAt: "not a date",
      modelId: null,
    });
    const result = classAnalytics([odd, session("bad", ANA, { ...addStored, input: "x + y" }, [])]);
    expect(result.skipped).toEqual(["bad"]);
    expect(result.byStep).toEqual([]);
    expect(result.perProblem).toMatchObject({ solved: 1, medianSeconds: null, meanSeconds: null });
    expect(result.perStudent[0]).toMatchObject({ lines: 1, correct: 0, accuracy: 0 });
    expect(result.models).toEqual([
      // What no step type covers, and lines without a model id: null, for the viewer to word.
      { modelId: "m", lines: 1, correct: 0, accuracy: 0, runs: 1, cleanRuns: 0, breaks: [{ id: "unknown", label: null, count: 1 }] },
      { modelId: null, lines: 1, correct: 0, accuracy: 0, runs: 1, cleanRuns: 0, breaks: [{ id: "unknown", label: null, count: 1 }] },
    ]);
  });

  it("takes the median of odd and even counts", () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

/** Rendered as the app renders it: inside next-intl's provider, in `locale`. */
function render(element: ReactElement, locale: "en" | "ja" = "en"): string {
  return renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: messages[locale], timeZone: "UTC", children: element }));
}

describe("AnalyticsPanel", () => {
  it("renders on the server with its headings, and the charts' numbers readable without the charts", () => {
    const html = render(createElement(AnalyticsPanel, { analytics: classAnalytics(sessions) }));
    for (const heading of ["Accuracy by step type", "Frequent misconceptions", "Students", "Where models break"]) {
      expect(html).toContain(`>${heading}</h3>`);
    }
    // The accuracy chart: one image with a summary, and a table of its numbers.
    expect(html).toContain('role="img" aria-label="Bar chart of students&#x27; accuracy by step type, from 0 to 100 percent. Addition: start line: 100% (2 of 2 tries right); Addition: column making a carry: 50% (2 of 4 tries right); Addition: column with a carry in: 33% (2 of 6 tries right)');
    expect(html).toContain("<th scope=\"row\">Addition: column with a carry in</th><td>33%</td><td>2</td><td>6</td><td>0%</td>");
    // Where m-small breaks, in the models' table.
    expect(html).toContain("<th scope=\"row\">Addition: column making a carry</th><td>0</td><td>1</td>");
    expect(html).toContain("Carry dropped");
    expect(html).toContain("2 sessions are left out");
    // Median time of the solved sessions: 60 s; Ben's 120 s.
    expect(html).toContain("1 min 0 s");
    expect(html).toContain("2 min 0 s");
  });

  it("reads in Japanese for a Japanese reviewer, whatever language the log was written in", () => {
    const ja = classAnalytics(sessions, "ja");
    // The log holds English verdicts; titles come from judging the lines again in Japanese.
    const title = (id: string) => ja.misconceptions.find((m) => m.id === id)?.title;
    expect(title("carry-dropped")).toBe(addition.judgeLine(addProblem, 3, CARRY_DROPPED, { actor: "student", locale: "ja" }).diagnosis?.title);
    expect(title("sign-error")).toBe(polynomial.judgeLine(polyProblem, 2, "-5*x: 20", { actor: "student", locale: "ja" }).diagnosis?.title);
    expect(title("carry-dropped")).not.toBe("Carry dropped");
    // Apart from its words, the same analysis.
    const numbers = (a: ReturnType<typeof classAnalytics>) => ({
      ...a,
      byStep: a.byStep.map(({ label: _, ...rest }) => rest),
      misconceptions: a.misconceptions.map(({ title: _, ...rest }) => rest),
      models: a.models.map((m) => ({ ...m, breaks: m.breaks.map(({ label: _, ...rest }) => rest) })),
    });
    expect(numbers(ja)).toEqual(numbers(classAnalytics(sessions)));
    const html = render(createElement(AnalyticsPanel, { analytics: ja }), "ja");
    for (const heading of ["ステップの種類ごとの正答率", "よくある誤り", "生徒", "モデルがつまずく所"]) expect(html).toContain(`>${heading}</h3>`);
    expect(html).toContain(title("carry-dropped"));
    expect(html).toContain("1 分 0 秒");
    expect(html).toContain("2 件のセッションは");
    expect(html).not.toContain("Frequent misconceptions");
  });

  it("words lines no step type covers and lines without a model id in the viewer's language", () => {
    const events = log("addition", [["model", 42, "1", "m", "scratchpad"]]);
    const odd = session("odd", ANA, addStored, [{ ...events[0]!, modelId: null }], { modelId: null });
    const html = render(createElement(AnalyticsPanel, { analytics: classAnalytics([odd], "ja") }), "ja");
    expect(html).toContain("不明なモデル");
    expect(html).toContain("不明な行");
    expect(render(createElement(AnalyticsPanel, { analytics: classAnalytics([odd]) }))).toContain("Unknown line");
  });

  it("says so when there is nothing to show", () => {
    const html = render(createElement(AnalyticsPanel, { analytics: classAnalytics([]) }));
    expect(html).toContain("No student lines to show yet.");
    expect(html).toContain("No diagnosed mistakes");
    expect(html).toContain("No model has written lines yet.");
  });
});
