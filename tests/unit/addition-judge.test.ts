import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addition, type AdditionProblem } from "@/lib/scratchpad/addition";
import { capText } from "@/lib/scratchpad/text";
import type { Verdict } from "@/lib/scratchpad/types";

const p2957: AdditionProblem = { a: "29", b: "57" };
const p12345: AdditionProblem = { a: "123", b: "45" };
const judge = (p: AdditionProblem, index: number, line: string, strict = false) =>
  addition.judgeLine(p, index, line, { actor: "student", strict });

const operand = (maxDigits: number) =>
  fc.bigInt({ min: 0n, max: 10n ** BigInt(maxDigits) - 1n }).map((value) => value.toString());
const problem = (maxDigits: number) => fc.record({ a: operand(maxDigits), b: operand(maxDigits) });
/** A problem and the index of one of its reference lines. */
const problemAndLine = (maxDigits: number) =>
  problem(maxDigits).chain((p) => fc.tuple(fc.constant(p), fc.nat({ max: addition.referenceLines(p).length - 1 })));

/** Characters that carry content: digits, the format's symbols and letters, and some others. */
const CONTENT = [..."0123456789+,:#=<>/-*.Cacdeyrst", "٣", "é", "😀"];

/**
 * Every single-character change to a line's content: delete a non-space character, put a
 * content character in place of any character (spaces included), or insert one anywhere.
 * Whitespace-only changes are not here: the lenient judge may accept them.
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
  it("every line of the FORMATS.md examples, strict and lenient", () => {
    for (const p of [p2957, p12345]) {
      for (const line of addition.referenceLines(p)) {
        for (const strict of [false, true]) {
          const verdict = judge(p, line.index, line.text, strict);
          expect(verdict.ok, line.text).toBe(true);
          expect(verdict.normalized).toBe(line.text);
          expect(verdict.expected).toBe(line.text);
        }
      }
    }
  });

  it("every line of any problem, strict and lenient, by students and models", () => {
    fc.assert(
      fc.property(problemAndLine(60), ([p, index]) => {
        const text = addition.referenceLines(p)[index]?.text ?? "";
        for (const options of [{ strict: false }, { strict: true }, { actor: "model" as const }]) {
          const verdict = addition.judgeLine(p, index, text, options);
          expect(verdict.ok).toBe(true);
          expect(verdict.normalized).toBe(text);
        }
      }),
    );
  });
});

describe("content changes are rejected", () => {
  it("every single-character change to every line of the FORMATS.md examples", () => {
    for (const p of [p2957, p12345]) {
      for (const line of addition.referenceLines(p)) {
        for (const changed of contentChanges(line.text)) {
          expect(judge(p, line.index, changed).ok, JSON.stringify(changed)).toBe(false);
        }
      }
    }
  });

  it("a random single-character change to a random line of any problem, lenient and strict", () => {
    fc.assert(
      fc.property(
        problemAndLine(12).chain(([p, index]) => {
          const changes = contentChanges(addition.referenceLines(p)[index]?.text ?? "");
          return fc.tuple(fc.constant(p), fc.constant(index), fc.constantFrom(...changes));
        }),
        fc.boolean(),
        ([p, index, changed], strict) => {
          expect(judge(p, index, changed, strict).ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("a line judged at another index is rejected unless the two lines are the same", () => {
    fc.assert(
      fc.property(problemAndLine(8), fc.nat(), ([p, index], other) => {
        const lines = addition.referenceLines(p);
        const at = other % lines.length;
        const same = lines[at]?.text === lines[index]?.text;
        expect(judge(p, at, lines[index]?.text ?? "").ok).toBe(same);
      }),
    );
  });
});

describe("leniency about whitespace", () => {
  /** Respaces a line: each gap between tokens becomes nothing, spaces or tabs; ends padded. */
  const respaced = (line: string) =>
    fc
      .array(fc.constantFrom("", " ", "  ", "\t", " \t "), { minLength: line.split(" ").length + 1, maxLength: line.split(" ").length + 1 })
      .map((gaps) => gaps[0] + line.split(" ").map((token, i) => token + gaps[i + 1]).join(""));

  it("accepts any respacing of any reference line and canonicalises it", () => {
    fc.assert(
      fc.property(
        problemAndLine(10).chain(([p, index]) =>
          fc.tuple(fc.constant(p), fc.constant(index), respaced(addition.referenceLines(p)[index]?.text ?? "")),
        ),
        fc.boolean(),
        ([p, index, line], strict) => {
          const verdict = judge(p, index, line, strict);
          expect(verdict.ok).toBe(true);
          expect(verdict.normalized).toBe(addition.referenceLines(p)[index]?.text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    "2 + 5 , 6 C: 1",
    "2+5,6 C:1",
    "2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1",
    "  2   +   5 ,  6   C:   1  ",
    "2\t+\t5\t,\t6\tC:\t1",
    "2+5,6C:1#added 9+7=6 carry 1",
    "2 + 5 , 6 C : 1",
    "2\u00a0+\u00a05 , 6 C: 1",
  ])("accepts the ones column of 29 + 57 typed as %j", (line) => {
    expect(judge(p2957, 2, line).ok).toBe(true);
  });

  it("accepts digits typed together in digit groups, not in the carry", () => {
    expect(judge(p2957, 1, "29 + 57 , C: 0").ok).toBe(true);
    expect(judge(p2957, 3, ", 86 C: 0").ok).toBe(true);
    expect(judge(p2957, 4, "086").ok).toBe(true);
    expect(judge(p2957, 6, "86").ok).toBe(true);
    expect(judge(p2957, 2, "2 + 5 , 6 C: 1 0").ok).toBe(false);
    expect(judge(p2957, 2, "2 + 5 , 6 C: 10").fields.carry).toEqual({ ok: false, got: "10", expected: "1" });
  });

  it("accepts whitespace inside and around the scratch tags", () => {
    expect(judge(p2957, 0, "  < scratch >\t").ok).toBe(true);
    expect(judge(p2957, 5, "</scratch>  ").ok).toBe(true);
    expect(judge(p2957, 5, "<scratch>").ok).toBe(false);
  });

  it("is strict about the case of the keywords", () => {
    expect(judge(p2957, 2, "2 + 5 , 6 c: 1").ok).toBe(false);
    expect(judge(p2957, 2, "2 + 5 , 6 C: 1 # Added 9 + 7 = 6 carry 1").ok).toBe(false);
  });
});

describe("the comment", () => {
  it("is optional for students, required with strict and by default for models", () => {
    expect(judge(p2957, 2, "2 + 5 , 6 C: 1").ok).toBe(true);
    const strict = judge(p2957, 2, "2 + 5 , 6 C: 1", true);
    expect(strict.ok).toBe(false);
    expect(strict.fields.comment).toEqual({ ok: false, got: null, expected: "# added 9 + 7 = 6 carry 1" });
    expect(strict.message).toBe("Not quite: end the line with the comment `# added 9 + 7 = 6 carry 1`.");
    expect(addition.judgeLine(p2957, 2, "2 + 5 , 6 C: 1", { actor: "model" }).ok).toBe(false);
    expect(addition.judgeLine(p2957, 2, "2 + 5 , 6 C: 1", { actor: "model", strict: false }).ok).toBe(true);
  });

  it.each([
    ["# added 9 + 7 = 16 carry 1", "# added 9 + 7 = 16 carry 1"],
    ["# added 9 + 7 + 0 = 6 carry 1", "# added 9 + 7 + 0 = 6 carry 1"],
    ["# added 9+7=6", "# added 9 + 7 = 6"],
    ["# 9 + 7 = 16", "# 9 + 7 = 16"],
    ["#", "#"],
  ])("is checked when present: %j is wrong", (comment, got) => {
    const verdict = judge(p2957, 2, `2 + 5 , 6 C: 1 ${comment}`);
    expect(verdict.ok).toBe(false);
    expect(verdict.fields.comment).toEqual({ ok: false, got, expected: "# added 9 + 7 = 6 carry 1" });
    expect(verdict.message).toBe("Not quite: the comment should read `# added 9 + 7 = 6 carry 1`.");
    expect(["a", "b", "result", "carry"].every((key) => verdict.fields[key]?.ok)).toBe(true);
  });

  it("needs ` + 1` exactly when a carry comes in", () => {
    expect(judge(p2957, 3, ", 8 6 C: 0 # added 2 + 5 = 8 carry 0").ok).toBe(false);
    expect(judge(p2957, 2, "2 + 5 , 6 C: 1 # added 9 + 7 + 1 = 6 carry 1").ok).toBe(false);
  });
});

describe("field verdicts and messages", () => {
  it("explains a wrong carry with the arithmetic", () => {
    const verdict = judge(p2957, 2, "2 + 5 , 6 C: 0");
    expect(verdict.fields).toEqual({
      a: { ok: true, got: "2", expected: "2" },
      b: { ok: true, got: "5", expected: "5" },
      result: { ok: true, got: "6", expected: "6" },
      carry: { ok: false, got: "0", expected: "1" },
      comment: { ok: true, got: null, expected: "# added 9 + 7 = 6 carry 1" },
    });
    expect(verdict.message).toBe("Not quite: the carry should be 1 because 9 + 7 = 16.");
    expect(verdict.expected).toBe("2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1");
    expect(verdict.normalized).toBe("2 + 5 , 6 C: 0");
  });

  it("explains a wrong new digit, naming the carry in", () => {
    const verdict = judge(p2957, 3, ", 9 6 C: 0");
    expect(verdict.message).toBe("Not quite: the new result digit should be 8 because 2 + 5 + 1 = 8.");
  });

  it("explains wrong remaining digits and points at the other wrong fields", () => {
    const verdict = judge(p12345, 3, "1 2 + 4 , 6 8 C: 0");
    expect(verdict.fields.a).toEqual({ ok: false, got: "1 2", expected: "1" });
    expect(verdict.fields.b).toEqual({ ok: false, got: "4", expected: "" });
    expect(verdict.message).toBe("Not quite: after this column a has `1` left: its last digit, 2, is used up here. Also check the digits of b.");
    expect(judge(p2957, 2, "3 + 6 , 1 C: 6").message).toBe(
      "Not quite: after this column a has `2` left: its last digit, 9, is used up here. Also check the digits of b, the result, and the carry.",
    );
    expect(judge(p12345, 4, "1 + , 1 6 8 C: 0").message).toMatch(/^Not quite: a has no digits left after this column/);
    expect(judge(p12345, 4, ", 1 6 8 C: 0 # added 1 + 0 = 1 carry 0").ok).toBe(true);
    expect(judge(p12345, 4, "+ 4 , 1 6 8 C: 0").message).toMatch(/^Not quite: b was already used up/);
  });

  it("explains a result whose earlier digits are wrong", () => {
    expect(judge(p2957, 3, ", 8 C: 0").message).toBe(
      "Not quite: the result should be `8 6`: the new digit 8 goes in front of the digits already there (`6`).",
    );
    expect(judge(p2957, 2, "2 + 5 , 6 6 C: 1").message).toBe(
      "Not quite: this is the first column, so the result is just its digit, 6.",
    );
  });

  it("rejects a `+` with nothing on either side, and a missing `+`", () => {
    expect(judge(p2957, 3, "+ , 8 6 C: 0").ok).toBe(false);
    expect(judge(p12345, 3, "1 , 6 8 C: 0").ok).toBe(false);
  });

  it("judges the start line field by field, and a comment on it is wrong", () => {
    const verdict = judge(p2957, 1, "2 9 + 5 7 , 0 C: 1");
    expect(verdict.fields.result).toEqual({ ok: false, got: "0", expected: "" });
    expect(verdict.fields.carry).toEqual({ ok: false, got: "1", expected: "0" });
    expect(verdict.message).toBe("Not quite: nothing has been added yet, so nothing goes between `,` and `C:`. Also check the carry.");
    expect(judge(p2957, 1, "5 7 + 2 9 , C: 0").message).toBe("Not quite: the first line starts with all of a: `2 9`. Also check the digits of b.");
    const commented = judge(p2957, 1, "2 9 + 5 7 , C: 0 # added");
    expect(commented.fields.comment).toEqual({ ok: false, got: "# added", expected: "" });
    expect(commented.ok).toBe(false);
  });

  it("judges the final line's carry and result", () => {
    const verdict = judge(p2957, 4, "1 8 6");
    expect(verdict.fields).toEqual({
      carry: { ok: false, got: "1", expected: "0" },
      result: { ok: true, got: "8 6", expected: "8 6" },
    });
    expect(verdict.message).toMatch(/^Not quite: the final line starts with the last carry, 0/);
  });

  it("judges the answer", () => {
    expect(judge(p2957, 6, "8 6").message).toBe("Correct: 29 + 57 = 86.");
    expect(judge(p2957, 6, "8 7").fields.answer).toEqual({ ok: false, got: "8 7", expected: "8 6" });
    expect(judge({ a: "999", b: "57" }, 7, "5 6").message).toBe(
      "Not quite: the answer is all the digits of the final line, the leading 1 included: `1 0 5 6`.",
    );
  });

  it("gives unparseable lines a verdict that shows the expected shape", () => {
    const column = judge(p2957, 2, "9 + 7 = 16");
    expect(column.message).toBe("Not quite: a column line looks like `2 + 5 , 6 C: 1`.");
    expect(Object.values(column.fields).map((field) => field.got)).toEqual([null, null, null, null, null]);
    expect(Object.keys(column.fields)).toEqual(["a", "b", "result", "carry", "comment"]);
    expect(judge(p2957, 2, "", true).message).toBe("Not quite: a column line looks like `2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1`.");
    expect(Object.keys(judge(p2957, 1, "hello").fields)).toEqual(["a", "b", "result", "carry"]);
    expect(judge(p2957, 1, "hello").message).toMatch(/^Not quite: the first line copies the problem/);
    expect(judge(p2957, 4, "eighty-six").message).toMatch(/^Not quite: the final line is only digits/);
    expect(judge(p2957, 6, "").fields.answer).toEqual({ ok: false, got: null, expected: "8 6" });
    expect(judge(p2957, 0, "<scratchpad>").fields.text).toEqual({ ok: false, got: "<scratchpad>", expected: "<scratch>" });
  });

  it("says so when the index is past the end or not a line", () => {
    const past = judge(p2957, 7, "8 6");
    expect(past).toMatchObject({ index: 7, ok: false, expected: "", fields: {}, diagnosis: null });
    expect(past.message).toBe("Not quite: the scratchpad is already complete (7 lines), so there is no line 8.");
    for (const index of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(judge(p2957, index, "x").message).toMatch(/^Not quite: there is no line at index/);
    }
  });
});

describe("never throws", () => {
  const anyString = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 100 }),
    // Lone surrogates included.
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(..."0123456789 +,:#C=added carry<>/scratch\t"), maxLength: 200 }),
  );

  it("on arbitrary strings at any index, with a well-formed verdict", () => {
    fc.assert(
      fc.property(problem(12), fc.integer({ min: -3, max: 40 }), anyString, fc.boolean(), (p, index, line, strict) => {
        expectWellFormed(judge(p, index, line, strict), index);
      }),
      { numRuns: 3000 },
    );
  });

  it("on huge lines, and caps what it echoes", () => {
    const huge = ["9".repeat(10_000), "😀".repeat(10_000), `2 + 5 , ${"6 ".repeat(5_000)}C: 1`, "\ud800".repeat(10_000), " ".repeat(10_000)];
    for (const line of huge) {
      for (let index = 0; index < 8; index += 1) expectWellFormed(judge(p2957, index, line), index);
    }
    const verdict = judge(p2957, 2, `2 + 5 , ${"6 ".repeat(5_000)}C: 1`);
    expect(verdict.fields.result?.got?.endsWith("…")).toBe(true);
  });

  it("accepts a line exactly when the canonical text of its reading is the reference line", () => {
    fc.assert(
      fc.property(problemAndLine(6), anyString, ([p, index], line) => {
        const verdict = judge(p, index, line, true);
        expect(verdict.ok).toBe(verdict.normalized === verdict.expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("capText", () => {
  it("keeps short text and cuts long text between code points", () => {
    expect(capText("abc", 3)).toBe("abc");
    expect(capText("abcd", 3)).toBe("ab…");
    expect(capText("😀😀😀", 3)).toBe("😀😀😀");
    expect(capText("😀😀😀😀", 3)).toBe("😀😀…");
  });
});
