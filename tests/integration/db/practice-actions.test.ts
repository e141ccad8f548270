import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { requestHint, startPractice, submitLine } from "@/app/(practice)/actions";
import { db } from "@/lib/db/client";
import { findOwnedSession } from "@/lib/db/practice-sessions";
import { upsertProblem } from "@/lib/db/problems";
import { buildPracticeView } from "@/lib/practice/practice-view";
import { addition } from "@/lib/scratchpad";
import { actAs, Browser, redirectOf, revalidated } from "../../support/next-request";
import { form } from "../../support/forms";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";


/** Starts a session on two typed numbers as `browser`; returns its id. */
async function start(browser: Browser, a: string, b: string): Promise<string> {
  actAs(browser);
  const url = await redirectOf(() => startPractice(null, form({ source: "addition-numbers", a, b })));
  const match = /^\/practice\/([a-z0-9]+)$/.exec(url);
  if (!match?.[1]) throw new Error(`unexpected redirect ${url}`);
  return match[1];
}

const submit = (sessionId: string, line: string, requestId = randomUUID()) => submitLine({ sessionId, requestId, line });
const eventsOf = (sessionId: string) => db.event.findMany({ where: { sessionId }, orderBy: { seq: "asc" } });

describe(`practice Server Actions on ${provider}`, () => {
  const alice = new Browser();
  const bob = new Browser();

  beforeAll(async () => {
    actAs(alice);
  });

  it("starts a session for a new browser, setting its session cookie", async () => {
    const id = await start(alice, "29", "57");
    expect(alice.jar.get("sp_session")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const session = await db.practiceSession.findUniqueOrThrow({ where: { id }, include: { problem: true, user: true } });
    expect(session.problem.input).toBe("2 9 + 5 7");
    expect(session.problem.target).toBe(addition.target({ a: "29", b: "57" }));
    expect(session.status).toBe("active");
    // The cookie is a secret; only its hash is stored.
    expect(session.user.tokenHash).not.toContain(alice.jar.get("sp_session"));
  });

  it("starts by level with a problem of that many digits", async () => {
    actAs(alice);
    const url = await redirectOf(() => startPractice(null, form({ source: "addition-level", level: "7" })));
    const session = await db.practiceSession.findUniqueOrThrow({
      where: { id: url.split("/").at(-1) },
      include: { problem: true },
    });
    const [a] = session.problem.input.split(" + ");
    expect(a?.replaceAll(" ", "")).toHaveLength(7);
  });

  it("refuses bad starts with a clear message and stores nothing", async () => {
    actAs(alice);
    const before = await db.practiceSession.count();
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ source: "addition-level", level: "13" }, /1 to 12 digits/],
      [{ source: "addition-level", level: "abc" }, /level/i],
      [{ source: "addition-numbers", a: "007", b: "5" }, /leading zero/i],
      [{ source: "addition-numbers", a: "12a", b: "5" }, /digit/i],
      [{ source: "addition-numbers", a: "", b: "5" }, /./],
      [{ source: "addition-numbers", a: "9".repeat(61), b: "5" }, /60/],
      [{ source: "polynomial-level", level: "6" }, /1 to 5/],
      [{ source: "polynomial-input", expression: "3*x**4", x: "2" }, /power/i],
      [{ source: "polynomial-input", expression: "3*x**2", x: "11" }, /x/],
      [{ source: "polynomial-input", expression: "0*x + 1", x: "1" }, /./],
      [{ source: "teleport" }, /./],
    ];
    for (const [fields, message] of cases) {
      const result = await startPractice(null, form(fields));
      expect(result, JSON.stringify(fields)).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    }
    expect(await db.practiceSession.count()).toBe(before);
  });

  it("starts a listed problem or one's own by id, but no other problem by id", async () => {
    actAs(alice);
    const demo = await upsertProblem({ kind: "addition", input: "9 9 9 + 1", target: addition.target({ a: "999", b: "1" }), source: "demo" });
    const mine = await start(alice, "4", "4");
    const ownProblem = (await db.practiceSession.findUniqueOrThrow({ where: { id: mine } })).problemId;
    expect(await redirectOf(() => startPractice(null, form({ source: "problem", problemId: demo.id })))).toMatch(/^\/practice\//);
    expect(await redirectOf(() => startPractice(null, form({ source: "problem", problemId: ownProblem })))).toMatch(/^\/practice\//);
    actAs(bob);
    expect(await startPractice(null, form({ source: "problem", problemId: ownProblem }))).toEqual({
      ok: false,
      error: "That problem does not exist.",
    });
  });

  it("works a polynomial from start to answer, with a precedence mistake diagnosed", async () => {
    actAs(alice);
    const url = await redirectOf(() =>
      startPractice(null, form({ source: "polynomial-input", expression: " -x**2 + 3*x", x: "-2" })),
    );
    const id = url.split("/").at(-1)!;
    const session = await db.practiceSession.findUniqueOrThrow({ where: { id }, include: { problem: true } });
    expect(session.problem).toMatchObject({ kind: "polynomial", input: "Evaluate -x**2 + 3*x at x = -2" });
    const wrong = await submit(id, "-x**2: 4");
    expect(wrong.ok && wrong.verdict).toMatchObject({ ok: false, diagnosis: { id: "precedence" } });
    for (const line of ["-x**2: -4", "3*x: -6"]) expect(await submit(id, line)).toMatchObject({ ok: true, verdict: { ok: true } });
    expect(await submit(id, "-10")).toMatchObject({ ok: true, solved: true });
    const stored = await findOwnedSession({ sessionId: id, userId: session.userId });
    const view = stored && buildPracticeView(stored);
    expect(view?.visual).toEqual({
      kind: "polynomial",
      x: -2,
      terms: [
        { term: "-x**2", value: "-4" },
        { term: "3*x", value: "-6" },
      ],
      total: "-10",
    });
  });

  it("judges a correct line, stores it, and revalidates the page", async () => {
    const id = await start(alice, "29", "57");
    const result = await submit(id, "2 9 + 5 7 , C: 0");
    expect(result).toMatchObject({ ok: true, solved: false, replayed: false, verdict: { ok: true, index: 1 } });
    expect(revalidated).toContain(`/practice/${id}`);
    const events = await eventsOf(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ seq: 1, type: "line", actor: "student", lineIndex: 1, ok: true, text: "2 9 + 5 7 , C: 0" });
  });

  it("explains a wrong line with its diagnosis, stores it, and keeps the student on the same line", async () => {
    const id = await start(alice, "29", "57");
    await submit(id, "2 9 + 5 7 , C: 0");
    await submit(id, "2 + 5 , 6 C: 1");
    // 2 + 5 with the carry forgotten: 7 instead of 8.
    const wrong = await submit(id, ", 7 6 C: 0");
    expect(wrong.ok && wrong.verdict).toMatchObject({
      ok: false,
      index: 3,
      message: expect.stringMatching(/^Not quite/),
      fields: { result: { ok: false, got: "7 6", expected: "8 6" } },
      diagnosis: { id: "carry-dropped", explanation: expect.any(String) },
    });
    const right = await submit(id, ", 8 6 C: 0");
    expect(right.ok && right.verdict).toMatchObject({ ok: true, index: 3 });
    const events = await eventsOf(id);
    expect(events.map((e) => [e.seq, e.lineIndex, e.ok, e.diagnosisId])).toEqual([
      [1, 1, true, null],
      [2, 2, true, null],
      [3, 3, false, "carry-dropped"],
      [4, 3, true, null],
    ]);
  });

  it("stores a double-submitted line once, sequentially and concurrently", async () => {
    const id = await start(alice, "29", "57");
    const requestId = randomUUID();
    const first = await submit(id, "2 9 + 5 7 , C: 0", requestId);
    const again = await submit(id, "2 9 + 5 7 , C: 0", requestId);
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(again).toMatchObject({ ok: true, replayed: true });

    const concurrentId = randomUUID();
    const results = await Promise.all([1, 2, 3].map(() => submit(id, "2 + 5 , 6 C: 1", concurrentId)));
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    expect(results.every((r) => r.ok && r.verdict.ok)).toBe(true);
    expect(await eventsOf(id)).toHaveLength(2);
  });

  it("judges concurrent different lines one after another, with no gaps or doubles in the log", async () => {
    const id = await start(alice, "1234", "5678");
    const lines = ["1 2 3 4 + 5 6 7 8 , C: 0", "1 2 3 + 5 6 7 , 2 C: 1", "1 2 + 5 6 , 1 2 C: 1", "wrong"];
    const results = await Promise.all(lines.map((line) => submit(id, line)));
    expect(results.every((r) => r.ok)).toBe(true);
    const events = await eventsOf(id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    // Each line was judged against the state it was stored after.
    for (const event of events) {
      const stored = event.verdict as { index: number } | null;
      expect(stored?.index).toBe(event.lineIndex);
    }
  });

  it("stores every line written at once across many sessions, each exactly once", async () => {
    // One browser (the mocked request has one cookie jar at a time), twelve sessions.
    const browser = new Browser();
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) ids.push(await start(browser, "29", "57"));
    const requests = ids.flatMap((id) => ["2 9 + 5 7 , C: 0", "2 + 5 , 6 C: 1", "wrong", ", 8 6 C: 0"].map((line) => ({ id, line, requestId: randomUUID() })));
    actAs(browser);
    const results = await Promise.all(requests.map(({ id, line, requestId }) => submitLine({ sessionId: id, requestId, line })));
    expect(results.filter((result) => !result.ok)).toEqual([]);
    for (const { id, requestId } of requests) {
      expect(await db.event.count({ where: { sessionId: id, requestId } })).toBe(1);
    }
  });

  it("gives graduated hints for the current line and records each", async () => {
    const id = await start(alice, "29", "57");
    await submit(id, "2 9 + 5 7 , C: 0");
    const levels = addition.hintLevels({ a: "29", b: "57" }, 2);
    const hints = [];
    for (let i = 0; i < levels; i += 1) {
      const result = await requestHint({ sessionId: id, requestId: randomUUID() });
      if (!result.ok) throw new Error(result.error);
      hints.push(result.hint);
    }
    expect(hints.map((h) => h.level)).toEqual(Array.from({ length: levels }, (_, i) => i + 1));
    expect(hints[0]?.text).toMatch(/ones column/i);
    expect(hints.at(-1)).toMatchObject({ final: true, text: expect.stringContaining("2 + 5 , 6 C: 1") });
    const stored = (await eventsOf(id)).filter((e) => e.type === "hint");
    expect(stored.map((e) => [e.lineIndex, e.hintLevel])).toEqual(hints.map((h) => [2, h.level]));
  });

  it("refuses another hint once the full line has been shown, storing nothing", async () => {
    const id = await start(alice, "29", "57");
    await submit(id, "2 9 + 5 7 , C: 0");
    const levels = addition.hintLevels({ a: "29", b: "57" }, 2);
    for (let i = 0; i < levels; i += 1) await requestHint({ sessionId: id, requestId: randomUUID() });
    const before = await eventsOf(id);
    const again = await requestHint({ sessionId: id, requestId: randomUUID() });
    expect(again).toEqual({ ok: false, error: expect.stringMatching(/already shows the full line/) });
    expect(await eventsOf(id)).toHaveLength(before.length);
  });

  it("does not store an empty or blank line, nor count it as an error", async () => {
    const id = await start(alice, "29", "57");
    for (const line of ["", "   ", "\t"]) {
      expect(await submit(id, line)).toEqual({ ok: false, error: expect.stringMatching(/empty line/i) });
    }
    expect(await eventsOf(id)).toHaveLength(0);
  });

  it("refuses a line far longer than any line of the scratchpad, saying how long it is", async () => {
    const id = await start(alice, "29", "57");
    const result = await submit(id, "1 ".repeat(5000));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/10,000 characters long/) });
    expect(await eventsOf(id)).toHaveLength(0);
    // A wrong line of a plausible length is still judged and stored.
    expect(await submit(id, "2 9 + 5 7 , C: 1")).toMatchObject({ ok: true, verdict: { ok: false } });
  });

  it("solves the problem with the answer line and then refuses more lines", async () => {
    const id = await start(alice, "29", "57");
    const reference = addition.referenceLines({ a: "29", b: "57" }).filter((l) => !l.structural);
    let last;
    for (const line of reference) last = await submit(id, line.text);
    expect(last).toMatchObject({ ok: true, solved: true });
    const session = await db.practiceSession.findUniqueOrThrow({ where: { id } });
    expect(session.status).toBe("solved");
    expect(session.solvedAt).not.toBeNull();
    expect(await submit(id, "8 6")).toEqual({ ok: false, error: "This problem is already solved." });
    expect(await requestHint({ sessionId: id, requestId: randomUUID() })).toMatchObject({ ok: false });
  });

  it("shows the session after a reload exactly as it was left", async () => {
    const id = await start(alice, "123", "45");
    await submit(id, "1 2 3 + 4 5 , C: 0");
    await submit(id, "1 2 + 4 , 8 C: 1");
    await requestHint({ sessionId: id, requestId: randomUUID() });
    await submit(id, "1 2 + 4 , 8 C: 0 # added 3 + 5 = 8 carry 0");
    const stored = await findOwnedSession({ sessionId: id, userId: (await db.practiceSession.findUniqueOrThrow({ where: { id } })).userId });
    const view = stored && buildPracticeView(stored);
    expect(view?.rows.map((r) => r.text)).toEqual(["<scratch>", "1 2 3 + 4 5 , C: 0", "1 2 + 4 , 8 C: 0 # added 3 + 5 = 8 carry 0"]);
    expect(view?.next).toMatchObject({ index: 3, role: "column", hintsShown: 0 });
    expect(view?.stats).toEqual({ linesAccepted: 2, errors: 1, hints: 1 });
    expect(view?.history.map((h) => h.type)).toEqual(["line", "line", "hint", "line"]);
    // What is not reached yet stays on the server.
    expect(JSON.stringify(view)).not.toContain("1 6 8");
  });

  it("never lets one browser touch another's session", async () => {
    const id = await start(alice, "29", "57");
    await start(bob, "1", "1");
    actAs(bob);
    expect(await submit(id, "2 9 + 5 7 , C: 0")).toEqual({ ok: false, error: "This practice session was not found." });
    expect(await requestHint({ sessionId: id, requestId: randomUUID() })).toEqual({
      ok: false,
      error: "This practice session was not found.",
    });
    actAs(new Browser());
    expect(await submit(id, "2 9 + 5 7 , C: 0")).toMatchObject({ ok: false, error: expect.stringMatching(/no practice sessions/) });
    // A forged cookie is no one.
    const forger = new Browser();
    forger.jar.set("sp_session", "A".repeat(43));
    actAs(forger);
    expect(await submit(id, "2 9 + 5 7 , C: 0")).toMatchObject({ ok: false });
    expect(await eventsOf(id)).toHaveLength(0);
  });

  it("rejects malformed requests with a clear message and stores nothing", async () => {
    const id = await start(alice, "29", "57");
    const bad: unknown[] = [
      { sessionId: id, requestId: "not-a-uuid", line: "x" },
      { sessionId: id, requestId: randomUUID(), line: "9".repeat(10_001) },
      { sessionId: id, requestId: randomUUID(), line: 42 },
      { sessionId: "../../etc", requestId: randomUUID(), line: "x" },
      { sessionId: id },
      null,
    ];
    for (const input of bad) {
      const result = await submitLine(input as never);
      expect(result, JSON.stringify(input)?.slice(0, 80)).toMatchObject({ ok: false, error: expect.any(String) });
    }
    expect(await eventsOf(id)).toHaveLength(0);
  });

  it("judges any text a person can type without failing", async () => {
    const id = await start(alice, "29", "57");
    for (const line of ["😀 + 🙃", "\u202e\u200b", "𝟐 𝟗 + 𝟓 𝟕 , C: 0", "\t2\t9", "x".repeat(200)]) {
      const result = await submit(id, line);
      expect(result).toMatchObject({ ok: true, verdict: { ok: false, message: expect.stringMatching(/^Not quite/) } });
    }
    expect((await eventsOf(id)).map((e) => e.text)).toContain("😀 + 🙃");
    expect(await eventsOf(id)).toHaveLength(5);
  });

  it("refuses text that cannot be typed or stored faithfully", async () => {
    const id = await start(alice, "29", "57");
    expect(await submit(id, "2 9\u0000")).toEqual({ ok: false, error: "line: A line cannot contain control characters" });
    expect(await submit(id, "2 9\nC: 0")).toMatchObject({ ok: false });
    expect(await submit(id, "\ud800")).toEqual({ ok: false, error: "line: A line cannot contain broken Unicode characters" });
    expect(await eventsOf(id)).toHaveLength(0);
  });
});
