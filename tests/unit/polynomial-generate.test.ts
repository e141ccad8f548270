import { describe, expect, it } from "vitest";
import {
  DATASET_SIZES,
  dataset,
  generateByLevel,
  LEVELS,
  MAX_LEVEL,
  polynomial,
  type PolynomialProblem,
} from "@/lib/scratchpad/polynomial";
import { bigValue } from "./polynomial-arbitraries";

/** §2's constraints, checked here without the module's code. */
function expectValid(p: PolynomialProblem): void {
  expect(p.terms.length).toBeGreaterThanOrEqual(1);
  expect(p.terms.length).toBeLessThanOrEqual(3);
  const powers = p.terms.map((term) => term.power);
  expect(powers.every((power) => Number.isInteger(power) && power >= 0 && power <= 3)).toBe(true);
  expect(powers.every((power, i) => i === 0 || power < (powers[i - 1] ?? 0))).toBe(true);
  for (const { coefficient } of p.terms) {
    expect(Number.isInteger(coefficient) && coefficient !== 0 && Math.abs(coefficient) <= 10).toBe(true);
  }
  expect(Number.isInteger(p.x) && Math.abs(p.x) <= 10).toBe(true);
  // The input round-trips, so the problem is one a person could type.
  const parsed = polynomial.parseInput(polynomial.formatInput(p));
  expect(parsed.ok && parsed.value).toEqual(p);
}

const inRange = (p: PolynomialProblem) => bigValue(p) >= -1000n && bigValue(p) <= 10_000n;
const inputs = (problems: PolynomialProblem[]) => problems.map(polynomial.formatInput);

describe("dataset", () => {
  const train = dataset({ split: "train", n: DATASET_SIZES.train, seed: 1 });
  const test = dataset({ split: "test", n: DATASET_SIZES.test, seed: 1 });

  it("has the paper's default sizes", () => {
    expect(DATASET_SIZES).toEqual({ train: 10_000, test: 2_000 });
    expect(train).toHaveLength(10_000);
    expect(test).toHaveLength(2_000);
  });

  it("respects every constraint of §2, values computed here in BigInt", () => {
    for (const p of [...train, ...test]) {
      expectValid(p);
      expect(inRange(p)).toBe(true);
    }
  });

  it("never puts a test problem in train, for the same seed or any other", () => {
    const trainInputs = new Set(inputs(train));
    expect(inputs(test).filter((input) => trainInputs.has(input))).toEqual([]);
    for (const seed of [2, -7, 2 ** 40]) {
      const otherTest = inputs(dataset({ split: "test", n: 1000, seed }));
      expect(otherTest.filter((input) => trainInputs.has(input))).toEqual([]);
    }
  });

  it("is deterministic for a seed, and n only says where the stream stops", () => {
    expect(dataset({ split: "train", n: 50, seed: 7 })).toEqual(dataset({ split: "train", n: 50, seed: 7 }));
    expect(dataset({ split: "train", n: 50, seed: 7 })).not.toEqual(dataset({ split: "train", n: 50, seed: 8 }));
    expect(dataset({ split: "test", n: 200, seed: 3 }).slice(0, 20)).toEqual(dataset({ split: "test", n: 20, seed: 3 }));
    expect(dataset({ split: "train", n: 0, seed: 3 })).toEqual([]);
  });

  it("draws term counts, powers, coefficients and x across their whole ranges", () => {
    const counts = [0, 0, 0, 0];
    const powers = new Set<number>();
    const coefficients = new Set<number>();
    const xs = new Set<number>();
    for (const p of train) {
      counts[p.terms.length] = (counts[p.terms.length] ?? 0) + 1;
      for (const term of p.terms) {
        powers.add(term.power);
        coefficients.add(term.coefficient);
      }
      xs.add(p.x);
    }
    // Uniform over 1–3 terms: about 3,333 each.
    for (const count of counts.slice(1)) expect(Math.abs(count - train.length / 3)).toBeLessThan(250);
    expect([...powers].sort()).toEqual([0, 1, 2, 3]);
    expect(coefficients.size).toBe(20);
    expect(xs.size).toBe(21);
  });

  it("keeps only values in range, so large negative cubes are rare but large positive ones are not", () => {
    const values = train.map((p) => Number(bigValue(p)));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-1000);
    expect(Math.max(...values)).toBeGreaterThan(5000);
  });

  it.each([
    [{ split: "ood", n: 5, seed: 1 }, /no ood split/],
    [{ split: "dev", n: 5, seed: 1 }, /split must be train or test/],
    [{ split: "train", n: -1, seed: 1 }, /n must be a non-negative integer/],
    [{ split: "train", n: 1.5, seed: 1 }, /n must be a non-negative integer/],
    [{ split: "train", n: 5, seed: 0.5 }, /seed must be a safe integer/],
  ] as const)("rejects %j", (options, message) => {
    expect(() => dataset(options as Parameters<typeof dataset>[0])).toThrow(message);
  });
});

describe("generateByLevel", () => {
  const problems = (level: number) => Array.from({ length: 300 }, (_, seed) => generateByLevel({ level, seed }));

  it("has five levels, each deterministic and valid, in the datasets' value range", () => {
    expect(MAX_LEVEL).toBe(5);
    expect(LEVELS).toHaveLength(5);
    for (let level = 1; level <= MAX_LEVEL; level += 1) {
      expect(generateByLevel({ level, seed: 9 })).toEqual(generateByLevel({ level, seed: 9 }));
      for (const p of problems(level)) {
        expectValid(p);
        expect(inRange(p)).toBe(true);
      }
    }
  });

  it("level 1: one or two terms, x and a constant, small positive coefficients, x from 1 to 5", () => {
    for (const p of problems(1)) {
      expect(p.terms.length).toBeLessThanOrEqual(2);
      expect(p.terms[0]?.power).toBe(1);
      expect(p.terms.every((t) => t.coefficient >= 1 && t.coefficient <= 5)).toBe(true);
      expect(p.x >= 1 && p.x <= 5).toBe(true);
    }
  });

  it("level 2: a square, positive coefficients, positive x", () => {
    for (const p of problems(2)) {
      expect(p.terms[0]?.power).toBe(2);
      expect(p.terms.length).toBeGreaterThanOrEqual(2);
      expect(p.terms.every((t) => t.coefficient > 0)).toBe(true);
      expect(p.x).toBeGreaterThan(0);
    }
  });

  it("level 3: a negative coefficient always, x still positive", () => {
    for (const p of problems(3)) {
      expect(p.terms[0]?.power).toBe(2);
      expect(p.terms.some((t) => t.coefficient < 0)).toBe(true);
      expect(p.x).toBeGreaterThan(0);
    }
  });

  it("level 4: negative x with a square", () => {
    for (const p of problems(4)) {
      expect(p.terms[0]?.power).toBe(2);
      expect(p.x).toBeLessThan(0);
    }
  });

  it("level 5: three terms with a cube, any signs, x on both sides of 0", () => {
    const all = problems(5);
    for (const p of all) {
      expect(p.terms.length).toBe(3);
      expect(p.terms[0]?.power).toBe(3);
    }
    expect(all.some((p) => p.x < 0) && all.some((p) => p.x > 0)).toBe(true);
    expect(all.some((p) => p.terms.some((t) => t.coefficient < 0))).toBe(true);
  });

  it.each([0, 6, 1.5, Number.NaN])("rejects level %s", (level) => {
    expect(() => generateByLevel({ level, seed: 1 })).toThrow(/level must be an integer from 1 to 5/);
  });
});
