/**
 * A small OpenAI-compatible server (`/v1/models`, `/v1/chat/completions`) in front of our
 * own trained models, so the app's hosted-model path (`@ai-sdk/openai` pointed at
 * OPENAI_BASE_URL) can be exercised end to end with no internet: in integration tests, in
 * the end-to-end tests, or by hand (`npm run serve:compatible`).
 *
 * The model `scratchpad-tutor` reads the prompt the app writes for hosted models
 * (`fewShotPrompt`): it takes the last `Problem: …` block, its input and any lines already
 * written after `Solution:`, picks the task (addition if the input parses as one, else
 * polynomial) and the variant (scratchpad if the worked examples have `<scratch>`), and
 * runs our local model `<task>-<variant>` on `[input, ...written].join("\n")`, exactly as
 * the app runs a local model. A prompt with no `Problem:` block is taken as a local
 * model's prompt (the input, then written lines), scratchpad variant.
 *
 * The other names inject faults, for tests of failure handling: `fail-429`, `fail-500`,
 * `garbage` (nonsense lines, one of them very long), `slow` (2 s before each token) and
 * `hang` (never answers). Each ends when the client goes away.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { InvalidPromptError, streamText } from "ai";
import { addition, polynomial, type Variant } from "../scratchpad";
import { localModels } from "./local/models";
import { createLocalProvider } from "./local/provider";

export interface CompatibleServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The folder of our trained models (`<dir>/<id>/model.onnx`). */
  modelsDir: string;
  host?: "127.0.0.1";
}

export interface CompatibleServer {
  /** The base URL to give the OpenAI client, e.g. `http://127.0.0.1:11435/v1`. */
  url: string;
  /** Stops listening, aborts what is running and ends every open connection. */
  close(): Promise<void>;
}

/** The model that answers with our trained models. */
export const TUTOR_MODEL = "scratchpad-tutor";
/** Models that fail on purpose. */
export const FAULT_MODELS = ["fail-429", "fail-500", "garbage", "slow", "hang"] as const;
export const SERVED_MODELS = [TUTOR_MODEL, ...FAULT_MODELS] as const;
type ServedModel = (typeof SERVED_MODELS)[number];

const OWNER = "scratchpad-tutor";
/** Requests are a prompt of a few kilobytes; anything far bigger is refused. */
const MAX_BODY_BYTES = 1 << 20;
const SLOW_DELAY_MS = 2_000;
/**
 * Sent with the injected 429 and 500 so that a client which retries (the AI SDK does, twice,
 * by default) retries at once instead of after its 2 s + 4 s backoff: tests stay quick.
 */
const RETRY_AFTER_MS = "100";

