// The app's hosted-model path end to end, without internet: @ai-sdk/openai, configured as the
// app configures it (OPENAI_BASE_URL + OPENAI_COMPATIBLE_MODEL), talks over HTTP to our
// OpenAI-compatible server, which runs our trained models on the app's few-shot prompts.
// Since the server runs the same models, its answers must be token for token what the local
// models give directly. Also: the injected faults reach the SDK as the errors the app must
// handle, and a request that never answers can be abandoned without harm to the server.
import { join } from "node:path";
import { APICallError, generateText, streamText } from "ai";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { aiConfig, type AiConfig } from "@/lib/ai/config";
import { SERVED_MODELS, startCompatibleServer, type CompatibleServer } from "@/lib/ai/compatible-server";
import { loadModel } from "@/lib/ai/local/onnx-model";
import { createSolver, type Solver } from "@/lib/ai/solve";
import { addition, polynomial } from "@/lib/scratchpad";

const MODELS = join(import.meta.dirname, "..", "..", "models");
const TIMEOUT = 60_000;

let server: CompatibleServer;
let local: AiConfig;

/** The app's configuration for a compatible server serving `model`. */
const hosted = (model = "scratchpad-tutor"): AiConfig => aiConfig({ OPENAI_BASE_URL: server.url, OPENAI_COMPATIBLE_MODEL: model, LOCAL_MODELS_DIR: MODELS });
const compatible = (kind: string, variant: string, model = "scratchpad-tutor"): Solver =>
  createSolver({ modelId: `compatible:${model}`, kind, variant }, hosted(model));

/** What our model gives for the same problem when the app runs it locally. */
async function direct(kind: "addition" | "polynomial", variant: "scratchpad" | "direct", input: string, written: string[] = []): Promise<string> {
  const solver = createSolver({ modelId: `${kind}-${variant}` }, local);
  const { text } = await generateText({ ...solver.call(input, written) });
  return text;
}

beforeAll(async () => {
  server = await startCompatibleServer({ port: 0, modelsDir: MODELS });
  local = aiConfig({ LOCAL_MODELS_DIR: MODELS });
});
afterAll(async () => {
  await server?.close();
});

describe("the compatible server runs our models on the app's hosted-model prompts", () => {
  test("addition, scratchpad: the local model's exact output, and the reference target for an easy sum", async () => {
    const problem = { a: "29", b: "57" };
    const input = addition.formatInput(problem);
    const solver = compatible("addition", "scratchpad");
    const call = solver.call("29 + 57");
    expect(call.prompt).toContain("<scratch>");
    expect(call.prompt.endsWith(`Problem: ${input}\nSolution:`)).toBe(true);
    const result = await generateText({ ...call });
    expect(result.text).toBe(await direct("addition", "scratchpad", input));
    expect(result.text).toBe(addition.target(problem));
    expect(result.finishReason).toBe("stop");
    expect(result.usage.outputTokens).toBeGreaterThan(10);
    expect(result.response.modelId).toBe("scratchpad-tutor");

    // A longer in-distribution sum with carries: still the same tokens as the local model.
    const longer = addition.formatInput({ a: "4712936", b: "528810" });
    expect((await generateText({ ...solver.call(longer) })).text).toBe(await direct("addition", "scratchpad", longer));
  }, TIMEOUT);

  test("addition, direct: the direct model answers with one line", async () => {
    const problem = { a: "314", b: "27" };
    const input = addition.formatInput(problem);
    const call = compatible("addition", "direct").call(input);
    expect(call.prompt).not.toContain("<scratch>");
    const { text } = await generateText({ ...call });
    expect(text).toBe(await direct("addition", "direct", input));
    expect(text).not.toContain("\n");
    expect(text).toMatch(/^\d( \d)*$/);
  }, TIMEOUT);

  test("polynomial, scratchpad and direct: the local models' exact outputs", async () => {
    const input = "Evaluate 3*x**2 - 5*x + 7 at x = 4";
    const parsed = polynomial.parseInput(input);
    expect(parsed.ok).toBe(true);
    const scratchpad = await generateText({ ...compatible("polynomial", "scratchpad").call(input) });
    expect(scratchpad.text).toBe(await direct("polynomial", "scratchpad", input));
    expect(scratchpad.text.startsWith("<scratch>\n3*x**2: ")).toBe(true);
    const answer = await generateText({ ...compatible("polynomial", "direct").call(input) });
    expect(answer.text).toBe(await direct("polynomial", "direct", input));
    expect(answer.text).toMatch(/^-?\d+$/);
  }, TIMEOUT);

  test("continuation: with the first lines written, the rest of the solution and nothing else", async () => {
    const problem = { a: "29", b: "57" };
    const input = addition.formatInput(problem);
    const reference = addition.target(problem).split("\n");
    const written = reference.slice(0, 2);
    const call = compatible("addition", "scratchpad").call(input, written);
    expect(call.prompt.endsWith(`Problem: ${input}\nSolution:\n${written.join("\n")}`)).toBe(true);
    const { text } = await generateText({ ...call });
    expect(text).toBe(reference.slice(2).join("\n"));
    expect(text).toBe(await direct("addition", "scratchpad", input, written));
  }, TIMEOUT);

  test("streaming: several text deltas that add up to the answer, then stop and usage", async () => {
    const problem = { a: "8164", b: "953" };
    const result = streamText({ ...compatible("addition", "scratchpad").call(addition.formatInput(problem)) });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(10);
    expect(deltas.every((delta) => delta.length > 0)).toBe(true);
    expect(deltas.join("")).toBe(await direct("addition", "scratchpad", addition.formatInput(problem)));
    expect(await result.finishReason).toBe("stop");
    const usage = await result.usage;
    expect(usage.outputTokens).toBe(deltas.length);
    expect(usage.inputTokens).toBeGreaterThan(0);
  }, TIMEOUT);

  test("max_tokens is honoured: the answer stops there with finish reason length", async () => {
    const result = streamText({ ...compatible("addition", "scratchpad").call("29 + 57"), maxOutputTokens: 5 });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas).toHaveLength(5);
    expect(await result.finishReason).toBe("length");
  }, TIMEOUT);
});

