import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { polynomial, type PolynomialProblem } from "@/lib/scratchpad/polynomial";
import type { Verdict } from "@/lib/scratchpad/types";
import { bigTermValue, EXAMPLE, problemArb } from "./polynomial-arbitraries";

const judge = (p: PolynomialProblem, index: number, line: string) => polynomial.judgeLine(p, index, line);

/** A problem and the index of one of its reference lines. */
const problemAndLine = problemArb.chain((p) =>
  fc.tuple(fc.constant(p), fc.nat({ max: polynomial.referenceLines(p).length - 1 })),
);

/** Characters that carry content: digits, the format's symbols, look-alikes and others. */
const CONTENT = [..."0123456789+-*x:^<>/.=Xscrath", "−", "٣", "é", "😀"];

/**
 * Every single-character change to a line's content: delete a non-space character, put a
 * content character in place of any character (spaces included), or insert one anywhere.
 */
function contentChanges(line: string): string[] {
  const changes: string[] = [];
  for (let i = 0; i <= line.length; i += 1) {
    const char = line[i];
    if (char !== undefined && char !== " ") changes.push(line.slice(0, i) + line.slice(i + 1));
    for (const other of CONTENT) {
      if (char !== undefined && other !== char) changes.push(line.slice(0, i) + other + line.slice(i + 1));
      changes.push(line.slice(0, i) + other + line.slice(i));
    }
  }
  return changes;
}

function expectWellFormed(verdict: Verdict, index: number): void {
  expect(verdict.index).toBe(index);
  expect(verdict.message).toMatch(verdict.ok ? /^Correct/ : /^Not quite: \S/);
  expect(Array.from(verdict.normalized).length).toBeLessThanOrEqual(500);
  for (const field of Object.values(verdict.fields)) {
    expect(field.got === null || Array.from(field.got).length <= 200).toBe(true);
  }
  expect(verdict.ok).toBe(Object.values(verdict.fields).length > 0 && Object.values(verdict.fields).every((f) => f.ok));
  if (verdict.ok) expect(verdict.diagnosis).toBeNull();
}

describe("reference lines validate", () => {
  it("every line of the FORMATS.md example, with its fields", () => {
    for (const line of polynomial.referenceLines(EXAMPLE)) {
      const verdict = judge(EXAMPLE, line.index, line.text);
      expect(verdict).toMatchObject({ ok: true, normalized: line.text, expected: line.text, diagnosis: null });
    }
    expect(judge(EXAMPLE, 2, "-5*x: -20").fields).toEqual({
      term: { ok: true, got: "-5*x", expected: "-5*x" },
      value: { ok: true, got: "-20", expected: "-20" },
    });
    expect(judge(EXAMPLE, 2, "-5*x: -20").message).toBe("Correct: -5*x at x = 4 is -20.");
    expect(judge(EXAMPLE, 5, "35").fields).toEqual({ answer: { ok: true, got: "35", expected: "35" } });
    expect(judge(EXAMPLE, 5, "35").message).toBe("Correct: 48 - 20 + 7 = 35.");
    expect(judge(EXAMPLE, 0, "<scratch>").fields).toEqual({ text: { ok: true, got: "<scratch>", expected: "<scratch>" } });
  });

  it("every line of any problem, whoever writes it and however strict", () => {
    fc.assert(
      fc.property(problemAndLine, ([p, index]) => {
        const text = polynomial.referenceLines(p)[index]?.text ?? "";
        for (const options of [{}, { strict: true }, { actor: "model" as const }]) {
          const verdict = polynomial.judgeLine(p, index, text, options);
          expect(verdict.ok).toBe(true);
          expect(verdict.normalized).toBe(text);
          expectWellFormed(verdict, index);
        }
      }),
    );
  });

  it("term values are checked against BigInt arithmetic done here", () => {
    fc.assert(
      fc.property(problemArb, fc.nat(), (p, pick) => {
        const i = pick % p.terms.length;
        const term = p.terms[i];
        if (!term) return;
        const [termPart] = polynomial.referenceLines(p)[i + 1]?.text.split(": ") ?? [];
        const right = bigTermValue(term.coefficient, term.power, p.x);
        expect(judge(p, i + 1, `${termPart}: ${right}`).ok).toBe(true);
        expect(judge(p, i + 1, `${termPart}: ${right + 1n}`).ok).toBe(false);
      }),
    );
  });
});

