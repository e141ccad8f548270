/**
 * Seeded randomness for every task generator: the same seed gives the same problems in the
 * browser, on the server and in the CLI, so a dataset or an exercise can be regenerated
 * from its seed alone.
 */

export type Split = "train" | "test" | "ood";
export const SPLITS: readonly Split[] = ["train", "test", "ood"];

export interface DatasetOptions {
  split: Split;
  /** Number of problems. */
  n: number;
  /** Any safe integer. */
  seed: number;
}

/** A task that can generate the paper's datasets (see FORMATS.md for each task's ranges). */
export interface DatasetSource<P> {
  dataset(options: DatasetOptions): P[];
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
}

/** mulberry32: tiny, fast, and good enough for drawing digits; not for anything secret. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/**
 * Hashes a seed together with salts (a split name, a digit count, …) into a 32-bit seed.
 * Used so that e.g. train and test with the same seed are unrelated streams, and so that all
 * 53 bits of a safe-integer seed count (mulberry32 itself only takes 32).
 */
export function mixSeed(seed: number, ...salts: (string | number)[]): number {
  let hash = fmix32(0x9e3779b9 ^ (seed >>> 0));
  hash = fmix32(hash ^ (Math.floor(seed / 4294967296) >>> 0));
  for (const salt of salts) {
    const text = String(salt);
    for (let i = 0; i < text.length; i += 1) hash = fmix32(hash ^ text.charCodeAt(i));
    // Separates salts so that ("ab", "c") and ("a", "bc") differ.
    hash = fmix32(hash ^ 0x85ebca6b);
  }
  return hash;
}

/** MurmurHash3's finaliser: every input bit affects every output bit. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Throws a RangeError unless `seed` is a safe integer: generators are called by code, not people. */
export function assertSeed(seed: number): void {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
}
