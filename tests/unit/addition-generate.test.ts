import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addition, dataset, generateByDigits, type AdditionProblem } from "@/lib/scratchpad/addition";
import { columns } from "@/lib/scratchpad/addition/columns";
import { createRng, mixSeed } from "@/lib/scratchpad/random";

const wellFormed = (digits: string) => /^(0|[1-9][0-9]*)$/.test(digits);
const hasCarry = (p: AdditionProblem) => columns(p).some((column) => column.carryOut === 1);

describe("random", () => {
  it("createRng is deterministic and stays in range", () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 100 }, () => rng.int(3, 7));
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(new Set(draw(42))).toEqual(new Set([3, 4, 5, 6, 7]));
    const rng = createRng(1);
    for (let i = 0; i < 1000; i += 1) expect(rng.next()).toBeGreaterThanOrEqual(0);
  });

  it("mixSeed separates salts and uses all bits of a safe integer", () => {
    expect(mixSeed(1, "train")).toBe(mixSeed(1, "train"));
    expect(mixSeed(1, "train")).not.toBe(mixSeed(1, "test"));
    expect(mixSeed(1, "ab", "c")).not.toBe(mixSeed(1, "a", "bc"));
    expect(mixSeed(1)).not.toBe(mixSeed(1 + 2 ** 32));
    expect(mixSeed(-1)).not.toBe(mixSeed(2 ** 32 - 1));
  });
});

describe("dataset", () => {
  it("is deterministic for a seed", () => {
    expect(dataset({ split: "train", n: 50, seed: 7 })).toEqual(dataset({ split: "train", n: 50, seed: 7 }));
    expect(dataset({ split: "train", n: 50, seed: 7 })).not.toEqual(dataset({ split: "train", n: 50, seed: 8 }));
    // A longer set starts with the shorter one: n only says where the stream stops.
    expect(dataset({ split: "ood", n: 80, seed: 3 }).slice(0, 20)).toEqual(dataset({ split: "ood", n: 20, seed: 3 }));
  });

  it("gives train and test different streams for one seed", () => {
    const train = dataset({ split: "train", n: 200, seed: 1 }).map(addition.formatInput);
    const test = new Set(dataset({ split: "test", n: 200, seed: 1 }).map(addition.formatInput));
    // Short problems may coincide by chance; the streams as a whole must not.
    expect(train.filter((input) => test.has(input)).length).toBeLessThan(20);
  });

  it.each([
    ["train", 1, 8],
    ["test", 1, 8],
    ["ood", 9, 10],
  ] as const)("draws %s operand lengths uniformly from %i to %i, digits without leading zeros", (split, min, max) => {
    const problems = dataset({ split, n: 4000, seed: 11 });
    const counts = new Map<number, number>();
    for (const { a, b } of problems) {
      for (const operand of [a, b]) {
        expect(wellFormed(operand)).toBe(true);
        counts.set(operand.length, (counts.get(operand.length) ?? 0) + 1);
      }
    }
    expect([...counts.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: max - min + 1 }, (_, i) => min + i));
    const expected = 8000 / (max - min + 1);
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.15);
    // Leading digits 1-9 are uniform, and a 1-digit operand is sometimes 0.
    const leading = problems.filter((p) => p.a.length > 1).map((p) => Number(p.a[0]));
    expect(new Set(leading)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    if (min === 1) expect(problems.some((p) => p.a === "0" || p.b === "0")).toBe(true);
  });

  it("every generated problem parses back from its own input", () => {
    for (const p of dataset({ split: "train", n: 300, seed: 5 })) {
      expect(addition.parseInput(addition.formatInput(p))).toEqual({ ok: true, value: p });
    }
  });

  it("is also reachable through the task module", () => {
    expect(addition.dataset({ split: "test", n: 5, seed: 2 })).toEqual(dataset({ split: "test", n: 5, seed: 2 }));
  });

  it("rejects bad options", () => {
    expect(dataset({ split: "train", n: 0, seed: 1 })).toEqual([]);
    expect(() => dataset({ split: "train", n: -1, seed: 1 })).toThrow(RangeError);
    expect(() => dataset({ split: "train", n: 1.5, seed: 1 })).toThrow(RangeError);
    expect(() => dataset({ split: "train", n: 1, seed: 0.5 })).toThrow(RangeError);
    expect(() => dataset({ split: "valid" as "train", n: 1, seed: 1 })).toThrow(/split must be/);
  });
});

describe("generateByDigits", () => {
  it("is deterministic and gives a exactly `digits` digits and b 1 to `digits`", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer(), (digits, seed) => {
        const p = generateByDigits({ digits, seed });
        expect(generateByDigits({ digits, seed })).toEqual(p);
        expect(wellFormed(p.a) && wellFormed(p.b)).toBe(true);
        expect(p.a.length).toBe(digits);
        expect(p.b.length).toBeGreaterThanOrEqual(1);
        expect(p.b.length).toBeLessThanOrEqual(digits);
      }),
    );
  });

  it("mixes equal and shorter b, and mostly (not always) has a carry", () => {
    for (const digits of [1, 3, 6, 12]) {
      const problems = Array.from({ length: 400 }, (_, seed) => generateByDigits({ digits, seed }));
      const withCarry = problems.filter(hasCarry).length / problems.length;
      expect(withCarry).toBeGreaterThan(0.7);
      if (digits <= 3) expect(withCarry).toBeLessThan(1);
      const shorter = problems.filter((p) => p.b.length < digits).length / problems.length;
      if (digits > 1) expect(shorter).toBeGreaterThan(0.2);
      if (digits > 1) expect(shorter).toBeLessThan(0.7);
    }
  });

  it("rejects levels outside 1 to 60 and bad seeds", () => {
    for (const digits of [0, 61, 2.5, Number.NaN]) expect(() => generateByDigits({ digits, seed: 1 })).toThrow(RangeError);
    expect(() => generateByDigits({ digits: 3, seed: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});
