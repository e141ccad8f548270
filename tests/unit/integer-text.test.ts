/**
 * integer-text.ts does by hand, in linear time, what BigInt did for the Python task: these
 * check that it gives exactly BigInt's answers, so judging is unchanged for every value.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addToInteger, differByOne, integerText } from "@/lib/scratchpad/python/integer-text";
import { canonical } from "@/lib/scratchpad/python/json-value";

/** An integer as a person or the tracer might write it: any sign, leading zeros, up to 40 digits. */
const integerTexts = fc
  .tuple(fc.constantFrom("", "+", "-"), fc.nat(3), fc.bigInt({ min: 0n, max: 10n ** 40n }))
  .map(([sign, zeros, magnitude]) => `${sign}${"0".repeat(zeros)}${magnitude}`);

/** What canonicalFloat computed with BigInt, kept here as the reference. */
function floatByBigInt(text: string): string {
  const match = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(text);
  if (!match) return `float:${text}`;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  const digits = (whole + fraction).replace(/^0+/, "");
  const trimmed = digits.replace(/0+$/, "");
  if (trimmed === "") return `float:${sign}0`;
  const power = BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - trimmed.length);
  return `float:${sign}${trimmed}e${power}`;
}

describe("integers as text", () => {
  it("reads like BigInt", () => {
    fc.assert(
      fc.property(integerTexts, (text) => {
        expect(integerText(text)).toBe(BigInt(text).toString());
      }),
      { numRuns: 1000 },
    );
    expect(integerText("-0")).toBe("0");
    expect(integerText("+000")).toBe("0");
  });

  it("adds like BigInt, across every carry and borrow", () => {
    fc.assert(
      fc.property(integerTexts, fc.integer({ min: -1e12, max: 1e12 }), (text, delta) => {
        expect(addToInteger(text, delta)).toBe((BigInt(text) + BigInt(delta)).toString());
      }),
      { numRuns: 1000 },
    );
    expect(addToInteger("1" + "0".repeat(20), -1)).toBe("9".repeat(20));
    expect(addToInteger("9".repeat(20), 1)).toBe("1" + "0".repeat(20));
    expect(addToInteger("-1" + "0".repeat(20), 1)).toBe("-" + "9".repeat(20));
    expect(addToInteger("-" + "9".repeat(20), -1)).toBe("-1" + "0".repeat(20));
    expect(addToInteger("5", -5)).toBe("0");
  });

  it("tells a difference of one like BigInt", () => {
    fc.assert(
      fc.property(integerTexts, fc.integer({ min: -3, max: 3 }), fc.boolean(), (text, step, padded) => {
        const other = (BigInt(text) + BigInt(step)).toString();
        expect(differByOne(padded ? other.replace(/^(-?)/, "$100") : other, text)).toBe(step === 1 || step === -1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("canonical floats", () => {
  const floats = fc
    .tuple(
      fc.constantFrom("", "-"),
      fc.stringMatching(/^[0-9]{1,25}$/),
      fc.option(fc.stringMatching(/^[0-9]{1,25}$/)),
      fc.option(integerTexts),
      fc.constantFrom("e", "E"),
    )
    .map(([sign, whole, fraction, exponent, e]) => `${sign}${whole}${fraction === null ? "" : `.${fraction}`}${exponent === null ? "" : `${e}${exponent}`}`);

  it("are what BigInt arithmetic made of them", () => {
    fc.assert(
      fc.property(floats, (text) => {
        expect(canonical({ kind: "float", text })).toBe(floatByBigInt(text));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ["1e20", "100000000000000000000.0"],
    ["1E+20", "0.1e21"],
    ["1e" + "9".repeat(30), "10e" + "9".repeat(29) + "8"],
    ["0.000", "0e5"],
  ])("%s is %s", (a, b) => {
    expect(canonical({ kind: "float", text: a })).toBe(canonical({ kind: "float", text: b }));
  });
});
