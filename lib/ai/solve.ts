/**
 * The one way a model is asked to solve a problem, shared by the app (streamText) and the
 * CLI (generateText): the registry's model, the task input in its canonical form, and the
 * prompt that model needs — the bare input for ours, worked examples for hosted ones.
 */
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { addition, polynomial, type Parsed, type TaskModule, type Variant } from "../scratchpad";
import { aiConfig, type AiConfig } from "./config";
import { fewShotPrompt, PROMPT_KINDS, type PromptKind } from "./prompts";
import { findModel, languageModel, type ModelEntry } from "./registry";

/** Enough for a 12-digit scratchpad in any hosted model's tokens; ours stop by themselves. */
const HOSTED_MAX_TOKENS = 1024;

export interface ModelChoice {
  modelId: string;
  /** Needed only where the model serves more than one task or variant (hosted models). */
  kind?: string;
  variant?: string;
}

/** A request the model cannot take; `field` says which part, for a 400 or a usage error. */
export class SolveRequestError extends Error {
  constructor(
    readonly field: "kind" | "variant" | "input",
    message: string,
  ) {
    super(message);
    this.name = "SolveRequestError";
  }
}

export interface Solver {
  entry: ModelEntry;
  kind: PromptKind;
  variant: Variant;
  /**
   * The settings to spread into streamText/generateText (add abortSignal, callbacks), and
   * the input in canonical form. Throws SolveRequestError("input") for a malformed input.
   * `written`: lines of the solution already written, for the model to continue from.
   */
  call(input: string, written?: readonly string[]): { input: string; model: LanguageModelV3; prompt: string; temperature?: number; maxOutputTokens?: number };
}

/** Checks the model, task and variant once; throws NoSuchModelError or SolveRequestError. */
export function createSolver(choice: ModelChoice, config: AiConfig = aiConfig()): Solver {
  const entry = findModel(choice.modelId, config);
  const kind = choose("kind", choice.kind, entry.kinds.filter(isPromptKind));
  const variant = choose("variant", choice.variant, entry.variants);
  const model = languageModel(entry.id, config);
  return {
    entry,
    kind,
    variant,
    call(text, written = []) {
      const parsed = kind === "addition" ? canonical(addition, text) : canonical(polynomial, text);
      const input = parsed.ok ? parsed.value : raise("input", parsed.error);
      // Ours read the lines as they were trained: the input, then the target so far.
      if (entry.provider === "local") return { input, model, prompt: [input, ...written].join("\n") };
      return { input, model, prompt: fewShotPrompt(kind, variant, input, written), temperature: 0, maxOutputTokens: HOSTED_MAX_TOKENS };
    },
  };
}

function isPromptKind(kind: string): kind is PromptKind {
  return (PROMPT_KINDS as readonly string[]).includes(kind);
}

function choose<T extends string>(field: "kind" | "variant", asked: string | undefined, offered: readonly T[]): T {
  const [only, ...others] = offered;
  if (asked === undefined) {
    if (only !== undefined && others.length === 0) return only;
    return raise(field, `choose the ${field} (${offered.join(" or ")})`);
  }
  const found = offered.find((candidate) => candidate === asked);
  return found ?? raise(field, `this model does not do ${field} "${asked}" (it does ${offered.join(", ") || "none"})`);
}

/** The input as the task writes it, e.g. "29+57" → "2 9 + 5 7": what the models were trained on. */
function canonical<P>(task: TaskModule<P>, input: string): Parsed<string> {
  const parsed = task.parseInput(input);
  return parsed.ok ? { ok: true, value: task.formatInput(parsed.value) } : parsed;
}

function raise(field: SolveRequestError["field"], message: string): never {
  throw new SolveRequestError(field, message);
}
