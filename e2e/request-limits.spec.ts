// Oversized and deeply nested bodies against the running server: each is refused quickly,
// before anything parses it, while another visitor's page is answered as usual. (10 MB of
// `[[[…]]]` once kept the server busy for seconds and made other visitors wait.)
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { Readable } from "node:stream";
import { expect, test } from "@playwright/test";
import { actionId } from "./support/action-id";

const TEN_MB = 10_000_000;
// A refusal must not depend on the body's size; the bound is generous for a loaded machine.
const PROMPT_MS = 1000;

type Answer = { status: number; text: string; ms: number; headers: IncomingHttpHeaders };

/**
 * POSTs `body` with Node's http client, so that the test decides how it travels: whole with a
 * Content-Length, or (`chunked`) in 64 KiB pieces with none. The server may answer before the
 * upload ends and close the connection: the answer counts, the broken upload does not.
 */
function post(url: string, body: Buffer, headers: Record<string, string>, { chunked = false } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answered = false;
    const request = httpRequest(url, { method: "POST", headers: chunked ? headers : { ...headers, "Content-Length": String(body.length) } });
    request.on("response", (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started, headers: response.headers }));
      response.on("error", reject);
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    if (!chunked) return void request.end(body);
    const pieces = function* () {
      for (let at = 0; at < body.length; at += 65_536) yield body.subarray(at, at + 65_536);
    };
    Readable.from(pieces()).on("error", () => undefined).pipe(request);
  });
}

async function get(url: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url);
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started, headers: Object.fromEntries(response.headers) };
}

/** Runs `attack` and, while it is under way, another visitor's request for a page. */
async function whileSomeoneBrowses(baseURL: string, attack: () => Promise<Answer>): Promise<{ attack: Answer; visitor: Answer }> {
  const attacking = attack();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const visitor = await get(`${baseURL}/lab`);
  return { attack: await attacking, visitor };
}

function expectPrompt({ attack, visitor }: { attack: Answer; visitor: Answer }, what: string) {
  // Printed, so a slow run shows how close it came to the bound.
  console.log(`${what}: refused in ${Math.round(attack.ms)} ms; the other visitor's page took ${Math.round(visitor.ms)} ms`);
  expect(attack.ms, `${what}: answered in ${Math.round(attack.ms)} ms`).toBeLessThan(PROMPT_MS);
  expect(visitor.status, `${what}: the other visitor's page`).toBe(200);
  expect(visitor.ms, `${what}: the other visitor waited ${Math.round(visitor.ms)} ms`).toBeLessThan(PROMPT_MS);
}

const brackets = (depth: number) => Buffer.from("[".repeat(depth) + "]".repeat(depth));

/**
 * The cookie of a visitor who has started a practice session, as the home page's form starts
 * one (its Server Action); no browser needed.
 */
async function visitorCookie(base: string): Promise<string> {
  const form = actionForm(null, { source: "addition-numbers", a: "12", b: "34" });
  const started = await post(`${base}/`, form.body, {
    "Next-Action": actionId("app/(practice)/actions.ts", "startPractice"),
    "Content-Type": form.contentType,
    Accept: "text/x-component",
    Origin: new URL(base).origin,
  });
  const cookies = ([] as string[]).concat(started.headers["set-cookie"] ?? []);
  if (cookies.length === 0) throw new Error(`no visitor made: ${started.status}`);
  return cookies.map((line) => line.split(";")[0]).join("; ");
}


/** A form as React sends it to a `useActionState` action: (previous state, form data). */
function actionForm(previous: unknown, fields: Record<string, string>): { body: Buffer; contentType: string } {
  const boundary = `----limits${crypto.randomUUID().replaceAll("-", "")}`;
  const parts = [["0", JSON.stringify([previous, "$K1"])], ...Object.entries(fields).map(([name, value]) => [`1_${name}`, value])];
  const text = parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body: Buffer.from(text), contentType: `multipart/form-data; boundary=${boundary}` };
}

test.beforeEach(async ({ baseURL }) => {
  // The page the other visitor asks for, and the route under test, are loaded once before
  // anything is timed: the first request to each loads its code.
  expect((await get(`${baseURL ?? ""}/lab`)).status).toBe(200);
  expect((await post(`${baseURL ?? ""}/api/lab/solve`, Buffer.from("{}"), { "Content-Type": "application/json" })).status).toBe(400);
});

