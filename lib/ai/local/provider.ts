/**
 * An AI SDK provider for the models we train: `streamText`/`generateText` run them in this
 * process through onnxruntime, the same way they call a hosted model. The prompt is the
 * last user message's text, which must be a task input exactly as the model was trained
 * on it (e.g. `2 9 + 5 7`); the model answers with the target (scratchpad, then answer).
 */
import { join } from "node:path";
import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3FinishReason,
  LanguageModelV3GenerateResult,
  LanguageModelV3Prompt,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
  ProviderV3,
  SharedV3Warning,
} from "@ai-sdk/provider";
import { InvalidPromptError, NoSuchModelError } from "ai";
import { greedyDecode, type StopReason } from "./decode";
import { loadModel } from "./onnx-model";
import { NEWLINE } from "./tokenizer";

export const LOCAL_PROVIDER = "local";

/** A model id is a folder name under the models folder, never a path. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface LocalProviderSettings {
  /** The folder holding `<id>/model.onnx` and `<id>/card.json`. */
  modelsDir: string;
}

export function createLocalProvider({ modelsDir }: LocalProviderSettings): ProviderV3 {
  const noSuch = (modelId: string, modelType: "embeddingModel" | "imageModel") => {
    throw new NoSuchModelError({ modelId, modelType, message: `local models are language models only` });
  };
  return {
    specificationVersion: "v3",
    languageModel(modelId) {
      if (!SAFE_ID.test(modelId)) throw new NoSuchModelError({ modelId, modelType: "languageModel" });
      return localLanguageModel(modelId, join(modelsDir, modelId));
    },
    embeddingModel: (modelId) => noSuch(modelId, "embeddingModel"),
    imageModel: (modelId) => noSuch(modelId, "imageModel"),
  };
}

function localLanguageModel(modelId: string, dir: string): LanguageModelV3 {
  return {
    specificationVersion: "v3",
    provider: LOCAL_PROVIDER,
    modelId,
    supportedUrls: {},

    async doGenerate(options): Promise<LanguageModelV3GenerateResult> {
      const { tokens, detokenize, inputTokens, warnings } = await start(dir, options);
      let text = "";
      let outputTokens = 0;
      let step = await tokens.next();
      for (; !step.done; step = await tokens.next()) {
        text += detokenize(step.value);
        outputTokens += 1;
      }
      return {
        content: [{ type: "text", text }],
        finishReason: FINISH[step.value],
        usage: usage(inputTokens, outputTokens),
        warnings,
      };
    },

    async doStream(options) {
      const { tokens, detokenize, inputTokens, warnings } = await start(dir, options);
      const id = "text-0";
      let outputTokens = 0;
      // Pulled, not pushed: a token is computed only when the reader wants the next part,
      // so a slow or departed client stops the decoding instead of queueing text.
      const stream = new ReadableStream<LanguageModelV3StreamPart>({
        start(controller) {
          controller.enqueue({ type: "stream-start", warnings });
          controller.enqueue({ type: "text-start", id });
        },
        async pull(controller) {
          const step = await tokens.next();
          if (!step.done) {
            outputTokens += 1;
            controller.enqueue({ type: "text-delta", id, delta: detokenize(step.value) });
            return;
          }
          controller.enqueue({ type: "text-end", id });
          controller.enqueue({ type: "finish", finishReason: FINISH[step.value], usage: usage(inputTokens, outputTokens) });
          controller.close();
        },
      });
      return { stream };
    },
  };
}

/** Everything before the first token: the model, the prompt's ids, the decoder. */
async function start(dir: string, options: LanguageModelV3CallOptions) {
  options.abortSignal?.throwIfAborted();
  const input = lastUserText(options.prompt);
  const model = await loadModel(dir);
  const { tokenizer, maxLen } = model;
  const unknown = tokenizer.unknown(input);
  if (unknown.length > 0) {
    const shown = [...new Set(unknown)].slice(0, 5).map((token) => JSON.stringify(token));
    throw new InvalidPromptError({
      prompt: input,
      message: `the model does not know ${shown.join(", ")}: the prompt must be a task input written exactly as in training`,
    });
  }
  const promptIds = tokenizer.encode(input + NEWLINE);
  if (promptIds.length >= maxLen) {
    throw new InvalidPromptError({ prompt: input, message: `the prompt is ${promptIds.length} tokens; this model reads at most ${maxLen - 1}` });
  }
  const tokens = greedyDecode(model, promptIds, { maxTokens: options.maxOutputTokens, signal: options.abortSignal });
  return { tokens, detokenize: tokenizer.detokenizer(), inputTokens: promptIds.length, warnings: ignoredSettings(options) };
}

/** The text of the last user message: our models take one input, no conversation. */
function lastUserText(prompt: LanguageModelV3Prompt): string {
  const message = prompt.findLast((candidate) => candidate.role === "user");
  if (!message || message.role !== "user") throw new InvalidPromptError({ prompt, message: "a local model needs a user message with the task input" });
  return message.content.map((part) => (part.type === "text" ? part.text : "")).join("");
}

const SAMPLING = ["topP", "topK", "presencePenalty", "frequencyPenalty", "seed", "stopSequences"] as const;

/** Settings a greedy decoder without tools cannot honour; the SDK reports them as warnings. */
function ignoredSettings(options: LanguageModelV3CallOptions): SharedV3Warning[] {
  const features: string[] = SAMPLING.filter((key) => options[key] !== undefined);
  if (options.temperature !== undefined && options.temperature !== 0) features.unshift("temperature");
  if (options.tools?.length) features.push("tools");
  if (options.responseFormat?.type === "json") features.push("responseFormat");
  return features.map((feature) => ({ type: "unsupported", feature, details: "local models decode greedily, text only" }));
}

const FINISH: Record<StopReason, LanguageModelV3FinishReason> = {
  eos: { unified: "stop", raw: "eos" },
  answer: { unified: "stop", raw: "answer-line" },
  length: { unified: "length", raw: "max-tokens" },
};

function usage(input: number, output: number): LanguageModelV3Usage {
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}
