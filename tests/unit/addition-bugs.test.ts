import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addition, additionBugs, type AdditionProblem } from "@/lib/scratchpad/addition";
import { columns } from "@/lib/scratchpad/addition/columns";
import { formatOperandLine } from "@/lib/scratchpad/addition/target";

const diagnose = (p: AdditionProblem, index: number, line: string) =>
  addition.judgeLine(p, index, line).diagnosis?.id ?? null;

const p2957 = { a: "29", b: "57" };
const p12345 = { a: "123", b: "45" };

describe("the bug library", () => {
  it("has an id, a title and a student-facing explanation for every bug", () => {
    expect(Object.keys(additionBugs).sort()).toEqual(
      [
        "carry-as-digit",
        "carry-dropped",
        "carry-invented",
        "carry-two-back",
        "digit-carry-swapped",
        "final-carry-missing",
        "leading-zero-kept",
        "result-order-reversed",
        "whole-sum-written",
        "wrong-column",
      ].sort(),
    );
    for (const [id, bug] of Object.entries(additionBugs)) {
      expect(bug.id).toBe(id);
      expect(bug.title).toMatch(/^[A-Z]/);
      expect(bug.explanation.length).toBeGreaterThan(40);
    }
  });
});

describe("diagnoses, one hand-made wrong line per bug", () => {
  it.each([
    // 29 + 57, tens: 2 + 5 + 1 = 8; the 1 coming in is left out.
    ["carry-dropped", p2957, 3, ", 7 6 C: 0"],
    // 123 + 45, tens: 2 + 4 with no carry in; a 1 added anyway.
    ["carry-invented", p12345, 3, "1 + , 7 8 C: 0"],
    // 159 + 1: ones 9 + 1 carries, tens 5 + 0 + 1 does not; hundreds uses the ones' carry.
    ["carry-two-back", { a: "159", b: "1" }, 4, ", 2 6 0 C: 0"],
    // 29 + 57, ones: 9 + 7 = 16 written as digit 1.
    ["carry-as-digit", p2957, 2, "2 + 5 , 1 C: 1"],
    ["carry-as-digit", p2957, 2, "2 + 5 , 1 C: 0"],
    ["digit-carry-swapped", p2957, 2, "2 + 5 , 1 C: 6"],
    ["whole-sum-written", p2957, 2, "2 + 5 , 1 6 C: 0"],
    ["whole-sum-written", p2957, 2, "2 + 5 , 1 6 C: 1"],
    // 123 + 45, ones: the leftmost digits consumed (1 + 4) instead of 3 + 5.
    ["wrong-column", p12345, 2, "2 3 + 5 , 5 C: 0"],
    // …nothing crossed off.
    ["wrong-column", p12345, 2, "1 2 3 + 4 5 , 8 C: 0"],
    // 123 + 45, tens: new digit appended instead of put in front.
    ["result-order-reversed", p12345, 3, "1 + , 8 6 C: 0"],
    ["result-order-reversed", p12345, 5, "0 8 6 1"],
    ["result-order-reversed", p12345, 7, "8 6 1"],
    // 29 + 57: the answer, or </scratch>, where the final line belongs.
    ["final-carry-missing", p2957, 4, "8 6"],
    ["final-carry-missing", p2957, 4, "</scratch>"],
    // 999 + 57 = 1056: the final line or the answer without the last carry.
    ["final-carry-missing", { a: "999", b: "57" }, 5, "0 5 6"],
    ["final-carry-missing", { a: "999", b: "57" }, 7, "0 5 6"],
    ["leading-zero-kept", p2957, 6, "0 8 6"],
  ] as const)("%s: %o line %i %j", (id, p, index, line) => {
    const verdict = addition.judgeLine(p, index, line);
    expect(verdict.ok).toBe(false);
    expect(verdict.diagnosis).toEqual(additionBugs[id]);
  });
});

