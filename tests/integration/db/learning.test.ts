import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { practiceNext } from "@/app/(learn)/actions";
import { requestHint, startPractice, submitLine } from "@/app/(practice)/actions";
import { db } from "@/lib/db/client";
import { isSkillId, lineSkills, MASTERY_THRESHOLD, problemLineSkills } from "@/lib/learning";
import { upsertProblem } from "@/lib/db/problems";
import bankTraces from "@/lib/problems/python-bank-traces.json";
import { pythonBank } from "@/lib/problems/python-bank";
import { loadLearner } from "@/lib/progress/learner";
import { addition, findTask } from "@/lib/scratchpad";
import { actAs, Browser, redirectOf } from "../../support/next-request";
import { form } from "../../support/forms";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";


async function startNumbers(browser: Browser, a: string, b: string): Promise<string> {
  actAs(browser);
  const url = await redirectOf(() => startPractice(null, form({ source: "addition-numbers", a, b })));
  return url.split("/").at(-1) ?? "";
}

const userOf = async (sessionId: string) => (await db.practiceSession.findUniqueOrThrow({ where: { id: sessionId } })).userId;

/** Writes every student line of the session's scratchpad right at the first try. */
async function solve(sessionId: string) {
  const session = await db.practiceSession.findUniqueOrThrow({ where: { id: sessionId }, include: { problem: true } });
  const task = findTask(session.problem.kind);
  if (!task) throw new Error("no task");
  const parsed = task.fromStored ? task.fromStored(session.problem.input, session.problem.target) : task.parseInput(session.problem.input);
  if (!parsed.ok) throw new Error(parsed.error);
  for (const line of task.referenceLines(parsed.value).filter((l) => !l.structural)) {
    const result = await submitLine({ sessionId, requestId: randomUUID(), line: line.text });
    expect(result).toMatchObject({ ok: true, verdict: { ok: true } });
  }
}

describe(`skills and mastery on ${provider}`, () => {
  it("stores with each line and hint the skills of its reference line", async () => {
    const browser = new Browser();
    const id = await startNumbers(browser, "95", "7");
    await submitLine({ sessionId: id, requestId: randomUUID(), line: "9 5 + 7 , C: 0" });
    await requestHint({ sessionId: id, requestId: randomUUID() });
    await submitLine({ sessionId: id, requestId: randomUUID(), line: "9 + , 2 C: 0" });
    const events = await db.event.findMany({ where: { sessionId: id }, orderBy: { seq: "asc" } });
    const problem = addition.parseInput("9 5 + 7");
    if (!problem.ok) throw new Error(problem.error);
    expect(events.map((event) => event.skills)).toEqual(events.map((event) => lineSkills("addition", problem.value, event.lineIndex).join(",")));
    // 95 + 7: the ones column (5 + 7) carries, and b has run out in the tens column.
    expect(events.at(-1)?.skills.split(",")).toContain("addition.carry");
  });

  it("raises a skill's mastery with right first tries and lowers it for a hint or a wrong first try", async () => {
    const browser = new Browser();
    const first = await startNumbers(browser, "29", "57");
    await solve(first);
    const userId = await userOf(first);
    const after = (await loadLearner({ userId })).mastery["addition.carry"];
    expect(after?.attempts).toBeGreaterThan(0);
    expect(after?.correct).toBe(after?.attempts);

    const second = await startNumbers(browser, "38", "45");
    actAs(browser);
    await requestHint({ sessionId: second, requestId: randomUUID() });
    const learner = await loadLearner({ userId });
    const carry = learner.mastery["addition.carry"];
    expect(learner.summary.solved).toBe(1);
    expect(learner.summary.firstTries).toBeGreaterThan(learner.summary.firstTriesRight);
    // The hinted line is the start line (no skills); a wrong first try at a carry column lowers carry.
    await submitLine({ sessionId: second, requestId: randomUUID(), line: "3 8 + 4 5 , C: 0" });
    await submitLine({ sessionId: second, requestId: randomUUID(), line: "3 + 4 , 2 C: 0" });
    const lowered = (await loadLearner({ userId })).mastery["addition.carry"];
    expect(lowered?.pKnown).toBeLessThan(carry?.pKnown ?? 0);
  });

  it("sees only the student's own work", async () => {
    const [alice, bob] = [new Browser(), new Browser()];
    const aliceSession = await startNumbers(alice, "12", "34");
    await solve(aliceSession);
    const bobSession = await startNumbers(bob, "5", "6");
    const bobLearner = await loadLearner({ userId: await userOf(bobSession) });
    expect(bobLearner.summary.firstTries).toBe(0);
    expect(Object.keys(bobLearner.mastery)).toEqual([]);
  });
});

