import { describe, expect, it } from "vitest";
import { addition } from "@/lib/scratchpad";
import { lineSkills, problemLineSkills } from "@/lib/scratchpad/skills";

function problem(input: string) {
  const parsed = addition.parseInput(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe("addition line skills", () => {
  it("29 + 57: the ones column carries, the tens column takes the carry in", () => {
    // <scratch> / 2 9 + 5 7 , C: 0 / 9+7=16 / 2+5+1=8 / 0 8 6 / </scratch> / 8 6
    expect(problemLineSkills("addition", problem("29+57"))).toEqual([
      [],
      [],
      ["addition.carry"],
      ["addition.no-carry", "addition.carry-in"],
      ["addition.final"],
      [],
      ["addition.final"],
    ]);
  });

  it("a column without a carry: 123 + 45's ones column (3 + 5 = 8)", () => {
    expect(lineSkills("addition", problem("123+45"), 2)).toEqual(["addition.no-carry"]);
  });

  it("5 + 123: every column has one operand run out (b goes on alone)", () => {
    const lines = problemLineSkills("addition", problem("5+123"));
    // 5 + 3 leaves `+ 1 2 , 8`: a's group is gone; then 0 + 2 and 0 + 1 add a 0 for a.
    expect(lines.slice(2, 5)).toEqual([
      ["addition.no-carry", "addition.uneven"],
      ["addition.no-carry", "addition.uneven"],
      ["addition.no-carry", "addition.uneven"],
    ]);
  });

  it("123 + 45: uneven from the column where b runs out, not before", () => {
    const lines = problemLineSkills("addition", problem("123+45"));
    expect(lines[2]).not.toContain("addition.uneven"); // 1 2 + 4 , 8: both still have digits
    expect(lines[3]).toContain("addition.uneven"); // 1 + , 6 8: b's group vanished
    expect(lines[4]).toContain("addition.uneven"); // 1 + 0
  });

  it("99 + 1 carries into a new digit: the final line and the answer get one digit longer", () => {
    const lines = problemLineSkills("addition", problem("99+1"));
    expect(lines[3]).toEqual(["addition.carry", "addition.carry-in", "addition.uneven", "addition.carry-chain"]); // 9 + 0 + 1 = 10
    expect(lines[4]).toEqual(["addition.final", "addition.new-digit"]); // 1 0 0
    expect(lines[6]).toEqual(["addition.final", "addition.new-digit"]); // 1 0 0
    expect(problemLineSkills("addition", problem("29+57"))[4]).not.toContain("addition.new-digit");
  });

  it("the start line, structural lines and out-of-range indexes exercise nothing", () => {
    const p = problem("29+57");
    expect(lineSkills("addition", p, 0)).toEqual([]);
    expect(lineSkills("addition", p, 1)).toEqual([]);
    expect(lineSkills("addition", p, 5)).toEqual([]);
    expect(lineSkills("addition", p, 7)).toEqual([]);
    expect(lineSkills("addition", p, -1)).toEqual([]);
    expect(lineSkills("addition", { a: 1 }, 2)).toEqual([]);
    expect(lineSkills("nope", p, 2)).toEqual([]);
  });
});