test("the Lab route refuses 10 MB at once, declared or chunked, while others are served", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const url = `${base}/api/lab/solve`;
  const json = { "Content-Type": "application/json" };
  for (const chunked of [false, true]) {
    const what = chunked ? "10 MB chunked" : "10 MB with Content-Length";
    const result = await whileSomeoneBrowses(base, () => post(url, brackets(TEN_MB / 2), json, { chunked }));
    expect(result.attack.status, what).toBe(413);
    // Declared, it is refused by the server before the app reads a byte; sent in pieces, by the route.
    expect(JSON.parse(result.attack.text)).toEqual({ error: `The request is too large (over ${chunked ? "8 KiB" : "512 KiB"}).` });
    expectPrompt(result, what);
  }
  const deep = await whileSomeoneBrowses(base, () => post(url, Buffer.from(`{"modelId":"addition-direct","input":${"[".repeat(3000)}${"]".repeat(3000)}}`), json));
  expect(deep.attack.status).toBe(400);
  expect(JSON.parse(deep.attack.text)).toEqual({ error: "The request is nested too deeply (over 4 levels)." });
  expectPrompt(deep, "deep JSON");
});

test("the model route refuses 10 MB and deep JSON at once, while others are served", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const cookie = await visitorCookie(base);
  // The body is refused before the session is looked up: any well-formed id will do.
  const url = `${base}/api/practice/abc123/model`;
  const headers = { "Content-Type": "application/json", Cookie: cookie };
  // Loads the route's code; a well-formed body reaches the session lookup, which refuses it.
  expect((await post(url, Buffer.from(JSON.stringify({ requestId: crypto.randomUUID() })), headers)).status).toBe(404);
  for (const chunked of [false, true]) {
    const what = chunked ? "10 MB chunked" : "10 MB with Content-Length";
    const result = await whileSomeoneBrowses(base, () => post(url, brackets(TEN_MB / 2), headers, { chunked }));
    expect(result.attack.status, what).toBe(413);
    // Declared, it is refused by the server before the app reads a byte; sent in pieces, by the route.
    expect(JSON.parse(result.attack.text)).toEqual({ error: `The request is too large (over ${chunked ? "1 KiB" : "512 KiB"}).` });
    expectPrompt(result, what);
  }
  const deep = await whileSomeoneBrowses(base, () => post(url, Buffer.from(`{"requestId":${"[".repeat(200)}${"]".repeat(200)}}`), headers));
  expect(deep.attack.status).toBe(400);
  expect(JSON.parse(deep.attack.text)).toEqual({ error: "The request is nested too deeply (over 4 levels)." });
  expectPrompt(deep, "deep JSON");
});

test("Server Actions refuse bodies over their limit at once, and take the largest form they need", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const cookie = await visitorCookie(base);
  const url = `${base}/problems/new`;
  const send = (form: { body: Buffer; contentType: string }, { chunked = false } = {}) =>
    post(
      url,
      form.body,
      {
        "Next-Action": actionId("app/(problems)/actions.ts", "createPythonProblem"),
        "Content-Type": form.contentType,
        Accept: "text/x-component",
        Origin: new URL(base).origin,
        Cookie: cookie,
      },
      { chunked },
    );

  // The largest form a person can send: 20,000 three-byte characters of program, and a
  // previous answer as long, reaches the action (which answers that the title is missing).
  // First, so the action's code is loaded before anything is timed.
  const largest = await send(actionForm({ ok: false, error: "あ".repeat(20_000) }, { title: "", difficulty: "1", program: "あ".repeat(20_000) }));
  expect(largest.status).toBe(200);
  expect(largest.text).toContain("Give the program a title");

  // Over the limit set in next.config.ts (256 KiB), under Next's default (1 MB): refused
  // before the action runs, where the action itself would have answered "too long". Not
  // timed: Next.js loads its source maps to log the first error a server meets (about a
  // second, once, whatever the error), and this is that first error.
  const over = await send(actionForm(null, { title: "Big", difficulty: "1", program: "x".repeat(400 * 1024) }));
  expect(over.status).toBeGreaterThanOrEqual(400);
  expect(over.text).not.toContain("at most 20,000 characters");

  for (const chunked of [false, true]) {
    const what = chunked ? "10 MB chunked" : "10 MB with Content-Length";
    const result = await whileSomeoneBrowses(base, () => send(actionForm(null, { title: "Big", difficulty: "1", program: "[".repeat(TEN_MB) }), { chunked }));
    expect(result.attack.status, what).toBeGreaterThanOrEqual(400);
    expectPrompt(result, what);
  }

  // Deeply nested arguments within the byte limit: refused or answered, at once.
  const deep = await whileSomeoneBrowses(base, () => send({ body: brackets(100_000), contentType: "text/plain;charset=UTF-8" }));
  expect(deep.attack.status).toBeGreaterThanOrEqual(400);
  expectPrompt(deep, "deep arguments");
});
