/**
 * A trained model ready to run: its card, tokenizer and onnxruntime session, loaded once
 * per process and shared by every request (a session is safe to run concurrently).
 */
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import * as ort from "onnxruntime-node";
import { readCard, type Card } from "./card";
import { Tokenizer } from "./tokenizer";

export interface LoadedModel {
  dir: string;
  card: Card;
  tokenizer: Tokenizer;
  session: ort.InferenceSession;
  layers: number;
  heads: number;
  /** Last dimension of each past_key_values tensor (the card's cache_dim). */
  headDim: number;
  /** Prompt and output tokens together never exceed this (training/train.py's max_len). */
  maxLen: number;
}

const cache = new Map<string, { version: number; loading: Promise<LoadedModel> }>();

/**
 * The model in `dir` (model.onnx + card.json): the first call loads it, later ones share it.
 * A retrained model replaces its files in place, card last, so a newer card means reload.
 */
export function loadModel(dir: string): Promise<LoadedModel> {
  const key = resolve(dir);
  const version = statSync(join(key, "card.json"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const cached = cache.get(key);
  if (cached?.version === version) return cached.loading;
  const loading = load(key);
  // A failed load (file not there yet, bad card) must not stick: the next call retries.
  loading.catch(() => {
    if (cache.get(key)?.loading === loading) cache.delete(key);
  });
  cache.set(key, { version, loading });
  return loading;
}

async function load(dir: string): Promise<LoadedModel> {
  const card = readCard(join(dir, "card.json"));
  const { n_layers: layers, n_heads: heads, d_model: dModel, max_len: maxLen, cache_dim: cacheDim } = card.model;
  const session = await ort.InferenceSession.create(join(dir, card.files.onnx), {
    // One thread per request: the machine has two cores and other work to do; requests
    // interleave on the event loop instead of competing for cores.
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: "sequential",
    graphOptimizationLevel: "all",
    logSeverityLevel: 3,
  });
  return { dir, card, tokenizer: new Tokenizer(card.tokenizer), session, layers, heads, headDim: cacheDim ?? dModel / heads, maxLen };
}
