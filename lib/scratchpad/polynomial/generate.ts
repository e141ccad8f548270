/**
 * Seeded problem generators: exercises for students by level, and the paper's datasets.
 */
import { assertSeed, createRng, mixSeed, type DatasetOptions, type Rng } from "../random";
import { COEFFICIENT_LIMIT, formatInput, MAX_TERMS, polynomialValue, X_LIMIT, type PolynomialProblem, type Power, type Term } from "./problem";

/** Datasets keep only problems whose value lies here (FORMATS.md §2). */
export const VALUE_RANGE = { min: -1000, max: 10_000 } as const;

/** The paper's sizes; `dataset` takes any n, these are what the CLI's users are told. */
export const DATASET_SIZES = { train: 10_000, test: 2_000 } as const;

/**
 * Train and test split the problem space itself: a fixed hash of a problem's input puts one
 * problem in TEST_SHARE on the test side, and each split draws only from its own side. So
 * train never holds a test problem, for any n and any two seeds, and no split has to be
 * generated to make another; within its side each split is still uniform.
 */
const TEST_SHARE = 5;

export function isTestSide(problem: PolynomialProblem): boolean {
  return mixSeed(0, "polynomial-split", formatInput(problem)) % TEST_SHARE === 0;
}

/** `count` distinct powers from `allowed`, uniformly, highest first. */
function randomPowers(rng: Rng, count: number, allowed: readonly Power[]): Power[] {
  const pool = [...allowed];
  for (let i = 0; i < count; i += 1) {
    const j = rng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j] as Power, pool[i] as Power];
  }
  return pool.slice(0, count).sort((a, b) => b - a);
}

/** Uniform over ±1..max: a nonzero coefficient, negative only when `signed`. */
function randomCoefficient(rng: Rng, max: number, signed: boolean): number {
  const magnitude = rng.int(1, max);
  return signed && rng.next() < 0.5 ? -magnitude : magnitude;
}

function inValueRange(problem: PolynomialProblem): boolean {
  const value = polynomialValue(problem);
  return value >= VALUE_RANGE.min && value <= VALUE_RANGE.max;
}

/**
 * The paper's data: the number of terms uniform in 1–3, distinct powers from 0–3 at random
 * (then highest first), coefficients uniform over the nonzero whole numbers in [-10, 10], x
 * uniform in [-10, 10]. A draw whose value lies outside VALUE_RANGE, or on the other split's
 * side, is redrawn with the same number of terms, so the term counts stay uniform. There is
 * no ood split: the paper defines out-of-distribution data for addition only.
 */
export function dataset({ split, n, seed }: DatasetOptions): PolynomialProblem[] {
  assertSeed(seed);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (split === "ood") {
    throw new RangeError("polynomial evaluation has no ood split (the paper defines one for addition only); use train or test");
  }
  if (split !== "train" && split !== "test") throw new RangeError(`split must be train or test, got ${String(split)}`);
  const rng = createRng(mixSeed(seed, "polynomial", split));
  const problems: PolynomialProblem[] = [];
  for (let i = 0; i < n; i += 1) {
    const count = rng.int(1, MAX_TERMS);
    let problem: PolynomialProblem;
    do {
      const terms = randomPowers(rng, count, [0, 1, 2, 3]).map((power) => ({
        coefficient: randomCoefficient(rng, COEFFICIENT_LIMIT, true),
        power,
      }));
      problem = { terms, x: rng.int(-X_LIMIT, X_LIMIT) };
      // Every count has hundreds of problems on each side, so this ends after a few draws.
    } while (!inValueRange(problem) || isTestSide(problem) !== (split === "test"));
    problems.push(problem);
  }
  return problems;
}

interface Level {
  terms: readonly [min: number, max: number];
  /** Powers to draw from; the first is always used, so the level's feature always shows. */
  powers: readonly [Power, ...Power[]];
  coefficientMax: number;
  /** Negative coefficients possible; "some" makes at least one negative. */
  negative: "never" | "maybe" | "some";
  x: readonly [min: number, max: number];
}

/**
 * Student levels, each adding one difficulty:
 * 1. one or two terms, `c*x` and a constant, small positive coefficients, x from 1 to 5;
 * 2. two or three terms with a square, positive coefficients, x from 1 to 6;
 * 3. as 2, with at least one negative coefficient and x up to 10;
 * 4. as 3, with x negative: where `-x**2` and `(-3)**2` matter;
 * 5. three terms with a cube, any signs, x from -10 to 10: the datasets' hardest problems.
 * Every level keeps the datasets' value range.
 */
export const LEVELS: readonly Level[] = [
  { terms: [1, 2], powers: [1, 0], coefficientMax: 5, negative: "never", x: [1, 5] },
  { terms: [2, 3], powers: [2, 1, 0], coefficientMax: 9, negative: "never", x: [1, 6] },
  { terms: [2, 3], powers: [2, 1, 0], coefficientMax: 10, negative: "some", x: [1, 10] },
  { terms: [2, 3], powers: [2, 1, 0], coefficientMax: 10, negative: "maybe", x: [-10, -1] },
  { terms: [3, 3], powers: [3, 2, 1, 0], coefficientMax: 10, negative: "maybe", x: [-10, 10] },
];

export const MAX_LEVEL = LEVELS.length;

/**
 * One exercise for a student level (1 to MAX_LEVEL). x is drawn last, among the values that
 * keep the problem in VALUE_RANGE, so no draw is ever thrown away: the x nearest 0 in every
 * level's range (1, -1 or 0) gives a value of at most 30 in size, so there is always one.
 */
export function generateByLevel({ level, seed }: { level: number; seed: number }): PolynomialProblem {
  assertSeed(seed);
  const spec = Number.isInteger(level) ? LEVELS[level - 1] : undefined;
  if (!spec) throw new RangeError(`level must be an integer from 1 to ${MAX_LEVEL}, got ${level}`);
  const rng = createRng(mixSeed(seed, "polynomial-level", level));
  const [feature, ...others] = spec.powers;
  const count = rng.int(spec.terms[0], spec.terms[1]);
  const powers = [feature, ...randomPowers(rng, count - 1, others)].sort((a, b) => b - a);
  const terms: Term[] = powers.map((power) => ({
    coefficient: randomCoefficient(rng, spec.coefficientMax, spec.negative !== "never"),
    power,
  }));
  if (spec.negative === "some" && terms.every((term) => term.coefficient > 0)) {
    const flip = terms[rng.int(0, terms.length - 1)] as Term;
    flip.coefficient = -flip.coefficient;
  }
  const xs: number[] = [];
  for (let x = spec.x[0]; x <= spec.x[1]; x += 1) if (inValueRange({ terms, x })) xs.push(x);
  return { terms, x: xs[rng.int(0, xs.length - 1)] ?? 0 };
}
