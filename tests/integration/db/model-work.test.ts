// A model working with a student, end to end on a real database: the route handler streams
// the lines of our trained models (for real) and of a hosted model reached through
// @ai-sdk/openai and our OpenAI-compatible server; each line is judged and stored once.
// Failure handling uses the AI SDK's mock models, since those tests are about the app.
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { APICallError } from "ai";
import { MockLanguageModelV3, simulateReadableStream } from "ai/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPractice, submitLine, submitSpot } from "@/app/(practice)/actions";
import { POST } from "@/app/api/practice/[sessionId]/model/route";
import { aiConfig } from "@/lib/ai/config";
import { startCompatibleServer, type CompatibleServer } from "@/lib/ai/compatible-server";
import type { Solver } from "@/lib/ai/solve";
import { db } from "@/lib/db/client";
import { findOwnedSession } from "@/lib/db/practice-sessions";
import { modelContext } from "@/lib/model-work/context";
import { startModelRun, type RunMessage } from "@/lib/model-work/run";
import { buildPracticeView } from "@/lib/practice/practice-view";
import { loadStoredProblem } from "@/lib/practice/stored-problem";
import { actAs, Browser, redirectOf } from "../../support/next-request";
import { form } from "../../support/forms";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";
const MODELS = join(import.meta.dirname, "..", "..", "..", "models");
const SLOW = 60_000;


async function start(browser: Browser, fields: Record<string, string>): Promise<string> {
  actAs(browser);
  const url = await redirectOf(() => startPractice(null, form(fields)));
  const id = /^\/practice\/([a-z0-9]+)$/.exec(url)?.[1];
  if (!id) throw new Error(`unexpected redirect ${url}`);
  return id;
}

/** POSTs to the model route as `browser`; the stream's messages, or the refusal. */
async function runModel(browser: Browser, sessionId: string, body: unknown = { requestId: randomUUID() }, signal?: AbortSignal) {
  actAs(browser);
  const request = new Request(`http://localhost/api/practice/${sessionId}/model`, { method: "POST", body: JSON.stringify(body), signal });
  const response = await POST(request, { params: Promise.resolve({ sessionId }) });
  if (!response.ok) return { status: response.status, error: ((await response.json()) as { error: string }).error, messages: [] as RunMessage[] };
  const text = await response.text();
  return { status: response.status, error: null, messages: text.trim().split("\n").map((line) => JSON.parse(line) as RunMessage) };
}

const lineEvents = (sessionId: string) => db.event.findMany({ where: { sessionId, type: "line" }, orderBy: { seq: "asc" } });

/** Every stored line's verdict is the validator's verdict on its text, as for a student's. */
async function expectJudgedByValidator(sessionId: string) {
  const session = await db.practiceSession.findUniqueOrThrow({ where: { id: sessionId }, include: { problem: true } });
  const loaded = loadStoredProblem(session.problem);
  if (!loaded.ok) throw new Error(loaded.error);
  for (const event of await lineEvents(sessionId)) {
    const verdict = loaded.task.judgeLine(loaded.value, event.lineIndex, event.text, { actor: "model" });
    expect(event.verdict).toEqual(verdict);
    expect(event.ok).toBe(verdict.ok);
  }
}

