/**
 * Greedy decoding with the KV cache, as training/decode.py does it: the prompt in one call,
 * then one token per call with its (absolute, line, column) position, the cache fed back.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import * as ort from "onnxruntime-node";
import type { Variant } from "../../scratchpad";
import type { LoadedModel } from "./onnx-model";
import { argmax, StepBatch, type BatchRow } from "./step-batch";
import type { Position, Tokenizer } from "./tokenizer";

/** Why decoding ended: `<eos>`, a finished answer line, or the token cap. */
export type StopReason = "eos" | "answer" | "length";

export interface DecodeOptions {
  /** At most this many tokens (<eos> aside); the model's max_len caps it further. */
  maxTokens?: number;
  signal?: AbortSignal;
}

const CLOSE = "</scratch>";

/**
 * Yields generated token ids as they come and returns why it stopped. A newline that ends
 * the answer line (the line after `</scratch>`, or a direct model's first line) stops it
 * without being yielded: the target never has one there, so a model that writes one
 * instead of <eos> has finished all the same. Throws the signal's reason when aborted.
 */
export async function* greedyDecode(model: LoadedModel, promptIds: readonly number[], options: DecodeOptions = {}): AsyncGenerator<number, StopReason> {
  const { tokenizer, maxLen } = model;
  const budget = Math.min(options.maxTokens ?? Infinity, maxLen - promptIds.length);
  if (budget <= 0) return "length";
  const endsAnswer = answerEnd(tokenizer, model.card.variant);
  /** What a new token means: the end, or one more token to pass on. */
  const verdict = (id: number): StopReason | null => (id === tokenizer.eosId ? "eos" : endsAnswer(id) ? "answer" : null);
  options.signal?.throwIfAborted();
  const prompt = tokenizer.positions(promptIds);
  // The prompt runs alone; the tokens after it, with any other requests at the same time.
  const first = await run(model, promptIds, prompt.positions, emptyCache(model));
  const stop = verdict(first.next);
  if (stop) return stop;
  yield first.next;
  if (budget <= 1) return "length";
  let feed = [first.next];
  let { positions, next } = tokenizer.positions(feed, prompt.next);
  if (model.card.model.batchable) return yield* batched(model, { cache: first.past, last: first.next, next: positions[0] as Position }, budget - 1, verdict, options.signal);

  let past = first.past;
  for (let produced = 1; produced < budget; produced += 1) {
    // onnxruntime-node runs a step synchronously on this thread; giving the event loop a
    // turn between steps lets concurrent requests interleave and keeps the server responsive.
    await nextTurn();
    options.signal?.throwIfAborted();
    const step = await run(model, feed, positions, past);
    past = step.past;
    const id = step.next;
    const end = verdict(id);
    if (end) return end;
    yield id;
    feed = [id];
    ({ positions, next } = tokenizer.positions(feed, next));
  }
  return "length";
}

const batches = new WeakMap<LoadedModel, StepBatch>();

/** The rest of a request's tokens from its model's shared step batch (see step-batch.ts). */
async function* batched(
  model: LoadedModel,
  start: { cache: Cache; last: number; next: Position },
  budget: number,
  verdict: (id: number) => StopReason | null,
  signal: AbortSignal | undefined,
): AsyncGenerator<number, StopReason> {
  type Event = { token: number } | { stop: StopReason } | { error: unknown };
  const events: Event[] = [];
  let wake: (() => void) | undefined;
  const push = (event: Event) => {
    events.push(event);
    wake?.();
  };
  let produced = 0;
  const row: BatchRow = {
    cache: Array.from({ length: model.layers }, (_, i) => start.cache[`past_key_values.${i}`] as ort.Tensor),
    last: start.last,
    next: start.next,
    signal,
    closed: false,
    accept: (token) => {
      const stop = verdict(token);
      if (stop) {
        push({ stop });
        return false;
      }
      push({ token });
      produced += 1;
      if (produced < budget) return true;
      push({ stop: "length" });
      return false;
    },
    fail: (error) => push({ error }),
  };
  let batch = batches.get(model);
  if (!batch) batches.set(model, (batch = new StepBatch(model)));
  batch.add(row);
  try {
    for (;;) {
      const event = events.shift();
      if (!event) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      if ("token" in event) yield event.token;
      else if ("stop" in event) return event.stop;
      else throw event.error;
    }
  } finally {
    row.closed = true; // a reader that stops early frees its row at the next step
  }
}

/**
 * Follows generated ids and says when one is the newline that ends the answer line: the
 * line after `</scratch>`, or for a direct model the first line.
 */
export function answerEnd(tokenizer: Tokenizer, variant: Variant): (id: number) => boolean {
  let line: number[] = [];
  let answerLine = variant === "direct";
  return (id) => {
    if (id !== tokenizer.newlineId) {
      line.push(id);
      return false;
    }
    if (answerLine) return true;
    answerLine = tokenizer.decode(line) === CLOSE;
    line = [];
    return false;
  };
}

type Cache = Record<string, ort.Tensor>;

/** Zero-length past tensors for the first call ([2, batch, heads, 0, head_dim]). */
function emptyCache({ layers, heads, headDim }: LoadedModel): Cache {
  const cache: Cache = {};
  for (let i = 0; i < layers; i += 1) cache[`past_key_values.${i}`] = new ort.Tensor("float32", new Float32Array(0), [2, 1, heads, 0, headDim]);
  return cache;
}

async function run(model: LoadedModel, ids: readonly number[], positions: readonly Position[], past: Cache): Promise<{ next: number; past: Cache }> {
  const seq = ids.length;
  const feeds: Cache = {
    ...past,
    input_ids: new ort.Tensor("int64", BigInt64Array.from(ids, BigInt), [1, seq]),
    position_ids: new ort.Tensor("int64", BigInt64Array.from(positions.flat(), BigInt), [1, seq, 3]),
  };
  const out = await model.session.run(feeds);
  const logits = out.logits;
  if (!logits) throw new Error("the model has no output logits");
  const nextPast: Cache = {};
  for (let i = 0; i < model.layers; i += 1) {
    const present = out[`present.${i}`];
    if (!present) throw new Error(`the model has no output present.${i}`);
    nextPast[`past_key_values.${i}`] = present;
  }
  const vocab = logits.dims[2] ?? 0;
  return { next: argmax(logits.data as Float32Array, (seq - 1) * vocab, vocab), past: nextPast };
}
