import { describe, expect, it } from "vitest";
import { BKT_PARAMS, bktParams, bktPosterior, bktUpdate, isMastered, MASTERY_THRESHOLD, mergeBktParams } from "@/lib/learning";

const params = { pInit: 0.3, pTransit: 0.15, pSlip: 0.1, pGuess: 0.2 };

describe("BKT update", () => {
  it("after a correct line: Bayes, then the learning transition", () => {
    // P = 0.3·0.9 / (0.3·0.9 + 0.7·0.2) = 0.27 / 0.41 = 0.658536…
    expect(bktPosterior(0.3, true, params)).toBeCloseTo(0.27 / 0.41, 12);
    expect(bktPosterior(0.3, true, params)).toBeCloseTo(0.6585365854, 9);
    // then 0.658536… + (1 − 0.658536…)·0.15 = 0.709756…
    expect(bktUpdate(0.3, true, params)).toBeCloseTo(0.7097560976, 9);
  });

  it("after a wrong line", () => {
    // P = 0.3·0.1 / (0.3·0.1 + 0.7·0.8) = 0.03 / 0.59 = 0.050847…; + 0.949152…·0.15 = 0.193220…
    expect(bktPosterior(0.3, false, params)).toBeCloseTo(0.03 / 0.59, 12);
    expect(bktUpdate(0.3, false, params)).toBeCloseTo(0.1932203390, 9);
  });

  it("chains: two correct lines in a row", () => {
    // From 0.709756…: 0.709756·0.9 / (0.709756·0.9 + 0.290244·0.2) = 0.638780 / 0.696829 = 0.916696…;
    // + 0.083304·0.15 = 0.929191…
    expect(bktUpdate(bktUpdate(0.3, true, params), true, params)).toBeCloseTo(0.9291914596, 9);
  });

  it("masters at the threshold, 0.95 unless configured", () => {
    expect(MASTERY_THRESHOLD).toBe(0.95);
    expect(isMastered(0.95)).toBe(true);
    expect(isMastered(0.9499)).toBe(false);
    expect(isMastered(0.9, 0.9)).toBe(true);
  });
});

describe("BKT parameters", () => {
  it("merges per-skill overrides over the defaults", () => {
    expect(bktParams("unknown.skill")).toEqual(BKT_PARAMS.defaults);
    expect(bktParams("polynomial.constant").pInit).toBe(0.5);
    expect(bktParams("polynomial.constant").pTransit).toBe(BKT_PARAMS.defaults.pTransit);
  });

  it("mergeBktParams tunes defaults and single fields of single skills", () => {
    const table = mergeBktParams({ defaults: { pTransit: 0.3 }, skills: { "polynomial.constant": { pSlip: 0.05 }, "python.loop": { pInit: 0.1 } } });
    expect(bktParams("addition.carry", table).pTransit).toBe(0.3);
    expect(bktParams("polynomial.constant", table)).toEqual({ pInit: 0.5, pTransit: 0.3, pSlip: 0.05, pGuess: 0.3 });
    expect(bktParams("python.loop", table).pInit).toBe(0.1);
    // The base table is untouched.
    expect(bktParams("polynomial.constant").pSlip).toBe(BKT_PARAMS.defaults.pSlip);
  });

  it("refuses probabilities outside (0, 1) and slip + guess ≥ 1", () => {
    expect(() => mergeBktParams({ defaults: { pInit: 0 } })).toThrow(RangeError);
    expect(() => mergeBktParams({ skills: { "addition.carry": { pGuess: 1.2 } } })).toThrow(/pGuess of addition.carry/);
    expect(() => mergeBktParams({ skills: { "addition.carry": { pSlip: 0.5, pGuess: 0.5 } } })).toThrow(/pSlip \+ pGuess/);
  });
});