export async function startCompatibleServer({ port = 0, modelsDir, host = "127.0.0.1" }: CompatibleServerOptions): Promise<CompatibleServer> {
  const running = new Set<AbortController>();
  const server = createServer((req, res) => {
    const controller = new AbortController();
    running.add(controller);
    // A write to a connection that has gone away is not worth a crash; `close` handles it.
    res.on("error", () => {});
    // The response closing before it finished means the client went away (or close()).
    res.on("close", () => {
      running.delete(controller);
      if (!res.writableFinished) controller.abort(new Error("the client closed the connection"));
    });
    handle(req, res, modelsDir, controller.signal).catch((error: unknown) => {
      failLate(res, error);
    });
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}/v1`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const controller of running) controller.abort(new Error("the server is closing"));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Routing

async function handle(req: IncomingMessage, res: ServerResponse, modelsDir: string, signal: AbortSignal): Promise<void> {
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  // Not `/\/+$/`: tried again from every slash, it takes quadratic time on a path of slashes.
  let end = pathname.length;
  while (end > 0 && pathname[end - 1] === "/") end -= 1;
  const path = pathname.slice(0, end);
  if (path === "/v1/models" || path.startsWith("/v1/models/")) {
    if (req.method !== "GET") return sendError(res, 405, "invalid_request_error", `use GET for ${path}`);
    if (path === "/v1/models") return sendJson(res, 200, { object: "list", data: SERVED_MODELS.map(modelObject) });
    const id = attempt(() => decodeURIComponent(path.slice("/v1/models/".length)), "");
    if (!isServed(id)) return sendError(res, 404, "invalid_request_error", `The model '${id}' does not exist`, "model_not_found");
    return sendJson(res, 200, modelObject(id));
  }
  if (path === "/v1/chat/completions") {
    if (req.method !== "POST") return sendError(res, 405, "invalid_request_error", "use POST for /v1/chat/completions");
    return chatCompletions(req, res, modelsDir, signal);
  }
  return sendError(res, 404, "invalid_request_error", `no route ${req.method ?? "?"} ${path}: this server has /v1/models and /v1/chat/completions`);
}

const modelObject = (id: string) => ({ id, object: "model", created: 0, owned_by: OWNER });
const isServed = (id: unknown): id is ServedModel => typeof id === "string" && (SERVED_MODELS as readonly string[]).includes(id);

// ---------------------------------------------------------------------------------------
// Chat completions

interface ChatRequest {
  model: ServedModel;
  stream: boolean;
  includeUsage: boolean;
  maxTokens: number | undefined;
  text: string;
}

/** Why generation ended and what it used, in OpenAI's terms. */
interface Ending {
  finishReason: "stop" | "length";
  promptTokens: number;
  completionTokens: number;
}

/** Text pieces as they come (one per token for our models), then how it ended. */
type Pieces = AsyncGenerator<string, Ending>;

/** A request the server refuses before answering: an HTTP status with an OpenAI error body. */
class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type = "invalid_request_error",
    readonly param: string | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

async function chatCompletions(req: IncomingMessage, res: ServerResponse, modelsDir: string, signal: AbortSignal): Promise<void> {
  let request: ChatRequest;
  try {
    request = parseRequest(await readBody(req));
  } catch (error) {
    return sendRequestError(res, error);
  }
  const { model } = request;
  if (model === "fail-429") {
    res.setHeader("retry-after-ms", RETRY_AFTER_MS);
    return sendError(res, 429, "rate_limit_exceeded", "Rate limit reached for fail-429 (injected by the test server). Please try again later.", "rate_limit_exceeded");
  }
  if (model === "fail-500") {
    res.setHeader("retry-after-ms", RETRY_AFTER_MS);
    return sendError(res, 500, "server_error", "The server had an error while processing your request (injected by the test server).");
  }
  if (model === "hang") {
    // Nothing at all, not even the headers, until the client gives up.
    if (!signal.aborted) await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
    return;
  }

  let pieces: Pieces;
  let fingerprint: string;
  if (model === "garbage") {
    [pieces, fingerprint] = [garbage(request.maxTokens, signal), "garbage"];
  } else {
    let prepared: { modelId: string; prompt: string } | undefined;
    try {
      prepared = prepare(request.text, modelsDir);
    } catch (error) {
      // `slow` is about timing, not answers: it says anything slowly.
      if (model !== "slow") return sendRequestError(res, error);
    }
    fingerprint = prepared?.modelId ?? "garbage";
    pieces = prepared ? tutor(prepared, modelsDir, request.maxTokens, signal) : garbage(request.maxTokens, signal);
    if (model === "slow") pieces = delayed(pieces, SLOW_DELAY_MS, signal);
  }
  try {
    await answer(res, request, pieces, { id: `chatcmpl-${randomUUID()}`, created: Math.floor(Date.now() / 1000), model, system_fingerprint: fingerprint }, signal);
  } finally {
    // Ends the model's stream too when the answer stopped early (the client left).
    pieces.return(undefined as never).catch(() => {});
  }
}

async function answer(res: ServerResponse, request: ChatRequest, pieces: Pieces, base: Record<string, unknown>, signal: AbortSignal): Promise<void> {
  const { model } = request;

  // The first step before any header: a prompt the model cannot read is a 400, as it is
  // for a hosted model, not an error in the middle of a stream. (Not for `slow`, which
  // must send its role chunk before it waits.)
  const first = model === "slow" ? undefined : await pieces.next().catch((error: unknown) => error as Error);
  if (first instanceof Error) {
    if (signal.aborted) return;
    return sendRequestError(res, first);
  }

  if (!request.stream) {
    let text = "";
    let step = first ?? (await pieces.next());
    for (; !step.done; step = await pieces.next()) text += step.value;
    const ending = step.value;
    return sendJson(res, 200, {
      ...base,
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: text, refusal: null }, logprobs: null, finish_reason: ending.finishReason }],
      usage: usageObject(ending),
    });
  }

  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders();
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) => sse(res, { ...base, object: "chat.completion.chunk", choices, ...extra });
  const delta = (content: Record<string, unknown>, finishReason: string | null = null) =>
    chunk([{ index: 0, delta: content, logprobs: null, finish_reason: finishReason }]);
  // The role alone: OpenAI also sends `content: ""` here, which the AI SDK turns into an
  // empty text delta.
  delta({ role: "assistant" });
  let step = first ?? (await pieces.next());
  for (; !step.done; step = await pieces.next()) {
    if (signal.aborted) return;
    delta({ content: step.value });
    await drained(res, signal);
  }
  const ending = step.value;
  delta({}, ending.finishReason);
  if (request.includeUsage) chunk([], { usage: usageObject(ending) });
  res.end("data: [DONE]\n\n");
}

function parseRequest(raw: string): ChatRequest {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    throw new RequestError(400, `We could not parse the JSON body of your request: ${(error as Error).message}`);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new RequestError(400, "the body must be a JSON object");
  const fields = body as Record<string, unknown>;
  const model = fields.model;
  if (typeof model !== "string" || model === "") throw new RequestError(400, "you must provide a model parameter", "invalid_request_error", "model");
  if (!isServed(model)) {
    throw new RequestError(404, `The model '${model}' does not exist; this server has ${SERVED_MODELS.join(", ")}`, "invalid_request_error", "model", "model_not_found");
  }
  if (fields.stream !== undefined && fields.stream !== null && typeof fields.stream !== "boolean") throw new RequestError(400, "stream must be a boolean", "invalid_request_error", "stream");
  const maxTokens = tokenLimit(fields, "max_completion_tokens") ?? tokenLimit(fields, "max_tokens");
  const streamOptions = fields.stream_options as { include_usage?: unknown } | null | undefined;
  // Only the tutor needs the messages to be right; the faults happen whatever they are.
  let text = "";
  if (model === TUTOR_MODEL) text = lastUserText(fields.messages);
  else if (model === "slow") text = attempt(() => lastUserText(fields.messages), "");
  return { model, stream: fields.stream === true, includeUsage: streamOptions?.include_usage === true, maxTokens, text };
}

function attempt<T>(get: () => T, otherwise: T): T {
  try {
    return get();
  } catch {
    return otherwise;
  }
}

function tokenLimit(fields: Record<string, unknown>, key: string): number | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) throw new RequestError(400, `${key} must be a positive integer`, "invalid_request_error", key);
  return value;
}

/** The last user message's text: a string, or the text parts of a content array. */
function lastUserText(messages: unknown): string {
  if (!Array.isArray(messages) || messages.length === 0) throw new RequestError(400, "messages must be a non-empty array", "invalid_request_error", "messages");
  const message = (messages as unknown[]).findLast((candidate) => (candidate as { role?: unknown } | null)?.role === "user") as { content?: unknown } | undefined;
  if (!message) throw new RequestError(400, "there is no user message to answer", "invalid_request_error", "messages");
  const { content } = message;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => ((part as { type?: unknown } | null)?.type === "text" && typeof (part as { text?: unknown }).text === "string" ? (part as { text: string }).text : "")).join("");
  }
  throw new RequestError(400, "the user message's content must be a string or an array of parts", "invalid_request_error", "messages");
}

// ---------------------------------------------------------------------------------------
// Reading the app's prompt

export interface ReadPrompt {
  /** The problem's input, canonical where it parses. */
  input: string;
  /** Lines of the solution already written, for the model to continue from. */
  written: string[];
  kind: "addition" | "polynomial";
  variant: Variant;
}

/**
 * What the app's few-shot prompt asks: the last `Problem: ` block's input and the lines
 * after its `Solution:`; scratchpad when the worked examples before it have `<scratch>`.
 */
export function readPrompt(text: string): ReadPrompt {
  const normalized = text.replace(/\r\n?/g, "\n");
  const found = normalized.lastIndexOf("\nProblem: ");
  const at = found >= 0 ? found + 1 : normalized.startsWith("Problem: ") ? 0 : -1;
  let input: string;
  let written: string[];
  let variant: Variant = "scratchpad";
  if (at >= 0) {
    const lines = normalized.slice(at).split("\n");
    input = (lines[0] ?? "").slice("Problem: ".length);
    const solution = lines.findIndex((line) => line.trim() === "Solution:");
    written = solution >= 0 ? lines.slice(solution + 1) : lines.slice(1);
    variant = normalized.slice(0, at).includes("<scratch>") ? "scratchpad" : "direct";
  } else {
    // No worked examples: the prompt as one of our models takes it.
    [input = "", ...written] = normalized.split("\n");
  }
  while (written.length > 0 && written.at(-1)?.trim() === "") written.pop();
  input = input.trim();
  const asAddition = addition.parseInput(input);
  if (asAddition.ok) return { input: addition.formatInput(asAddition.value), written, kind: "addition", variant };
  const asPolynomial = polynomial.parseInput(input);
  return { input: asPolynomial.ok ? polynomial.formatInput(asPolynomial.value) : input, written, kind: "polynomial", variant };
}

function prepare(text: string, modelsDir: string): { modelId: string; prompt: string } {
  const { input, written, kind, variant } = readPrompt(text);
  if (input === "") throw new RequestError(400, "the prompt has no problem to solve (expected `Problem: <input>` or a task input)", "invalid_request_error", "messages");
  const modelId = `${kind}-${variant}`;
  if (!localModels(modelsDir).some((model) => model.id === modelId && model.ready)) {
    throw new RequestError(400, `the model for this prompt, ${modelId}, is not in ${modelsDir} (train it with npm run train)`, "invalid_request_error", "messages");
  }
  return { modelId, prompt: [input, ...written].join("\n") };
}

// ---------------------------------------------------------------------------------------
// Sources of text

async function* tutor({ modelId, prompt }: { modelId: string; prompt: string }, modelsDir: string, maxTokens: number | undefined, signal: AbortSignal): Pieces {
  const model = createLocalProvider({ modelsDir }).languageModel(modelId);
  const result = streamText({ model, prompt, maxOutputTokens: maxTokens, abortSignal: signal, maxRetries: 0, onError: () => {} });
  let produced = 0;
  for await (const part of result.fullStream) {
    switch (part.type) {
      case "text-delta":
        produced += 1;
        yield part.text;
        break;
      case "error":
        throw part.error instanceof Error ? part.error : new Error(String(part.error));
      case "abort":
        throw signal.reason instanceof Error ? signal.reason : new Error("aborted");
      case "finish":
        return {
          finishReason: part.finishReason === "length" ? "length" : "stop",
          promptTokens: part.totalUsage.inputTokens ?? 0,
          completionTokens: part.totalUsage.outputTokens ?? produced,
        };
    }
  }
  throw new Error("the model's stream ended without finishing");
}

/** Waits `ms` before each piece of `source`; the wait ends early, with an error, on abort. */
async function* delayed(source: Pieces, ms: number, signal: AbortSignal): Pieces {
  for (;;) {
    await sleep(ms, undefined, { signal });
    const step = await source.next();
    if (step.done) return step.value;
    yield step.value;
  }
}

const LOREM = [
  "lorem ipsum dolor sit amet",
  "consectetur adipiscing elit, sed do eiusmod tempor",
  "<scratch> ipsum + lorem , C: ?",
  `${"lorem ipsum ".repeat(300)}${"9".repeat(800)}`,
  "dolore magna aliqua",
];

/** Nonsense lines, one of them about 4,400 characters, then a normal stop. */
async function* garbage(maxTokens: number | undefined, signal: AbortSignal): Pieces {
  const pieces = LOREM.join("\n").match(/\S+\s*|\s+/g) ?? [];
  const limit = Math.min(maxTokens ?? Infinity, pieces.length);
  for (let i = 0; i < limit; i += 1) {
    signal.throwIfAborted();
    yield pieces[i] as string;
    if (i % 50 === 49) await sleep(0);
  }
  return { finishReason: limit < pieces.length ? "length" : "stop", promptTokens: 0, completionTokens: limit };
}

// ---------------------------------------------------------------------------------------
// HTTP plumbing

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, `the request body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function usageObject({ promptTokens, completionTokens }: Ending) {
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}

function sse(res: ServerResponse, data: unknown): boolean {
  return res.write(`data: ${JSON.stringify(data)}\n\n`);
}

/** Waits for the socket to take more when its buffer is full (a slow reader). */
async function drained(res: ServerResponse, signal: AbortSignal): Promise<void> {
  if (!res.writableNeedDrain || signal.aborted) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off("drain", done);
      signal.removeEventListener("abort", done);
      resolve();
    };
    res.on("drain", done);
    signal.addEventListener("abort", done, { once: true });
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, type: string, message: string, code: string | null = null, param: string | null = null): void {
  sendJson(res, status, { error: { message, type, param, code } });
}

function sendRequestError(res: ServerResponse, error: unknown): void {
  if (error instanceof RequestError) return sendError(res, error.status, error.type, error.message, error.code, error.param);
  if (InvalidPromptError.isInstance(error)) return sendError(res, 400, "invalid_request_error", error.message, "invalid_prompt", "messages");
  return sendError(res, 500, "server_error", error instanceof Error ? error.message : String(error));
}

/** An error after the answer began: an error frame in a stream, else a 500; never a crash. */
function failLate(res: ServerResponse, error: unknown): void {
  if (res.destroyed || res.writableEnded) return;
  if (!res.headersSent) return sendRequestError(res, error);
  const message = error instanceof Error ? error.message : String(error);
  if (String(res.getHeader("content-type") ?? "").startsWith("text/event-stream")) {
    sse(res, { error: { message, type: "server_error", param: null, code: null } });
    res.end("data: [DONE]\n\n");
  } else {
    res.destroy();
  }
}