describe("a client that leaves stops the decoding", () => {
  test("aborting a stream after its first tokens ends the server's decoding within a step or two", async () => {
    // The server runs in this process and shares the cached session, so its steps can be counted.
    const loaded = await loadModel(join(MODELS, "addition-scratchpad"));
    // Far out of distribution: the model writes until its max_len, hundreds of tokens.
    const input = addition.formatInput({ a: "9".repeat(40), b: "1".repeat(40) });
    const controller = new AbortController();
    const steps = vi.spyOn(loaded.session, "run");
    try {
      const result = streamText({ ...compatible("addition", "scratchpad").call(input), abortSignal: controller.signal, onError: () => {} });
      let deltas = 0;
      for await (const part of result.fullStream) {
        if (part.type === "text-delta" && ++deltas === 3) controller.abort();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      const ran = steps.mock.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(steps.mock.calls.length).toBe(ran);
      expect(ran).toBeGreaterThanOrEqual(3);
      expect(ran).toBeLessThan(loaded.maxLen / 2);
    } finally {
      steps.mockRestore();
    }
  }, TIMEOUT);
});

describe("faults reach the SDK as the app will see them", () => {
  test("fail-429 is an APICallError with status 429 (no retries asked)", async () => {
    const error = await generateText({ ...compatible("addition", "scratchpad", "fail-429").call("29 + 57"), maxRetries: 0 }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(429);
    expect((error as APICallError).isRetryable).toBe(true);
    expect((error as APICallError).message).toMatch(/rate limit/i);

    // Streaming: the same error, as the stream's error part.
    const parts = [];
    for await (const part of streamText({ ...compatible("addition", "scratchpad", "fail-429").call("29 + 57"), maxRetries: 0, onError: () => {} }).fullStream) parts.push(part);
    const failed = parts.find((part) => part.type === "error");
    expect(APICallError.isInstance(failed?.error)).toBe(true);
    expect((failed?.error as APICallError).statusCode).toBe(429);
  });

  test("fail-500 is an APICallError with status 500; the SDK's default retries end quickly", async () => {
    const started = Date.now();
    // Default retries (2): the server's retry-after-ms keeps them short.
    const error = await generateText({ ...compatible("addition", "scratchpad", "fail-500").call("29 + 57") }).catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(3_000);
    const last = APICallError.isInstance(error) ? error : (error as { lastError?: unknown }).lastError;
    expect(APICallError.isInstance(last)).toBe(true);
    expect((last as APICallError).statusCode).toBe(500);
  });

  test("garbage: nonsense lines, one of them very long, finishing normally", async () => {
    const result = await generateText({ ...compatible("addition", "scratchpad", "garbage").call("29 + 57") });
    const lines = result.text.split("\n");
    expect(lines.length).toBeGreaterThan(2);
    expect(result.text).toContain("lorem ipsum");
    expect(Math.max(...lines.map((line) => line.length))).toBeGreaterThan(2_000);
    expect(result.finishReason).toBe("stop");
  });

  test("hang: an AbortSignal ends the request at once, and the server goes on serving", async () => {
    const started = Date.now();
    const error = await generateText({ ...compatible("addition", "scratchpad", "hang").call("29 + 57"), abortSignal: AbortSignal.timeout(300), maxRetries: 0 }).catch(
      (caught: unknown) => caught,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((error as Error).name).toMatch(/AbortError|TimeoutError/);

    const parts: string[] = [];
    const stream = streamText({ ...compatible("addition", "scratchpad", "hang").call("29 + 57"), abortSignal: AbortSignal.timeout(300), onError: () => {} });
    for await (const part of stream.fullStream) parts.push(part.type);
    expect(parts).toContain("abort");
    expect(Date.now() - started).toBeLessThan(4_000);

    const { text } = await generateText({ ...compatible("addition", "scratchpad").call("29 + 57") });
    expect(text).toBe(addition.target({ a: "29", b: "57" }));
  }, TIMEOUT);

  test("slow: the role chunk comes at once, then each token waits", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const response = await fetch(`${server.url}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "slow", stream: true, messages: [{ role: "user", content: "2 9 + 5 7" }] }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(first).toMatch(/^data: /);
    expect(JSON.parse(first.slice("data: ".length))).toMatchObject({ object: "chat.completion.chunk", choices: [{ delta: { role: "assistant" }, finish_reason: null }] });
    controller.abort();
  });
});

describe("the HTTP API itself", () => {
  test("/v1/models lists the served names", async () => {
    const response = await fetch(`${server.url}/models`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { object: string; data: { id: string; object: string; owned_by: string }[] };
    expect(body.object).toBe("list");
    expect(body.data.map((model) => model.id)).toEqual([...SERVED_MODELS]);
    expect(body.data.map((model) => model.id)).toEqual(expect.arrayContaining(["scratchpad-tutor", "fail-429", "fail-500", "garbage", "slow", "hang"]));
    for (const model of body.data) expect(model).toMatchObject({ object: "model", owned_by: "scratchpad-tutor" });
  });

  test("a malformed body is a 400 with an OpenAI-style error; an unknown model a 404", async () => {
    const post = (body: string) => fetch(`${server.url}/chat/completions`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const malformed = await post("{not json");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { message: expect.any(String), type: "invalid_request_error" } });

    const noMessages = await post(JSON.stringify({ model: "scratchpad-tutor" }));
    expect(noMessages.status).toBe(400);

    const unknown = await post(JSON.stringify({ model: "gpt-17", messages: [{ role: "user", content: "hi" }] }));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "model_not_found" } });

    // A prompt our models cannot read: a 400 before any stream starts, an APICallError in the SDK.
    const error = await generateText({ model: compatible("addition", "scratchpad").call("29 + 57").model, prompt: "what is 2 + 2?", maxRetries: 0 }).catch(
      (caught: unknown) => caught,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).statusCode).toBe(400);
  });

  test("a path of 10,000 slashes costs at most 10× one of 1,000 (quadratic is 100×)", async () => {
    // CPU time of this process, which runs the server too: the clock would count other processes.
    // A request's fixed cost is most of both, so linear is well under 10×.
    const cost = async (slashes: number) => {
      let fastest = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 5; round += 1) {
        const start = process.cpuUsage();
        const response = await fetch(`${server.url}/models${"/".repeat(slashes)}x`);
        await response.arrayBuffer();
        const used = process.cpuUsage(start);
        expect(response.status).toBe(404);
        fastest = Math.min(fastest, (used.user + used.system) / 1000);
      }
      return fastest;
    };
    await cost(1_000);
    expect((await cost(10_000)) / (await cost(1_000))).toBeLessThanOrEqual(10);
  });

  test("close() ends open connections, a hanging request included", async () => {
    const other = await startCompatibleServer({ port: 0, modelsDir: MODELS });
    const pending = fetch(`${other.url}/chat/completions`, { method: "POST", body: JSON.stringify({ model: "hang", messages: [] }) }).then(
      () => "answered",
      () => "failed",
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toBe("failed");
  });
});