describe("diagnoses are precise", () => {
  it.each([
    ["a digit that no bug produces", p2957, 2, "2 + 5 , 3 C: 1"],
    ["a carry that no bug produces", p2957, 3, ", 8 6 C: 1"],
    ["a typo in the remaining digits", p2957, 2, "3 + 5 , 6 C: 1"],
    ["only the comment wrong", p2957, 2, "2 + 5 , 6 C: 1 # added 9 + 7 = 16 carry 1"],
    ["an unreadable line", p2957, 2, "nine plus seven"],
    ["a wrong start line", p2957, 1, "2 9 + 5 7 , C: 1"],
    ["a final line with a wrong digit", p2957, 4, "0 8 7"],
    ["a wrong answer", p2957, 6, "8 7"],
    ["an answer with an extra digit", p2957, 6, "8 6 6"],
    ["a final line whose reversal reads the same", { a: "11", b: "0" }, 4, "0 1 2"],
  ] as const)("names no bug for %s", (_, p, index, line) => {
    const verdict = addition.judgeLine(p, index, line);
    expect(verdict.ok).toBe(false);
    expect(verdict.diagnosis).toBeNull();
  });

  it("names no bug for a correct line", () => {
    for (const line of addition.referenceLines(p2957)) expect(addition.judgeLine(p2957, line.index, line.text).diagnosis).toBeNull();
  });

  it("never calls a line with the right operand groups 'wrong column': its wrong field is the mistake", () => {
    // 123 + 45, ones: the groups crossed off rightly; 5 is 1 + 4, but nothing shows a column was mixed up.
    expect(diagnose(p12345, 2, "1 2 + 4 , 5 C: 0")).not.toBe("wrong-column");
    // A phone run: right digit, wrong carry, in a column whose leftmost digits add up to the digit.
    const p = { a: "4318592", b: "1330994" };
    const i = addition.referenceLines(p).findIndex((l) => l.text.startsWith("4 3 1 8 + 1 3 3 0 , 5 8 6 C: 1"));
    expect(i).toBeGreaterThan(0);
    expect(diagnose(p, i, "4 3 1 8 + 1 3 3 0 , 5 8 6 C: 0")).not.toBe("wrong-column");
  });

  it("calls an invented 1 carry-invented when two columns back there was no carry", () => {
    // 1234 + 5: ones 4 + 5 = 9, no carries anywhere.
    expect(diagnose({ a: "1234", b: "5" }, 4, "1 + , 3 3 9 C: 0")).toBe("carry-invented");
  });
});

describe("diagnoses match simulated bugs on any problem", () => {
  const operand = fc.bigInt({ min: 0n, max: 10n ** 10n - 1n }).map(String);
  /** A problem and one of its columns (0-based), with the line index it is judged at. */
  const column = fc
    .record({ a: operand, b: operand })
    .chain((p) => fc.tuple(fc.constant(p), fc.nat({ max: Math.max(p.a.length, p.b.length) - 1 })));

  const line = (p: AdditionProblem, i: number, result: string, carry: number) => {
    const c = columns(p)[i];
    return c ? formatOperandLine(c.aLeft, c.bLeft, result, String(carry)) : "";
  };

  it("a single wrong field (the digit or the carry) with the groups right is never 'wrong column'", () => {
    fc.assert(
      fc.property(column, fc.boolean(), fc.nat(9), ([p, i], changeDigit, other) => {
        const c = columns(p)[i];
        if (!c) return;
        const digit = changeDigit ? (c.digit + 1 + (other % 9)) % 10 : c.digit;
        const carry = changeDigit ? c.carryOut : 1 - c.carryOut;
        expect(diagnose(p, i + 2, line(p, i, String(digit) + c.resultBefore, carry))).not.toBe("wrong-column");
      }),
    );
  });

  it("carry-dropped wherever a carry comes in", () => {
    fc.assert(
      fc.property(column, ([p, i]) => {
        const c = columns(p)[i];
        fc.pre(c?.carryIn === 1);
        if (!c) return;
        const s = c.x + c.y;
        expect(diagnose(p, i + 2, line(p, i, String(s % 10) + c.resultBefore, Math.floor(s / 10)))).toBe("carry-dropped");
      }),
    );
  });

  it("digit-carry-swapped wherever the sum is 10 or more and its digits differ", () => {
    fc.assert(
      fc.property(column, ([p, i]) => {
        const c = columns(p)[i];
        fc.pre(c !== undefined && c.sum >= 10 && c.digit !== 1);
        if (!c) return;
        expect(diagnose(p, i + 2, line(p, i, "1" + c.resultBefore, c.digit))).toBe("digit-carry-swapped");
      }),
    );
  });

  it("result-order-reversed wherever the digits already written make it visible", () => {
    fc.assert(
      fc.property(column, ([p, i]) => {
        const c = columns(p)[i];
        fc.pre(c !== undefined && c.resultBefore + c.digit !== c.result);
        if (!c) return;
        expect(diagnose(p, i + 2, line(p, i, c.resultBefore + c.digit, c.carryOut))).toBe("result-order-reversed");
      }),
    );
  });

  it("whole-sum-written wherever the sum has two digits", () => {
    fc.assert(
      fc.property(column, ([p, i]) => {
        const c = columns(p)[i];
        fc.pre(c !== undefined && c.sum >= 10);
        if (!c) return;
        expect(diagnose(p, i + 2, line(p, i, String(c.sum) + c.resultBefore, 0))).toBe("whole-sum-written");
      }),
    );
  });
});
