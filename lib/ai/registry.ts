/**
 * The one list of models the app and the CLI may use: our trained models (whatever is in
 * the models folder) and, when configured, OpenAI and an OpenAI-compatible server. Ids from
 * a browser are looked up here and nowhere else; API keys never leave this module.
 */
import { resolve } from "node:path";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { createOpenAI } from "@ai-sdk/openai";
import { NoSuchModelError } from "ai";
import type { TaskKind, Variant } from "../scratchpad";
import { aiConfig, type AiConfig } from "./config";
import { localModels } from "./local/models";
import { createLocalProvider } from "./local/provider";
import { PROMPT_KINDS } from "./prompts";

export type ModelSource = "local" | "openai" | "compatible";

export interface ModelEntry {
  id: string;
  label: string;
  provider: ModelSource;
  /** The tasks it can be asked; a local model knows the one it was trained on. */
  kinds: TaskKind[];
  variants: Variant[];
}

const VARIANTS: Variant[] = ["scratchpad", "direct"];
/** Compatible servers usually want no key, but the OpenAI client insists on one. */
const NO_KEY = "none";

const modelsDir = (config: AiConfig) => resolve(process.cwd(), config.LOCAL_MODELS_DIR);

export function listModels(config: AiConfig = aiConfig()): ModelEntry[] {
  const entries: ModelEntry[] = localModels(modelsDir(config))
    .filter((model) => model.ready)
    .map((model) => ({ id: model.id, label: `${model.id} (trained here)`, provider: "local", kinds: [model.kind], variants: [model.variant] }));
  if (config.OPENAI_API_KEY) {
    entries.push({ id: `openai:${config.OPENAI_MODEL}`, label: `OpenAI ${config.OPENAI_MODEL}`, provider: "openai", kinds: [...PROMPT_KINDS], variants: VARIANTS });
  }
  if (config.OPENAI_BASE_URL && config.OPENAI_COMPATIBLE_MODEL) {
    const host = new URL(config.OPENAI_BASE_URL).host;
    entries.push({
      id: `compatible:${config.OPENAI_COMPATIBLE_MODEL}`,
      label: `${config.OPENAI_COMPATIBLE_MODEL} at ${host}`,
      provider: "compatible",
      kinds: [...PROMPT_KINDS],
      variants: VARIANTS,
    });
  }
  return entries;
}

/** The entry for `id`; a NoSuchModelError (check with NoSuchModelError.isInstance) for any other id. */
export function findModel(id: string, config: AiConfig = aiConfig()): ModelEntry {
  const entry = listModels(config).find((candidate) => candidate.id === id);
  if (!entry) throw new NoSuchModelError({ modelId: id, modelType: "languageModel", message: `no model "${id}" is available` });
  return entry;
}

/**
 * Who gives `entry`'s direct answers for `kind`: a hosted model itself (asked with the
 * direct prompt), or the direct model we trained beside a scratchpad one.
 */
export function directPartner(entry: ModelEntry, kind: TaskKind, config: AiConfig = aiConfig()): ModelEntry | null {
  if (entry.provider !== "local") return entry.kinds.includes(kind) && entry.variants.includes("direct") ? entry : null;
  const id = entry.id.replace(/-scratchpad$/, "-direct");
  if (id === entry.id) return null;
  return listModels(config).find((candidate) => candidate.id === id && candidate.kinds.includes(kind)) ?? null;
}

/**
 * The models that can work a problem of `kind` with a student: they write scratchpads of
 * that kind; `needsDirect` (Compare) also asks for a direct answer from the same model.
 */
export function modelsFor(kind: string, { needsDirect = false } = {}, config: AiConfig = aiConfig()): ModelEntry[] {
  return listModels(config).filter(
    (entry) =>
      (entry.kinds as string[]).includes(kind) &&
      entry.variants.includes("scratchpad") &&
      (!needsDirect || directPartner(entry, kind as TaskKind, config) !== null),
  );
}

/** The model behind a registry id, for streamText/generateText. */
export function languageModel(id: string, config: AiConfig = aiConfig()): LanguageModelV3 {
  const entry = findModel(id, config);
  switch (entry.provider) {
    case "local":
      return createLocalProvider({ modelsDir: modelsDir(config) }).languageModel(entry.id);
    case "openai":
      return createOpenAI({ apiKey: config.OPENAI_API_KEY })(config.OPENAI_MODEL);
    case "compatible":
      return createOpenAI({ apiKey: config.OPENAI_COMPATIBLE_API_KEY ?? NO_KEY, baseURL: config.OPENAI_BASE_URL }).chat(
        entry.id.slice("compatible:".length),
      );
  }
}
