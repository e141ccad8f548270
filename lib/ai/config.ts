/**
 * The environment the model registry reads, checked once with zod. Keys stay in this
 * server-side module and the registry; nothing here is sent to a browser.
 */
import { z } from "zod";

/** An unset variable and one set to "" (a blank line in .env) mean the same. */
const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

const schema = z.object({
  /** Enables OpenAI's hosted models. */
  OPENAI_API_KEY: optional,
  OPENAI_MODEL: optional.transform((value) => value ?? "gpt-4o-mini"),
  /** Any OpenAI-compatible server (vLLM, llama.cpp, Ollama…), with the model to ask it for. */
  OPENAI_BASE_URL: optional.pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. http://127.0.0.1:8000/v1" }).optional()),
  OPENAI_COMPATIBLE_MODEL: optional,
  /**
   * Its key, if it wants one. Kept apart from OPENAI_API_KEY so an OpenAI key is never
   * sent to another server.
   */
  OPENAI_COMPATIBLE_API_KEY: optional,
  /** Where our trained models are (`<dir>/<id>/model.onnx`), relative to the working directory. */
  LOCAL_MODELS_DIR: optional.transform((value) => value ?? "models"),
  /** A model run on a student's behalf is stopped after this long. */
  MODEL_TIMEOUT_SECONDS: optional.transform((value) => Number(value ?? 60)).pipe(z.number({ message: "must be a number" }).int().min(1).max(600)),
  /** Model runs one person may start per minute (every mode's runs count). */
  MODEL_CALLS_PER_MINUTE: optional.transform((value) => Number(value ?? 30)).pipe(z.number({ message: "must be a number" }).int().min(1).max(10_000)),
});

export type AiConfig = z.infer<typeof schema>;

export function aiConfig(env: Record<string, string | undefined> = process.env): AiConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid AI configuration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}