describe(`a model working with the student, on ${provider}`, () => {
  const alice = new Browser();
  const bob = new Browser();
  const saved = { ...process.env };

  beforeAll(() => {
    process.env.LOCAL_MODELS_DIR = MODELS;
  });
  afterAll(() => {
    process.env = saved;
  });

  it(
    "Watch: our addition model writes the whole scratchpad; each line judged and stored once; the session ends",
    async () => {
      const id = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "watch" });
      const session = await db.practiceSession.findUniqueOrThrow({ where: { id } });
      expect(session).toMatchObject({ mode: "watch", modelId: "addition-scratchpad" });

      const run = await runModel(alice, id);
      expect(run.status).toBe(200);
      const lines = run.messages.filter((message) => message.type === "line");
      expect(lines.map((message) => message.type === "line" && message.line.text)).toEqual((await findReference(id)).map((line) => line.text));
      expect(lines.every((message) => message.type === "line" && message.line.ok && message.line.verdict?.ok)).toBe(true);
      expect(run.messages.at(-1)).toEqual({ type: "done", finished: true });

      const stored = await lineEvents(id);
      expect(stored.map((event) => [event.actor, event.modelId, event.variant])).toEqual(stored.map(() => ["model", "addition-scratchpad", "scratchpad"]));
      await expectJudgedByValidator(id);
      expect(await db.practiceSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "watched" });
      expect(await db.modelCall.findMany({ where: { sessionId: id } })).toMatchObject([{ status: "done", lines: stored.length, purpose: "watch" }]);

      // Done is done: a second run is refused and nothing is added.
      expect(await runModel(alice, id)).toMatchObject({ status: 409 });
      expect(await lineEvents(id)).toHaveLength(stored.length);
    },
    SLOW,
  );

  it(
    "Watch: a wrong model line is stored with the diagnosis a student would get, and the view marks it first",
    async () => {
      // Our polynomial model gets the terms right and the one-line sum wrong here (49, it writes 9).
      const id = await start(alice, { source: "polynomial-input", expression: "-x**3 + 8*x**2", x: "7", mode: "watch" });
      await runModel(alice, id);
      await expectJudgedByValidator(id);
      const view = buildPracticeView((await findOwnedSession({ sessionId: id, userId: await userOf(id) }))!, null);
      const model = view?.model;
      expect(model?.scratchpad.length).toBeGreaterThan(0);
      const wrong = model?.scratchpad.filter((line) => !line.ok) ?? [];
      expect(wrong.length).toBeGreaterThan(0);
      expect(model?.firstWrong).toBe(wrong[0]?.index);
      expect(wrong[0]?.verdict?.message).toMatch(/^Not quite/);
    },
    SLOW,
  );

  it(
    "Take turns: after the student's right line the model writes the next one of the same scratchpad",
    async () => {
      const id = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "turns" });
      expect(await runModel(alice, id)).toMatchObject({ status: 409, error: expect.stringContaining("your turn") });

      const reference = await findReference(id);
      actAs(alice);
      expect(await submitLine({ sessionId: id, requestId: randomUUID(), line: reference[1]!.text })).toMatchObject({ ok: true, verdict: { ok: true } });
      const run = await runModel(alice, id);
      expect(run.messages.filter((message) => message.type === "line")).toHaveLength(1);
      const events = await lineEvents(id);
      expect(events.map((event) => [event.actor, event.lineIndex, event.ok])).toEqual([
        ["student", 1, true],
        ["model", 2, true],
      ]);
      expect(events[1]?.text).toBe(reference[2]!.text);
      // The turn is the student's again: the model may not write twice in a row.
      expect(await runModel(alice, id)).toMatchObject({ status: 409 });
      actAs(alice);
      expect(await submitLine({ sessionId: id, requestId: randomUUID(), line: reference[3]!.text })).toMatchObject({ ok: true, verdict: { ok: true } });
    },
    SLOW,
  );

  it(
    "Spot the error with a planted error: verdicts stay on the server until the pick, which is scored once",
    async () => {
      const id = await start(alice, { source: "addition-numbers", a: "4758", b: "3694", mode: "spot", planted: "on" });
      actAs(alice);
      expect(await submitSpot({ sessionId: id, requestId: randomUUID(), pick: -1 })).toMatchObject({ ok: false, error: expect.stringContaining("not finished") });

      const run = await runModel(alice, id);
      const lines = run.messages.flatMap((message) => (message.type === "line" ? [message.line] : []));
      expect(lines.length).toBeGreaterThan(3);
      expect(lines.every((line) => line.verdict === null && line.actor === "model")).toBe(true);

      const events = await lineEvents(id);
      const planted = events.filter((event) => event.actor === "app");
      expect(planted).toHaveLength(1);
      expect(planted[0]?.ok).toBe(false);
      expect(planted[0]?.diagnosisId).not.toBeNull();
      // The page saw the planted text in the planted line's place, and nothing else there.
      expect(lines.find((line) => line.index === planted[0]?.lineIndex)?.text).toBe(planted[0]?.text);

      const hidden = buildPracticeView((await findOwnedSession({ sessionId: id, userId: await userOf(id) }))!, null)?.model;
      expect(hidden?.verdictsHidden).toBe(true);
      expect(JSON.stringify(hidden)).not.toContain("Not quite");

      actAs(alice);
      const wrongPick = lines.find((line) => line.index !== planted[0]?.lineIndex)!.index;
      const answer = await submitSpot({ sessionId: id, requestId: randomUUID(), pick: planted[0]!.lineIndex });
      expect(answer).toMatchObject({ ok: true, correct: true, firstWrong: planted[0]!.lineIndex });
      expect(await submitSpot({ sessionId: id, requestId: randomUUID(), pick: wrongPick })).toMatchObject({ ok: false, error: expect.stringContaining("already answered") });
      const shown = buildPracticeView((await findOwnedSession({ sessionId: id, userId: await userOf(id) }))!, null)?.model;
      expect(shown).toMatchObject({ verdictsHidden: false, spot: { correct: true }, firstWrong: planted[0]!.lineIndex });
      expect(shown?.scratchpad.find((line) => line.actor === "app")?.modelWrote).toBe(events.find((event) => event.actor === "model" && event.lineIndex === planted[0]?.lineIndex)?.text);
      expect(await db.practiceSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "solved" });
    },
    SLOW,
  );

  it(
    "Compare: the scratchpad answer and the direct model's answer, each judged against the answer line",
    async () => {
      const id = await start(alice, { source: "addition-numbers", a: "358", b: "467", mode: "compare" });
      const run = await runModel(alice, id);
      const direct = run.messages.filter((message) => message.type === "line" && message.variant === "direct");
      expect(direct).toHaveLength(1);
      const reference = await findReference(id);
      const events = await lineEvents(id);
      expect(events.filter((event) => event.variant === "direct").map((event) => [event.modelId, event.lineIndex])).toEqual([["addition-direct", reference.length - 1]]);
      expect(events.filter((event) => event.variant === "scratchpad").length).toBe(reference.length);
      await expectJudgedByValidator(id);
      expect(run.messages.at(-1)).toEqual({ type: "done", finished: true });
    },
    SLOW,
  );

  it("refuses strangers, other people's sessions, bad bodies and sessions worked alone", async () => {
    const id = await start(alice, { source: "addition-numbers", a: "12", b: "34", mode: "watch" });
    const alone = await start(alice, { source: "addition-numbers", a: "12", b: "34" });
    expect(await runModel(new Browser(), id)).toMatchObject({ status: 401 });
    await start(bob, { source: "addition-numbers", a: "1", b: "2" });
    expect(await runModel(bob, id)).toMatchObject({ status: 404 });
    expect(await runModel(alice, id, { requestId: "not-a-uuid" })).toMatchObject({ status: 400 });
    expect(await runModel(alice, id, "[]")).toMatchObject({ status: 400 });
    expect(await runModel(alice, alone)).toMatchObject({ status: 400 });
    expect(await lineEvents(id)).toHaveLength(0);
    // A student cannot write lines where the model does, nor ask for a model it does not offer.
    actAs(alice);
    expect(await submitLine({ sessionId: id, requestId: randomUUID(), line: "<scratch>" })).toMatchObject({ ok: false, error: expect.stringContaining("model writes") });
    await expect(redirectOf(() => startPractice(null, form({ source: "addition-numbers", a: "1", b: "2", mode: "watch", modelId: "openai:gpt-4o" })))).rejects.toThrow();
    expect(await startPractice(null, form({ source: "addition-numbers", a: "1", b: "2", mode: "watch", modelId: "openai:gpt-4o" }))).toMatchObject({ ok: false, error: expect.stringContaining("cannot work") });
    expect(await startPractice(null, form({ source: "addition-numbers", a: "1", b: "2", mode: "chat" }))).toMatchObject({ ok: false });
  });

  describe("when the model fails", () => {
    /** A solver whose model is `model`, for tests about what the app does around a model. */
    const mockSolver = (model: MockLanguageModelV3) => (): Solver =>
      ({ entry: { id: "mock", label: "mock", provider: "local", kinds: ["addition"], variants: ["scratchpad"] }, kind: "addition", variant: "scratchpad", call: (input: string, written: string[] = []) => ({ input, model, prompt: [input, ...written].join("\n") }) }) as unknown as Solver;
    const streaming = (chunks: string[], { error, hang }: { error?: unknown; hang?: boolean } = {}) =>
      new MockLanguageModelV3({
        doStream: async ({ abortSignal }) => ({
          stream: new ReadableStream({
            async start(controller) {
              controller.enqueue({ type: "stream-start", warnings: [] });
              controller.enqueue({ type: "text-start", id: "t" });
              for (const delta of chunks) controller.enqueue({ type: "text-delta", id: "t", delta });
              // As providers report a failure after some text: an error part, then the end.
              if (error) {
                controller.enqueue({ type: "error", error });
                return controller.close();
              }
              if (hang) {
                await new Promise((resolve) => abortSignal?.addEventListener("abort", resolve));
                return controller.error(abortSignal?.reason);
              }
              controller.enqueue({ type: "text-end", id: "t" });
              controller.enqueue({ type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage: { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } } });
              controller.close();
            },
          }),
        }),
      });

    async function run(id: string, model: MockLanguageModelV3, env: Record<string, string> = {}, signal = new AbortController().signal, locale: "en" | "ja" = "en") {
      const userId = await userOf(id);
      const started = await startModelRun({ userId, sessionId: id, requestId: randomUUID(), signal, config: aiConfig({ ...process.env, ...env }), solverFor: mockSolver(model), locale });
      if (!started.ok) return { started, messages: [] as RunMessage[] };
      const messages: RunMessage[] = [];
      for await (const message of started.messages) messages.push(message);
      return { started, messages };
    }

    it("rate-limited mid-stream: a clear message, the lines before it kept, and a retry goes on from them", async () => {
      const id = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "watch" });
      const reference = await findReference(id);
      const limited = new APICallError({ message: "Too many requests", url: "http://x", requestBodyValues: {}, statusCode: 429, isRetryable: true });
      const first = await run(id, streaming([`${reference[0]!.text}\n${reference[1]!.text}\n`], { error: limited }));
      expect(first.messages.at(-1)).toMatchObject({ type: "error", message: expect.stringContaining("limiting requests") });
      expect((await lineEvents(id)).map((event) => event.lineIndex)).toEqual([0, 1]);
      expect(await db.modelCall.findFirst({ where: { sessionId: id } })).toMatchObject({ status: "failed", lines: 2 });

      let prompt = "";
      const rest = reference.slice(2).map((line) => line.text).join("\n");
      const again = streaming([rest]);
      const original = again.doStream.bind(again);
      again.doStream = async (options) => {
        prompt = JSON.stringify(options.prompt);
        return original(options);
      };
      const second = await run(id, again);
      expect(second.messages.at(-1)).toEqual({ type: "done", finished: true });
      expect((await lineEvents(id)).map((event) => event.lineIndex)).toEqual(reference.map((line) => line.index));
      // It was asked to go on from the two lines it had written.
      expect(prompt).toContain(reference[1]!.text);
    });

    it("in Japanese: lines judged and the failure told in Japanese; a reload tells it in the viewer's language", async () => {
      const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
      const id = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "watch" });
      const reference = await findReference(id);
      const limited = new APICallError({ message: "Too many requests", url: "http://x", requestBodyValues: {}, statusCode: 429, isRetryable: true });
      const result = await run(id, streaming([`${reference[0]!.text}\n, 9 9 C: 0\n`], { error: limited }), {}, undefined, "ja");
      const wrong = result.messages.find((message) => message.type === "line" && !message.line.ok);
      expect(wrong?.type === "line" && wrong.line.verdict?.message).toMatch(japanese);
      expect(result.messages.at(-1)).toMatchObject({ type: "error", message: expect.stringMatching(japanese) });

      const session = { id, mode: "watch", modelId: "addition-scratchpad" };
      expect((await modelContext(session, "ja"))?.lastError).toMatch(japanese);
      expect((await modelContext(session, "en"))?.lastError).toContain("limiting requests");
    });

    it("too slow: stopped at the time limit with a message", async () => {
      const id = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "watch" });
      const result = await run(id, streaming(["<scratch>\n"], { hang: true }), { MODEL_TIMEOUT_SECONDS: "1" });
      expect(result.messages.at(-1)).toMatchObject({ type: "error", message: expect.stringContaining("longer than 1 s") });
      expect(await lineEvents(id)).toHaveLength(1);
      expect(await db.modelCall.findFirst({ where: { sessionId: id } })).toMatchObject({ status: "failed" });
    });

    it("garbage: every line judged wrong, and an endless writer is cut off", async () => {
      const id = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "watch" });
      const reference = await findReference(id);
      const junk = Array.from({ length: 40 }, (_, i) => `lorem ipsum ${i} \u202e\u0000 ${"😀".repeat(i)}`).join("\n");
      const result = await run(id, streaming([junk]));
      const stored = await lineEvents(id);
      expect(stored).toHaveLength(reference.length + 3);
      expect(stored.every((event) => event.ok === false)).toBe(true);
      expect(result.messages).toContainEqual({ type: "notice", message: expect.stringContaining("past the end") });
      await expectJudgedByValidator(id);
    });

    it("the page goes away: the model stops, the call is recorded as aborted, the lines stay", async () => {
      const id = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "watch" });
      const leave = new AbortController();
      const userId = await userOf(id);
      const started = await startModelRun({ userId, sessionId: id, requestId: randomUUID(), signal: leave.signal, config: aiConfig(process.env), solverFor: mockSolver(streaming(["<scratch>\n"], { hang: true })) });
      if (!started.ok) throw new Error(started.error);
      const first = await started.messages.next();
      expect(first.value).toMatchObject({ type: "line" });
      leave.abort();
      const rest: RunMessage[] = [];
      for await (const message of started.messages) rest.push(message);
      expect(rest).toEqual([]);
      expect(await db.modelCall.findFirst({ where: { sessionId: id } })).toMatchObject({ status: "aborted", lines: 1 });
      expect(await lineEvents(id)).toHaveLength(1);
    });

    it("a model the server no longer offers: a message, not a crash", async () => {
      const id = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "watch" });
      await db.practiceSession.update({ where: { id }, data: { modelId: "openai:gone" } });
      const result = await runModel(alice, id);
      expect(result.messages).toEqual([{ type: "error", message: expect.stringContaining("no longer available") }]);
    });

    it("limits model runs per person per minute, across sessions", async () => {
      process.env.MODEL_CALLS_PER_MINUTE = "2";
      try {
        const carol = new Browser();
        const ids = [
          await start(carol, { source: "addition-numbers", a: "1", b: "2", mode: "watch" }),
          await start(carol, { source: "addition-numbers", a: "3", b: "4", mode: "watch" }),
          await start(carol, { source: "addition-numbers", a: "5", b: "6", mode: "watch" }),
        ];
        expect(await runModel(carol, ids[0]!)).toMatchObject({ status: 200 });
        expect(await runModel(carol, ids[1]!)).toMatchObject({ status: 200 });
        expect(await runModel(carol, ids[2]!)).toMatchObject({ status: 429, error: expect.stringContaining("in the last minute") });
        expect(await lineEvents(ids[2]!)).toHaveLength(0);
      } finally {
        delete process.env.MODEL_CALLS_PER_MINUTE;
      }
    }, SLOW);
  });

  describe("a hosted model through @ai-sdk/openai (our OpenAI-compatible server)", () => {
    let server: CompatibleServer;
    beforeAll(async () => {
      server = await startCompatibleServer({ port: 0, modelsDir: MODELS });
      process.env.OPENAI_BASE_URL = server.url;
      process.env.OPENAI_COMPATIBLE_MODEL = "scratchpad-tutor";
    });
    afterAll(async () => {
      delete process.env.OPENAI_BASE_URL;
      delete process.env.OPENAI_COMPATIBLE_MODEL;
      await server?.close();
    });

    it(
      "works every mode's path: Watch and Compare with the few-shot prompts, Take turns from the shared scratchpad",
      async () => {
        const watch = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "watch", modelId: "compatible:scratchpad-tutor" });
        const reference = await findReference(watch);
        const watched = await runModel(alice, watch);
        expect(watched.messages.flatMap((message) => (message.type === "line" ? [message.line.text] : []))).toEqual(reference.map((line) => line.text));
        expect((await lineEvents(watch)).every((event) => event.modelId === "compatible:scratchpad-tutor" && event.ok)).toBe(true);

        const compare = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "compare", modelId: "compatible:scratchpad-tutor" });
        await runModel(alice, compare);
        const direct = (await lineEvents(compare)).filter((event) => event.variant === "direct");
        expect(direct.map((event) => [event.modelId, event.lineIndex])).toEqual([["compatible:scratchpad-tutor", reference.length - 1]]);

        const turns = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "turns", modelId: "compatible:scratchpad-tutor" });
        actAs(alice);
        await submitLine({ sessionId: turns, requestId: randomUUID(), line: reference[1]!.text });
        await runModel(alice, turns);
        expect((await lineEvents(turns)).map((event) => [event.actor, event.text])).toEqual([
          ["student", reference[1]!.text],
          ["model", reference[2]!.text],
        ]);
      },
      SLOW,
    );

    it("a rate-limited service: the student is told, and the session is unharmed", async () => {
      process.env.OPENAI_COMPATIBLE_MODEL = "fail-429";
      try {
        const id = await start(alice, { source: "addition-numbers", a: "29", b: "57", mode: "watch", modelId: "compatible:fail-429" });
        const result = await runModel(alice, id);
        expect(result.messages).toEqual([{ type: "error", message: expect.stringContaining("limiting requests") }]);
        expect(await lineEvents(id)).toHaveLength(0);
      } finally {
        process.env.OPENAI_COMPATIBLE_MODEL = "scratchpad-tutor";
      }
    });
  });
});

async function userOf(sessionId: string): Promise<string> {
  return (await db.practiceSession.findUniqueOrThrow({ where: { id: sessionId } })).userId;
}

async function findReference(sessionId: string) {
  const session = await db.practiceSession.findUniqueOrThrow({ where: { id: sessionId }, include: { problem: true } });
  const loaded = loadStoredProblem(session.problem);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.task.referenceLines(loaded.value);
}
