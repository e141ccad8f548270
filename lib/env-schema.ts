import { z } from "zod";

/**
 * Every environment variable the app reads, declared and checked here, once. This module has
 * no side effects: the app reads the checked values through lib/env.ts, and scripts/check-env.mjs
 * runs the same check before `npm start` builds and when scripts/serve.mjs starts, so a bad
 * value stops the start with one line per variable instead of failing at the first page.
 * (TEST_POSTGRES_URL, CHROMIUM_PATH, E2E_PORT and the bench's variables are the tests' own.)
 */
export const DEFAULT_DATABASE_URL = "file:./data/scratchpad.db";

/** An unset variable and one set to "" (a blank line in .env) mean the same. */
const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

const withDefault = (fallback: string) => optional.transform((value) => value ?? fallback);

/** A whole number within bounds; the message says what is wrong and what is allowed. */
function wholeNumber(min: number, max: number, fallback: number) {
  const range = `a whole number from ${min} to ${max}`;
  return withDefault(String(fallback)).pipe(
    z
      .string()
      .regex(/^-?\d+$/, `must be ${range}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min} (${range})`).max(max, `must be at most ${max} (${range})`)),
  );
}

const httpUrl = (example: string) =>
  optional.pipe(z.url({ protocol: /^https?$/, error: `must be an http(s) URL, e.g. ${example}` }).optional());

const flag = (fallback: "true" | "false") =>
  withDefault(fallback)
    .pipe(z.enum(["true", "false"], { error: 'must be "true" or "false"' }))
    .transform((value) => value === "true");

export const environmentSchema = z.object({
  DATABASE_URL: withDefault(DEFAULT_DATABASE_URL).refine((value) => value.startsWith("file:") || /^postgres(ql)?:\/\//.test(value), {
    message: 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
  }),
  NODE_ENV: withDefault("development").pipe(z.enum(["development", "production", "test"], { error: 'must be "development", "production" or "test"' })),
  /**
   * Signs sign-in sessions (better-auth). Unset: a random secret kept in data/auth-secret,
   * made on first use; several app instances must share one, so set it there.
   */
  AUTH_SECRET: optional.refine((value) => value === undefined || value.length >= 32, { message: "must be at least 32 characters" }),
  /** The app's public URL (better-auth checks request origins against it). */
  APP_URL: httpUrl("https://tutor.example.org"),
  /** "true" when the app is served over HTTPS: the session cookie is Secure and HSTS is sent. */
  COOKIE_SECURE: flag("false"),
  /** Where scripts/serve.mjs listens. */
  PORT: wholeNumber(1, 65_535, 3000),
  /**
   * How many proxies of ours stand in front of the app. 0: the client's address is the
   * connection's; N: the N-th X-Forwarded-For entry from the right (scripts/client-address.mjs).
   */
  TRUST_PROXY_HOPS: wholeNumber(0, 10, 0),
  /** Enables OpenAI's hosted models. */
  OPENAI_API_KEY: optional,
  OPENAI_MODEL: withDefault("gpt-4o-mini"),
  /** Any OpenAI-compatible server (vLLM, llama.cpp, Ollama…), with the model to ask it for. */
  OPENAI_BASE_URL: httpUrl("http://127.0.0.1:8000/v1"),
  OPENAI_COMPATIBLE_MODEL: optional,
  /**
   * Its key, if it wants one. Kept apart from OPENAI_API_KEY so an OpenAI key is never
   * sent to another server.
   */
  OPENAI_COMPATIBLE_API_KEY: optional,
  /** Where our trained models are (`<dir>/<id>/model.onnx`), relative to the working directory. */
  LOCAL_MODELS_DIR: withDefault("models"),
  /** A model run on a student's behalf is stopped after this long. */
  MODEL_TIMEOUT_SECONDS: wholeNumber(1, 600, 60),
  /** Model runs one person may start per minute (every mode's runs count). */
  MODEL_CALLS_PER_MINUTE: wholeNumber(1, 10_000, 30),
  /** Sandboxed Python interpreters kept ready (each holds about 150–185 MB). */
  PYTHON_TRACER_POOL_SIZE: wholeNumber(1, 16, 2),
});

export type Env = z.infer<typeof environmentSchema>;
export type EnvSource = Record<string, string | undefined>;

/** Values never printed: a message shows only their length. */
const SECRETS = new Set(["AUTH_SECRET", "OPENAI_API_KEY", "OPENAI_COMPATIBLE_API_KEY"]);

/** How a bad value appears in a message: short, on one line, without passwords. */
function shown(name: string, value: string | undefined): string {
  if (value === undefined) return `${name} (unset)`;
  if (SECRETS.has(name)) return `${name} (${value.length} characters)`;
  // postgresql://user:password@host: the password stays out of logs.
  const clean = value.replace(/\/\/([^/@:]*):[^/@]*@/, "//$1:***@");
  const short = clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
  return /^[\x21-\x7e]*$/.test(short) && short !== "" ? `${name}=${short}` : `${name}=${JSON.stringify(short)}`;
}

/** One line per bad variable, e.g. `MODEL_CALLS_PER_MINUTE=100000 is not allowed: must be at most 10000 (…)`. */
export function describeProblems(error: z.ZodError, source: EnvSource): string[] {
  const lines = new Map<string, string>();
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "environment");
    if (!lines.has(name)) lines.set(name, `${shown(name, source[name])} is not allowed: ${issue.message}`);
  }
  return [...lines.values()];
}

export type EnvCheck = { ok: true; env: Env } | { ok: false; problems: string[] };

export function checkEnvironment(source: EnvSource = process.env): EnvCheck {
  const parsed = environmentSchema.safeParse(source);
  return parsed.success ? { ok: true, env: parsed.data } : { ok: false, problems: describeProblems(parsed.error, source) };
}

export const databaseProvider = (url: string): "sqlite" | "postgresql" => (url.startsWith("file:") ? "sqlite" : "postgresql");
