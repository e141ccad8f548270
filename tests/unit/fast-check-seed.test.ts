// Every property test runs from one seed (tests/support/fast-check-seed.ts, a vitest setup
// file): fixed unless FC_SEED names another or asks for a random one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_FC_SEED, readFcSeed } from "../support/fast-check-seed";

describe("the property tests' seed", () => {
  it("is set for every fc.assert of the run, fixed unless FC_SEED says otherwise", () => {
    const seed = fc.readConfigureGlobal().seed;
    expect(typeof seed).toBe("number");
    if (process.env.FC_SEED?.trim() !== "random") expect(seed).toBe(readFcSeed(process.env.FC_SEED));
    if (!process.env.FC_SEED?.trim()) expect(seed).toBe(DEFAULT_FC_SEED);
  });

  it("reads FC_SEED: unset or empty is the fixed seed, a number is itself, random is new each time", () => {
    expect(readFcSeed(undefined)).toBe(DEFAULT_FC_SEED);
    expect(readFcSeed(" ")).toBe(DEFAULT_FC_SEED);
    expect(readFcSeed("2")).toBe(2);
    expect(readFcSeed(" -17 ")).toBe(-17);
    expect(readFcSeed("4294967295")).toBe(4294967295);
    const drawn = new Set(Array.from({ length: 5 }, () => readFcSeed("random")));
    expect(drawn.size).toBeGreaterThan(1);
    for (const seed of drawn) expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31).toBe(true);
  });

  it.each(["abc", "1.5", "1e3", "4294967296", "-2147483649", "0x10", "random!"])("refuses FC_SEED=%j with a message naming it", (value) => {
    expect(() => readFcSeed(value)).toThrow(/^FC_SEED must be a whole number from -2147483648 to 4294967295, or "random"/);
  });

  it("replays a run: the same seed gives the same values", () => {
    const values = (seed: number) => fc.sample(fc.integer(), { seed, numRuns: 20 });
    expect(values(readFcSeed("12345"))).toEqual(values(12345));
    expect(values(1)).not.toEqual(values(2));
  });
});
