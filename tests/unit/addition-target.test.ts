import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addition, MAX_DIGITS, type AdditionProblem } from "@/lib/scratchpad/addition";

/** FORMATS.md §1's two examples, verbatim (copied from the contract). */
const EXAMPLE_29_57 = `<scratch>
2 9 + 5 7 , C: 0
2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1
, 8 6 C: 0 # added 2 + 5 + 1 = 8 carry 0
0 8 6
</scratch>
8 6`;

const EXAMPLE_123_45 = `<scratch>
1 2 3 + 4 5 , C: 0
1 2 + 4 , 8 C: 0 # added 3 + 5 = 8 carry 0
1 + , 6 8 C: 0 # added 2 + 4 = 6 carry 0
, 1 6 8 C: 0 # added 1 + 0 = 1 carry 0
0 1 6 8
</scratch>
1 6 8`;


const operand = (maxDigits: number) =>
  fc.bigInt({ min: 0n, max: 10n ** BigInt(maxDigits) - 1n }).map((value) => value.toString());
const problem = (maxDigits = MAX_DIGITS) =>
  fc.record({ a: operand(maxDigits), b: operand(maxDigits) }) as fc.Arbitrary<AdditionProblem>;

function parse(input: string): AdditionProblem {
  const parsed = addition.parseInput(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe("FORMATS.md §1 examples", () => {
  it("reproduces 29 + 57 and 123 + 45 exactly", () => {
    expect(addition.target(parse("2 9 + 5 7"))).toBe(EXAMPLE_29_57);
    expect(addition.target(parse("1 2 3 + 4 5"))).toBe(EXAMPLE_123_45);
  });

  it("has the direct target: the answer line alone", () => {
    expect(addition.target(parse("2 9 + 5 7"), "direct")).toBe("8 6");
    expect(addition.target(parse("1 2 3 + 4 5"), "direct")).toBe("1 6 8");
  });

  it("writes the shapes where one operand is used up", () => {
    expect(addition.target({ a: "123", b: "45" })).toContain("\n1 + , 6 8 C: 0 #");
    expect(addition.target({ a: "45", b: "123" })).toContain("\n+ 1 , 6 8 C: 0 #");
    expect(addition.target({ a: "5", b: "45" })).toContain("\n+ 4 , 0 C: 1 # added 5 + 5 = 0 carry 1\n");
  });

  it("writes the final carry 1 in the final line and the answer", () => {
    expect(addition.target({ a: "999", b: "57" })).toBe(
      [
        "<scratch>",
        "9 9 9 + 5 7 , C: 0",
        "9 9 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1",
        "9 + , 5 6 C: 1 # added 9 + 5 + 1 = 5 carry 1",
        ", 0 5 6 C: 1 # added 9 + 0 + 1 = 0 carry 1",
        "1 0 5 6",
        "</scratch>",
        "1 0 5 6",
      ].join("\n"),
    );
  });

  it("handles 0 + 0", () => {
    expect(addition.target({ a: "0", b: "0" })).toBe(
      "<scratch>\n0 + 0 , C: 0\n, 0 C: 0 # added 0 + 0 = 0 carry 0\n0 0\n</scratch>\n0",
    );
  });
});

describe("referenceLines", () => {
  it("gives each line its role and index, structural only for the scratch tags", () => {
    const lines = addition.referenceLines({ a: "123", b: "45" });
    expect(lines.map((line) => line.role)).toEqual(["open", "start", "column", "column", "column", "final", "close", "answer"]);
    expect(lines.map((line) => line.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(lines.filter((line) => line.structural).map((line) => line.text)).toEqual(["<scratch>", "</scratch>"]);
    expect(lines.map((line) => line.text).join("\n")).toBe(EXAMPLE_123_45);
  });

  it("has max(len a, len b) column lines and no trailing or double spaces", () => {
    fc.assert(
      fc.property(problem(), (p) => {
        const lines = addition.referenceLines(p);
        expect(lines.filter((line) => line.role === "column")).toHaveLength(Math.max(p.a.length, p.b.length));
        for (const line of lines) expect(line.text).toMatch(/^\S+( \S+)*$/);
      }),
    );
  });
});

describe("answers", () => {
  it("the answer line and the direct target are a + b, for operands up to 60 digits", () => {
    fc.assert(
      fc.property(problem(), (p) => {
        const sum = (BigInt(p.a) + BigInt(p.b)).toString().split("").join(" ");
        expect(addition.referenceLines(p).at(-1)?.text).toBe(sum);
        expect(addition.target(p, "direct")).toBe(sum);
      }),
    );
  });

  it("each column line is consistent: its comment's arithmetic gives its digit and carry", () => {
    fc.assert(
      fc.property(problem(12), (p) => {
        const lines = addition.referenceLines(p).filter((line) => line.role === "column");
        for (const { text } of lines) {
          const match = /C: (\d) # added (\d) \+ (\d)( \+ 1)? = (\d) carry (\d)$/.exec(text);
          expect(match).not.toBeNull();
          const [, carry, x, y, plusOne, digit, commentCarry] = match ?? [];
          const sum = Number(x) + Number(y) + (plusOne ? 1 : 0);
          expect([Number(digit), Number(carry), Number(commentCarry)]).toEqual([sum % 10, Math.floor(sum / 10), Math.floor(sum / 10)]);
        }
      }),
    );
  });

  it("is exact beyond floating point: 60 nines plus 1", () => {
    const nines = "9".repeat(60);
    expect(addition.target({ a: nines, b: "1" }, "direct")).toBe(`1 ${"0 ".repeat(59)}0`);
  });
});

describe("parseInput and formatInput", () => {
  it("reads the canonical input and round-trips through formatInput", () => {
    fc.assert(
      fc.property(problem(), (p) => {
        expect(addition.parseInput(addition.formatInput(p))).toEqual({ ok: true, value: p });
      }),
    );
  });

  it.each([
    ["  2 9   +  5 7 ", "2 9 + 5 7"],
    ["29+57", "2 9 + 5 7"],
    ["\t2 9\t+\t5 7\n", "2 9 + 5 7"],
    ["0 + 0", "0 + 0"],
    ["1 2 3+4 5", "1 2 3 + 4 5"],
  ])("is lenient about whitespace: %j", (input, canonical) => {
    const parsed = addition.parseInput(input);
    expect(parsed.ok && addition.formatInput(parsed.value)).toBe(canonical);
  });

  it.each([
    ["", /empty/],
    ["   ", /empty/],
    ["2 9", /exactly one `\+`/],
    ["2 9 + 5 + 7", /exactly one `\+`/],
    ["+ 5 7", /first number, a, is empty/],
    ["2 9 +", /second number, b, is empty/],
    ["0 2 9 + 5 7", /first number, a, has a leading zero/],
    ["2 9 + 0 0", /second number, b, has a leading zero/],
    ["2 9 - 5 7", /contains `-`/],
    ["2,9 + 5 7", /contains `,`/],
    ["2 9 plus 5 7", /contains `p`/],
    ["2 x + 5", /contains `x`/],
    ["٣ + 5", /contains `٣`/],
    ["2\u0000 + 5", /contains U\+0000/],
    ["\ud800 + 5", /contains U\+D800/],
    [`${"1".repeat(61)} + 5`, /61 digits; at most 60 digits per number/],
    [`5 + ${"1".repeat(61)}`, /second number, b, has 61 digits/],
  ])("rejects %j with a clear message", (input, message) => {
    const parsed = addition.parseInput(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it("accepts exactly 60 digits per operand", () => {
    const sixty = "9".repeat(60);
    expect(addition.parseInput(`${sixty} + ${sixty}`)).toEqual({ ok: true, value: { a: sixty, b: sixty } });
  });
});
