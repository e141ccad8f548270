/**
 * readPolynomialLine replaced a regex that took cubic time; it must read every line the
 * way that regex did. On short lines the regex is fast, so it stays here as the reference.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPolynomialLine } from "@/lib/practice/polynomial-line";

const REFERENCE = /^(?:evaluate\s+)?(.+?)\s+at\s+x\s*=\s*(\S+)$/i;

function byRegex(line: string): { expression: string; x: string } | null {
  const match = REFERENCE.exec(line);
  return match ? { expression: match[1] ?? "", x: match[2] ?? "" } : null;
}

/** Usually the right piece, sometimes one of the wrong ones. */
const mostly = (right: string, ...wrong: string[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(right) }, { weight: 1, arbitrary: fc.constantFrom(...wrong) });
const space = mostly(" ", "", "  ", "\t", " \r ", "\n", "\u2028", "\u00a0 ");

/** Lines shaped like a problem, every part of it sometimes missing, doubled or wrong. */
const nearlyProblems = fc
  .tuple(
    fc.constantFrom("", "Evaluate", "evaluate", "EVALUATE", "evaluat", "at"),
    space,
    fc.constantFrom("", "3*x**2", "x", "-5", "at", "x = 1 at", "a t", "="),
    space,
    mostly("at", "AT", "aT", "", "a", "att", "at at"),
    space,
    mostly("x", "X", "", "x=", "y", "at"),
    space,
    mostly("=", "", "==", "= =", "x"),
    space,
    mostly("4", "-2", "", "=4", "x", "4 5"),
  )
  .map((parts) => parts.join(""));

/** Lines of the pieces the regex cares about in any order. */
const jumbles = fc
  .array(fc.constantFrom("Evaluate", "at", "AT", "x", "X", "=", "x=", "3*x**2", "5", " ", "  ", "\t", "\r", "\u2028"), { maxLength: 14 })
  .map((pieces) => pieces.join(""));

const lines = fc.oneof(nearlyProblems, jumbles);

describe("a line of an assignment's polynomial problems", () => {
  it("is read as the regex read it", () => {
    fc.assert(
      fc.property(lines, (line) => {
        expect(readPolynomialLine(line)).toEqual(byRegex(line));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    "3*x**2 - 5 at x = 4",
    "Evaluate 3*x**2 - 5*x + 7 at x = -2",
    "evaluate x at x=3",
    "x**3 at X =4",
    "x at x= 4",
    "x  at  x  ==  4",
    "evaluate   at x = 4",
    "evaluate    at x = 4",
    "  at x = 4",
    "at x = 4",
    "1 at x = at x = 5",
    "1 at x = 4 5",
    "1 \r at x = 4",
    "1\r at x = 4",
    "evaluate\r 1 at x = 4",
    "Evaluate 3*x at x =",
  ])("%j", (line) => {
    expect(readPolynomialLine(line)).toEqual(byRegex(line));
  });
});