describe("content changes are rejected", () => {
  it("every single-character change to every line of the FORMATS.md example", () => {
    for (const line of polynomial.referenceLines(EXAMPLE)) {
      for (const changed of contentChanges(line.text)) {
        const verdict = judge(EXAMPLE, line.index, changed);
        expect(verdict.ok, JSON.stringify(changed)).toBe(false);
        expectWellFormed(verdict, line.index);
      }
    }
  });

  it("a random single-character change to a random line of any problem", () => {
    fc.assert(
      fc.property(
        problemAndLine.chain(([p, index]) => {
          const changes = contentChanges(polynomial.referenceLines(p)[index]?.text ?? "");
          return fc.tuple(fc.constant(p), fc.constant(index), fc.constantFrom(...changes));
        }),
        ([p, index, changed]) => {
          expect(judge(p, index, changed).ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("a line judged at another index is rejected unless the two lines are the same", () => {
    fc.assert(
      fc.property(problemAndLine, fc.nat(), ([p, index], other) => {
        const lines = polynomial.referenceLines(p);
        const at = other % lines.length;
        expect(judge(p, at, lines[index]?.text ?? "").ok).toBe(lines[at]?.text === lines[index]?.text);
      }),
    );
  });

  it.each([
    ["+3*x**2: 48", "a positive term is written without a sign: `3*x**2`."],
    ["3*x**2: +48", "3*x**2 at x = 4 is 48, not +48."],
    ["3*x**2: 048", "3*x**2 at x = 4 is 48, not 048."],
    ["3*x^2: 48", "this line is for the first term, `3*x**2`. `3*x^2`: powers are written with `**`, as in Python: `x**2`, not `x^2`."],
    ["3x**2: 48", "this line is for the first term, `3*x**2`. `3x**2`: write the multiplication sign, as in Python: `3*x`, not `3x`."],
    ["3*X**2: 48", "this line is for the first term, `3*x**2`. `3*X**2`: the only variable is `x`; terms look like `3*x**2`, `-5*x` or `7`."],
    ["3*x**2: 48.0", "the value is a whole number: 3*x**2 at x = 4 is 48."],
    ["3*x**2:", "after the `:` comes the value: 3*x**2 at x = 4 is 48."],
    [": 48", "the line starts with the term, `3*x**2`, then `:` and its value."],
    ["3*x**2 = 48", "a term line is the term, `:`, then its value (a colon, not `=`): `3*x**2:` followed by its value at x = 4."],
    ["48", "a term line is the term, `:`, then its value: `3*x**2:` followed by its value at x = 4."],
  ])("the first line of the example typed as %j is wrong: %s", (line, sentence) => {
    expect(judge(EXAMPLE, 1, line).message).toBe(`Not quite: ${sentence}`);
  });

  it("names the same term written the long way, and its sign", () => {
    const p: PolynomialProblem = { terms: [{ coefficient: -1, power: 2 }, { coefficient: 1, power: 1 }], x: 3 };
    expect(judge(p, 2, "1*x: 3").message).toBe("Not quite: write the term as the input does: `x` (a coefficient 1 and a power 1 are not written).");
    expect(judge(p, 2, "x**1: 3").fields.term).toEqual({ ok: false, got: "x**1", expected: "x" });
    expect(judge(p, 1, "x**2: -9").message).toBe("Not quite: the term keeps its own sign: `-x**2`, not `x**2`.");
    expect(judge(p, 1, "x**2: 9").message).toBe("Not quite: the term keeps its own sign: `-x**2`, not `x**2`. Also check the value.");
  });
});

describe("leniency about whitespace", () => {
  it.each(["3*x**2:48", "3 * x ** 2 : 48", "  3*x**2:\t48  ", "3*x*\u00a0*2: 4 8", "3 *x** 2 :48\n"])(
    "accepts the example's first line typed as %j and canonicalises it",
    (line) => {
      expect(judge(EXAMPLE, 1, line)).toMatchObject({ ok: true, normalized: "3*x**2: 48" });
    },
  );

  it("accepts spaces inside negative numbers and tags", () => {
    expect(judge(EXAMPLE, 2, "- 5 * x : - 20").ok).toBe(true);
    expect(judge(EXAMPLE, 0, " < scratch > ").ok).toBe(true);
    expect(judge(EXAMPLE, 4, "</ scratch>").ok).toBe(true);
    expect(judge(EXAMPLE, 5, " 3 5 ").ok).toBe(true);
  });
});

describe("messages", () => {
  it("say precisely what is wrong with a value", () => {
    expect(judge(EXAMPLE, 2, "-5*x: 20").message).toBe("Not quite: -5*x at x = 4 is -20, not 20.");
    expect(judge(EXAMPLE, 2, "-5*x: 20").fields.value).toEqual({ ok: false, got: "20", expected: "-20" });
  });

  it("say which term a line is for when another term is written", () => {
    expect(judge(EXAMPLE, 2, "7: 7").message).toBe("Not quite: this line is for the second term, `-5*x`; `7` comes after it. Also check the value.");
    expect(judge(EXAMPLE, 2, "3*x**2: 48").message).toBe(
      "Not quite: this line is for the second term, `-5*x`; `3*x**2` came before it. Also check the value.",
    );
    expect(judge(EXAMPLE, 3, "</scratch>").message).toBe("Not quite: there are terms still to do: this line is for the third term, `7`.");
  });

  it("tell a student who writes a term where the block closes that the terms are done", () => {
    expect(judge(EXAMPLE, 4, "8: 8").message).toBe("Not quite: all 3 terms are done: close the scratchpad with `</scratch>`.");
    expect(judge(EXAMPLE, 4, "35").message).toBe("Not quite: this line should be `</scratch>`.");
  });

  it("explain the answer as the sum of the term values", () => {
    expect(judge(EXAMPLE, 5, "36").message).toBe("Not quite: the answer is the sum of the term values: 48 - 20 + 7 = 35.");
    expect(judge(EXAMPLE, 5, "35: 35").message).toBe("Not quite: the last line is the value of the polynomial alone, a whole number.");
    const single: PolynomialProblem = { terms: [{ coefficient: -2, power: 3 }], x: -3 };
    expect(judge(single, 3, "54").message).toBe("Correct: the only term's value is 54.");
    expect(judge(single, 3, "-54").message).toBe("Not quite: with one term, the answer is that term's value, 54.");
  });
});

describe("never throws", () => {
  const hostile = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(..."0123456789+-*x: <>/scratch\t\u00a0"), maxLength: 60 }),
  );
  const index = fc.oneof(fc.integer({ min: -3, max: 10 }), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -0, 1.5));

  it("on any string at any index, and every verdict is well formed", () => {
    fc.assert(
      fc.property(problemArb, index, hostile, (p, i, line) => {
        const verdict = judge(p, i, line);
        if (Number.isInteger(i) && i >= 0 && i < polynomial.referenceLines(p).length) expectWellFormed(verdict, i);
        else expect(verdict).toMatchObject({ ok: false, fields: {}, diagnosis: null });
      }),
      { numRuns: 3000 },
    );
  });

  it("on empty and 10,000-character lines, capping what it echoes", () => {
    const long = "3*x**2: " + "9".repeat(10_000);
    for (const index of [0, 1, 2, 3, 4, 5]) {
      for (const line of ["", long, "😀".repeat(10_000), ":".repeat(10_000), "\u0000\ud800"]) {
        const verdict = judge(EXAMPLE, index, line);
        expect(verdict.ok).toBe(false);
        expectWellFormed(verdict, index);
      }
    }
  });

  it("answers for indexes that are not lines", () => {
    expect(judge(EXAMPLE, 6, "x").message).toBe("Not quite: the scratchpad is already complete (6 lines), so there is no line 7.");
    expect(judge(EXAMPLE, -1, "x").message).toBe("Not quite: there is no line at index -1; the lines are numbered 0 to 5.");
    expect(judge(EXAMPLE, 1.5, "x").ok).toBe(false);
    expect(judge(EXAMPLE, Number.NaN, "x").ok).toBe(false);
  });
});
