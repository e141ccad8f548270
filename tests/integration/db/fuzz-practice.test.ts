// Hostile input for the practice and program Server Actions and the practice and Lab route
// handlers: wrong types, huge payloads, Unicode edge cases, other people's ids, replays.
// One fixed seed (FC_SEED, tests/support/fast-check-seed.ts) and bounded runs: the same
// inputs every time, a few seconds per action.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createPythonProblem } from "@/app/(problems)/actions";
import { requestHint, startPractice, submitLine, submitSpot } from "@/app/(practice)/actions";
import { POST as solveInLab } from "@/app/api/lab/solve/route";
import { POST as runModel } from "@/app/api/practice/[sessionId]/model/route";
import { db } from "@/lib/db/client";
import { MODES } from "@/lib/practice/modes";
import { buildWorld, secretsNotIn, type World } from "../../support/fuzz-world";
import { formOf, hostileForm, hostileString, wrongType } from "../../support/hostile";
import { actAs, Browser, redirectOf } from "../../support/next-request";
import { probe, probeResponse } from "../../support/probe";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";
const RUNS = 25;
const options = (numRuns = RUNS) => ({ numRuns, endOnFailure: true });

describe(`hostile input to the practice actions and routes, on ${provider}`, () => {
  let world: World;
  const secrets = (request: string) => secretsNotIn(world, request);

  beforeAll(async () => {
    world = await buildWorld();
  }, 120_000);

  const ids = () => [world.aliceSession, world.aliceSolved, ...world.foreignSessions];
  const requestIds = fc.oneof(fc.uuid({ version: 4 }), hostileString());
  const sessionIds = () => fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ids()) }, { weight: 3, arbitrary: hostileString(ids()) });
  const asObject = <T>(record: fc.Arbitrary<T>) => fc.oneof({ weight: 1, arbitrary: wrongType }, { weight: 4, arbitrary: record });

  it("startPractice answers every form with a session of the viewer's own or a typed refusal", async () => {
    const form = hostileForm({
      source: ["addition-level", "addition-numbers", "polynomial-level", "polynomial-input", "problem", "session", "assignment"],
      level: ["3", "12", "0", "5"],
      a: ["29", "9".repeat(60)],
      b: ["57"],
      expression: ["3*x**2 - 5", "-x**2 + 3*x"],
      x: ["4", "-2"],
      problemId: world.foreignProblems,
      sessionId: world.foreignSessions,
      assignmentId: [world.rivalAssignment],
      position: ["0", "1"],
      mode: [...MODES],
      modelId: ["addition-scratchpad"],
      planted: ["on"],
    });
    const aliceId = (await db.practiceSession.findUniqueOrThrow({ where: { id: world.aliceSession } })).userId;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 1, arbitrary: wrongType }, { weight: 6, arbitrary: form }), wrongType, async (data, previous) => {
        const { outcome } = await probe({ what: "startPractice", as: world.alice, input: [previous, data], run: () => startPractice(previous as null, data as FormData), secrets });
        if (outcome.kind === "redirect") {
          const session = await db.practiceSession.findUniqueOrThrow({ where: { id: outcome.to.split("/").at(-1) } });
          expect(session.userId).toBe(aliceId);
          expect(world.foreignProblems).not.toContain(session.problemId);
          expect(session.assignmentId).not.toBe(world.rivalAssignment);
        } else {
          expect(outcome, "startPractice either redirects or refuses").toMatchObject({ kind: "value", value: { ok: false } });
        }
      }),
      options(),
    );
  });

  it("submitLine, requestHint and submitSpot refuse what is not the viewer's or not well formed", async () => {
    const line = hostileString(["2 + 5 , 6 C: 1", ", 8 6 C: 0", "x"]);
    const input = asObject(fc.record({ sessionId: sessionIds(), requestId: requestIds, line }, { requiredKeys: [] }));
    const pick = fc.oneof(wrongType, fc.integer({ min: -3, max: 200_000 }));
    const call = fc.oneof(
      input.map((value) => ["submitLine", value, () => submitLine(value as never)] as const),
      input.map((value) => ["requestHint", value, () => requestHint(value as never)] as const),
      fc.tuple(input, pick).map(([value, picked]) => {
        const withPick = value && typeof value === "object" && !Array.isArray(value) ? { ...value, pick: picked } : value;
        return ["submitSpot", withPick, () => submitSpot(withPick as never)] as const;
      }),
    );
    await fc.assert(
      fc.asyncProperty(call, async ([what, value, run]) => {
        const { outcome, before, after } = await probe({ what, as: world.alice, input: [value], run, secrets });
        const result = outcome.kind === "value" ? (outcome.value as { ok?: boolean }) : null;
        expect(result, `${what} answers with a result`).toMatchObject({ ok: expect.any(Boolean) });
        if (result?.ok) {
          // Only Alice's unsolved session can take a line or a hint, and at most one row.
          expect(String((value as { sessionId?: unknown }).sessionId).trim()).toBe(world.aliceSession);
          expect(after.Event! - before.Event!).toBeLessThanOrEqual(1);
        }
      }),
      options(60),
    );
    for (const sessionId of world.foreignSessions) {
      expect(await db.event.count({ where: { sessionId } }), "no line was added to another person's session").toBe(1);
    }
  });

  it("stores a replayed request once and answers it as before, even after the session is solved", async () => {
    const lines = ["2 9 + 5 7 , C: 0", "2 + 5 , 6 C: 1", "wrong", ", 8 6 C: 0", "0 8 6", "8 6"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(2), fc.constantFrom(...lines), fc.boolean()), { minLength: 2, maxLength: 8 }), async (steps) => {
        actAs(world.alice);
        const started = await redirectOf(() => startPractice(null, formOf({ source: "addition-numbers", a: "29", b: "57" })));
        const sessionId = started.split("/").at(-1) ?? "";
        const pool = [randomUUID(), randomUUID(), randomUUID()];
        const first = new Map<string, unknown>();
        for (const [which, text, hint] of steps) {
          const requestId = pool[which]!;
          const result = hint ? await requestHint({ sessionId, requestId }) : await submitLine({ sessionId, requestId, line: text });
          if (!result.ok) {
            expect(result.error.trim()).not.toBe("");
            continue;
          }
          const { replayed, ...answer } = result;
          if (first.has(requestId)) {
            expect(replayed, "a request id seen before is a replay").toBe(true);
            expect(answer).toEqual(first.get(requestId));
          } else {
            expect(replayed).toBe(false);
            first.set(requestId, answer);
          }
        }
        const stored = await db.event.findMany({ where: { sessionId }, select: { requestId: true } });
        expect(stored.map((event) => event.requestId).sort()).toEqual([...first.keys()].sort());
      }),
      options(12),
    );

    // The solved session: its last request replays; anything new is refused and stores nothing.
    actAs(world.alice);
    const before = await db.event.count({ where: { sessionId: world.aliceSolved } });
    const last = world.aliceSolvedRequests.at(-1)!;
    expect(await submitLine({ sessionId: world.aliceSolved, requestId: last, line: "anything" })).toMatchObject({ ok: true, replayed: true, solved: true });
    expect(await submitLine({ sessionId: world.aliceSolved, requestId: randomUUID(), line: "9" })).toMatchObject({ ok: false, error: expect.stringMatching(/\S/) });
    expect(await requestHint({ sessionId: world.aliceSolved, requestId: randomUUID() })).toMatchObject({ ok: false, error: expect.stringMatching(/\S/) });
    expect(await db.event.count({ where: { sessionId: world.aliceSolved } })).toBe(before);
  });

  it("createPythonProblem refuses bad programs and forms with a typed error", async () => {
    const form = hostileForm({
      title: ["Loop", "ループ"],
      difficulty: ["1", "5", "6", "２"],
      program: ["x = 1\ny = x + 1\n", "while True:\n    pass\n", "def f(:\n", "import js\n", "x = 1\r\ny = 2\r\n"],
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 1, arbitrary: wrongType }, { weight: 5, arbitrary: form }), async (data) => {
        const { outcome } = await probe({ what: "createPythonProblem", as: world.alice, input: [data], run: () => createPythonProblem(null, data as FormData), secrets });
        if (outcome.kind !== "redirect") expect(outcome).toMatchObject({ kind: "value", value: { ok: false } });
      }),
      options(15),
    );
  });

  it("the model route refuses forged sessions and bad bodies with a 4xx that says why", async () => {
    const body = fc.oneof(
      hostileString(),
      wrongType.map((value) => JSON.stringify(value) ?? ""),
      fc.record({ requestId: requestIds }).map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(sessionIds(), body, async (sessionId, text) => {
        const request = new Request("http://localhost/api/practice/forged/model", { method: "POST", body: text });
        const { status } = await probeResponse({
          what: "POST /api/practice/[sessionId]/model",
          as: world.alice,
          input: [sessionId, text],
          run: () => runModel(request, { params: Promise.resolve({ sessionId }) } as never),
          secrets,
        });
        // Alice's sessions are worked alone: no model may run in any of them.
        expect(status).toBeGreaterThanOrEqual(400);
      }),
      options(),
    );
    // Nobody at all: refused before anything is looked up.
    const sessionId = world.aliceSession;
    const { status } = await probeResponse({
      what: "POST model without cookies",
      as: new Browser(),
      input: [sessionId],
      run: () => runModel(new Request("http://localhost/x", { method: "POST", body: JSON.stringify({ requestId: randomUUID() }) }), { params: Promise.resolve({ sessionId }) } as never),
      secrets,
    });
    expect(status).toBe(401);
  });

  it("the Lab route refuses unknown models and bad bodies with a 4xx that says why", async () => {
    const body = fc.oneof(
      hostileString(),
      wrongType.map((value) => JSON.stringify(value) ?? ""),
      fc.record({ modelId: hostileString(), input: hostileString(["29 + 57"]) }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const { status } = await probeResponse({
          what: "POST /api/lab/solve",
          as: world.alice,
          input: [text],
          run: () => solveInLab(new Request("http://localhost/api/lab/solve", { method: "POST", body: text, headers: { "content-type": "application/json" } })),
          secrets,
        });
        expect(status).toBeGreaterThanOrEqual(400);
      }),
      options(),
    );
  });
});
