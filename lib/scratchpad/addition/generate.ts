/**
 * Seeded problem generators: exercises for students by length, and the paper's datasets.
 */
import { assertSeed, createRng, mixSeed, type DatasetOptions, type Rng, type Split } from "../random";
import { columns } from "./columns";
import { MAX_DIGITS, type AdditionProblem } from "./problem";

/** Operand lengths per split, as in the paper (FORMATS.md §1). */
export const SPLIT_DIGITS: Record<Split, { min: number; max: number }> = {
  train: { min: 1, max: 8 },
  test: { min: 1, max: 8 },
  ood: { min: 9, max: 10 },
};

/** `length` uniform digits without a leading zero; a 1-digit operand may be 0. */
function randomOperand(rng: Rng, length: number): string {
  let digits = String(rng.int(length === 1 ? 0 : 1, 9));
  while (digits.length < length) digits += String(rng.int(0, 9));
  return digits;
}

/**
 * The paper's data: each operand's length uniform in the split's range, then its digits
 * uniform. The split is mixed into the seed, so train and test with one seed differ.
 */
export function dataset({ split, n, seed }: DatasetOptions): AdditionProblem[] {
  assertSeed(seed);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  const range = Object.hasOwn(SPLIT_DIGITS, split) ? SPLIT_DIGITS[split] : undefined;
  if (!range) throw new RangeError(`split must be train, test or ood, got ${String(split)}`);
  const rng = createRng(mixSeed(seed, "addition", split));
  const problems: AdditionProblem[] = [];
  for (let i = 0; i < n; i += 1) {
    const a = randomOperand(rng, rng.int(range.min, range.max));
    const b = randomOperand(rng, rng.int(range.min, range.max));
    problems.push({ a, b });
  }
  return problems;
}

/** How many draws a carry-wanting exercise gets; a miss is so rare it only bounds the loop. */
const CARRY_TRIES = 64;

/**
 * One exercise for a student level: a has exactly `digits` digits (1 to MAX_DIGITS); b has
 * as many half the time and otherwise a length uniform in 1..digits, so unequal lengths come
 * up. Carries are what is practised, so three exercises in four are redrawn until some
 * column carries; the fourth is left to chance, so carry-free lines appear too.
 */
export function generateByDigits({ digits, seed }: { digits: number; seed: number }): AdditionProblem {
  assertSeed(seed);
  if (!Number.isInteger(digits) || digits < 1 || digits > MAX_DIGITS) {
    throw new RangeError(`digits must be an integer from 1 to ${MAX_DIGITS}, got ${digits}`);
  }
  const rng = createRng(mixSeed(seed, "addition-digits", digits));
  const wantCarry = rng.next() < 0.75;
  let problem: AdditionProblem = { a: "", b: "" };
  for (let attempt = 0; attempt < CARRY_TRIES; attempt += 1) {
    const bDigits = rng.next() < 0.5 ? digits : rng.int(1, digits);
    problem = { a: randomOperand(rng, digits), b: randomOperand(rng, bDigits) };
    if (!wantCarry || columns(problem).some((column) => column.carryOut === 1)) break;
  }
  return problem;
}
