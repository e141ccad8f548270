/**
 * Concurrent requests to one model decoded together: one onnxruntime call per step for all
 * of them, instead of one call per request per step. A step of this small model costs about
 * the same for four rows as for one (the time goes to running the graph's ~100 kernels, not
 * to arithmetic), so requests at once no longer divide the machine's tokens per second.
 *
 * Only for models whose cache says where each key is (card.model.batchable: positions
 * "relative", training/model.py): rows of different lengths share the cache tensors, the
 * shorter ones padded with entries at absolute position PAD_POSITION, which the graph's
 * causal mask hides from every query. A row's tokens are the same as decoding it alone.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import * as ort from "onnxruntime-node";
import type { LoadedModel } from "./onnx-model";
import type { Position } from "./tokenizer";

/** training/model.py PAD_POSITION and CACHE_CHANNELS: (absolute, line, column) close each key. */
const PAD_POSITION = 1e9;
const CACHE_CHANNELS = 3;

/** One request's state inside the batch. */
export interface BatchRow {
  /** Its own cache after the prompt: per layer [2, 1, heads, length, cache_dim]. */
  cache: ort.Tensor[];
  /** The token to feed next and its own position. */
  last: number;
  next: Position;
  signal?: AbortSignal;
  /** Set when its reader has gone away: it leaves before the next step. */
  closed: boolean;
  /** Each token the model picks for it; returns false once the row is finished. */
  accept: (token: number) => boolean;
  /** Decoding failed, or the request was aborted. */
  fail: (error: unknown) => void;
}

interface Slot {
  row: BatchRow;
  /** The row's index in the current cache tensors, or -1 while it waits to join. */
  index: number;
  done: boolean;
}

export class StepBatch {
  private slots: Slot[] = [];
  private cache: ort.Tensor[] = [];
  private running = false;
  private readonly channel: number; // the absolute-position channel of a cache entry

  constructor(private readonly model: LoadedModel) {
    this.channel = model.headDim - CACHE_CHANNELS;
  }

  /** Adds a row whose prompt has been run; it takes part from the next step on. */
  add(row: BatchRow): void {
    this.slots.push({ row, index: -1, done: false });
    if (!this.running) {
      this.running = true;
      void this.loop();
    }
  }

  private async loop(): Promise<void> {
    try {
      while (this.slots.length > 0) {
        this.dropFinished();
        if (this.slots.length === 0) break;
        if (this.slots.some((slot) => slot.index < 0) || this.cacheRows() !== this.slots.length) this.repack();
        await this.step();
        // Requests at once take turns with the rest of the server between steps.
        await nextTurn();
      }
    } catch (error) {
      for (const slot of this.slots) if (!slot.done) slot.row.fail(error);
      this.slots = [];
    } finally {
      this.cache = [];
      this.running = false;
    }
  }

  private async step(): Promise<void> {
    // Rows added while this step runs wait for the next one.
    const stepping = this.slots.slice();
    const rows = stepping.length;
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor("int64", BigInt64Array.from(stepping, (slot) => BigInt(slot.row.last)), [rows, 1]),
      position_ids: new ort.Tensor("int64", BigInt64Array.from(stepping.flatMap((slot) => slot.row.next), BigInt), [rows, 1, 3]),
    };
    this.cache.forEach((tensor, i) => {
      feeds[`past_key_values.${i}`] = tensor;
    });
    const out = await this.model.session.run(feeds);
    const logits = out.logits;
    if (!logits) throw new Error("the model has no output logits");
    this.cache = this.cache.map((_, i) => {
      const present = out[`present.${i}`];
      if (!present) throw new Error(`the model has no output present.${i}`);
      return present;
    });
    const vocab = logits.dims[2] ?? 0;
    const data = logits.data as Float32Array;
    stepping.forEach((slot, b) => {
      const token = argmax(data, b * vocab, vocab);
      // The new token sits right after the one just fed (a newline among those starts a line).
      slot.row.next = this.model.tokenizer.positions([slot.row.last], slot.row.next).next;
      slot.row.last = token;
      slot.done = !slot.row.accept(token);
    });
  }

  /** Rows that finished, were aborted or whose reader went away leave before the next step. */
  private dropFinished(): void {
    this.slots = this.slots.filter((slot) => {
      if (slot.done || slot.row.closed) return false;
      if (slot.row.signal?.aborted) {
        slot.row.fail(slot.row.signal.reason);
        return false;
      }
      return true;
    });
  }

  private cacheRows(): number {
    return this.cache[0]?.dims[1] ?? 0;
  }

  /**
   * New cache tensors for the rows now in the batch: each row's real entries (those not at
   * PAD_POSITION) moved to the front, the rest padding, so the length stays the longest
   * row's history however long the batch runs.
   */
  private repack(): void {
    const { layers, heads, headDim } = this.model;
    const sources = this.slots.map((slot) => {
      const tensors = slot.index < 0 ? slot.row.cache : this.cache;
      const row = slot.index < 0 ? 0 : slot.index;
      return { tensors, row, runs: this.realRuns(tensors[0] as ort.Tensor, row) };
    });
    const length = Math.max(...sources.map((s) => s.runs.reduce((sum, [, n]) => sum + n, 0)));
    const rows = sources.length;
    const next: ort.Tensor[] = [];
    for (let layer = 0; layer < layers; layer += 1) {
      const data = new Float32Array(2 * rows * heads * length * headDim);
      for (let i = this.channel; i < data.length; i += headDim) data[i] = PAD_POSITION;
      for (let kv = 0; kv < 2; kv += 1) {
        sources.forEach((source, b) => {
          const from = source.tensors[layer] as ort.Tensor;
          const [, fromRows = 1, , fromLength = 0] = from.dims;
          const fromData = from.data as Float32Array;
          for (let h = 0; h < heads; h += 1) {
            const src = ((kv * fromRows + source.row) * heads + h) * fromLength * headDim;
            let dst = ((kv * rows + b) * heads + h) * length * headDim;
            for (const [start, count] of source.runs) {
              data.set(fromData.subarray(src + start * headDim, src + (start + count) * headDim), dst);
              dst += count * headDim;
            }
          }
        });
      }
      next.push(new ort.Tensor("float32", data, [2, rows, heads, length, headDim]));
    }
    this.cache = next;
    this.slots.forEach((slot, b) => {
      slot.index = b;
      slot.row.cache = [];
    });
  }

  /** [start, count] runs of a row's entries that are not padding (layer 0, keys, head 0). */
  private realRuns(tensor: ort.Tensor, row: number): Array<[number, number]> {
    const [, , heads = 1, length = 0, dim = 1] = tensor.dims;
    const data = tensor.data as Float32Array;
    const base = row * heads * length * dim;
    const runs: Array<[number, number]> = [];
    for (let s = 0; s < length; s += 1) {
      if ((data[base + s * dim + this.channel] as number) >= PAD_POSITION) continue;
      const last = runs.at(-1);
      if (last && last[0] + last[1] === s) last[1] += 1;
      else runs.push([s, 1]);
    }
    return runs;
  }
}

/** The first index of the largest value, as torch.argmax picks among ties. */
export function argmax(values: Float32Array, offset: number, length: number): number {
  let best = 0;
  for (let i = 1; i < length; i += 1) if ((values[offset + i] as number) > (values[offset + best] as number)) best = i;
  return best;
}
