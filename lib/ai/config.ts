/**
 * The part of the environment the model registry reads. The variables are declared and
 * checked in lib/env-schema.ts with the rest; keys stay in this server-side module and the
 * registry, and nothing here is sent to a browser.
 */
import type { z } from "zod";
import { describeProblems, environmentSchema, type EnvSource } from "../env-schema";

const schema = environmentSchema.pick({
  OPENAI_API_KEY: true,
  OPENAI_MODEL: true,
  OPENAI_BASE_URL: true,
  OPENAI_COMPATIBLE_MODEL: true,
  OPENAI_COMPATIBLE_API_KEY: true,
  LOCAL_MODELS_DIR: true,
  MODEL_TIMEOUT_SECONDS: true,
  MODEL_CALLS_PER_MINUTE: true,
});

export type AiConfig = z.infer<typeof schema>;

/** Read from `env` (process.env by default; tests pass their own). */
export function aiConfig(env: EnvSource = process.env): AiConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid AI configuration:\n  ${describeProblems(parsed.error, env).join("\n  ")}`);
  return parsed.data;
}