describe(`practice next on ${provider}`, () => {
  it("starts a new student at the first level, aiming at skills not yet mastered", async () => {
    const browser = new Browser();
    actAs(browser);
    const url = await redirectOf(() => practiceNext(null, form({ kind: "addition" })));
    const match = /^\/practice\/([a-z0-9]+)\?focus=(.+)$/.exec(url);
    expect(match, url).not.toBeNull();
    const focus = decodeURIComponent(match?.[2] ?? "").split(",");
    expect(focus.length).toBeGreaterThan(0);
    expect(focus.every(isSkillId)).toBe(true);
    const session = await db.practiceSession.findUniqueOrThrow({ where: { id: match?.[1] }, include: { problem: true } });
    expect(session.problem.kind).toBe("addition");
    // The problem exercises what it says it aims at.
    const parsed = addition.parseInput(session.problem.input);
    if (!parsed.ok) throw new Error(parsed.error);
    const exercised = new Set(problemLineSkills("addition", parsed.value).flat());
    expect(focus.filter((skill) => !exercised.has(skill as never))).toEqual([]);
    expect(Math.max(...session.problem.input.split(" + ").map((n) => n.replaceAll(" ", "").length))).toBeLessThanOrEqual(2);
  });

  it("practises the weak skill once the others are mastered", async () => {
    const browser = new Browser();
    // Many right first tries at columns without a carry, none yet with one.
    let last = "";
    for (const [a, b] of [["12", "34"], ["21", "43"], ["31", "52"], ["40", "51"], ["23", "61"], ["11", "22"], ["14", "25"], ["32", "16"]]) {
      last = await startNumbers(browser, a!, b!);
      await solve(last);
    }
    const userId = await userOf(last);
    const learner = await loadLearner({ userId });
    expect(learner.mastery["addition.no-carry"]?.pKnown).toBeGreaterThan(MASTERY_THRESHOLD);
    actAs(browser);
    const url = await redirectOf(() => practiceNext(null, form({ kind: "addition" })));
    const focus = decodeURIComponent(url.split("focus=")[1] ?? "").split(",");
    expect(focus).not.toContain("addition.no-carry");
    expect(focus.length).toBeGreaterThan(0);
  });

  it("picks a bank program for Python, and any kind when asked for anything", async () => {
    // The bank as `npm run setup` seeds it (the test database is only migrated).
    const traces = bankTraces as Record<string, string>;
    for (const entry of pythonBank.slice(0, 12)) {
      await upsertProblem({ kind: "python", input: entry.program, target: traces[entry.slug] ?? "", title: entry.title, difficulty: entry.difficulty, source: "bank" });
    }
    const browser = new Browser();
    actAs(browser);
    const url = await redirectOf(() => practiceNext(null, form({ kind: "python" })));
    const session = await db.practiceSession.findUniqueOrThrow({ where: { id: url.split("?")[0]?.split("/").at(-1) }, include: { problem: true } });
    expect(session.problem).toMatchObject({ kind: "python", source: "bank" });
    const any = await redirectOf(() => practiceNext(null, form({ kind: "any" })));
    expect(any).toMatch(/^\/practice\/[a-z0-9]+/);
  });

  it("refuses a kind it does not know, storing nothing", async () => {
    const browser = new Browser();
    actAs(browser);
    const before = await db.practiceSession.count();
    for (const kind of ["division", "", "__proto__", "x".repeat(10_000)]) {
      const result = await practiceNext(null, form({ kind }));
      expect(result).toMatchObject({ ok: false, error: expect.any(String) });
    }
    expect(await db.practiceSession.count()).toBe(before);
  });
});
