import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { python, type PythonProblem } from "@/lib/scratchpad/python";
import { RATIO_PROGRAM, RATIO_TRACE, SPIN_PROGRAM, SPIN_TRACE, bankProblem, formatsProblem, indexOf, load } from "./python-fixtures";

const texts = (problem: PythonProblem, index: number) =>
  Array.from({ length: python.hintLevels(problem, index) }, (_, level) => python.hint(problem, index, level + 1).text);

describe("line: hints", () => {
  const p = formatsProblem();

  it("go from why, to the line number, to the line", () => {
    expect(texts(p, 9)).toEqual([
      "Which line runs next? The condition `(s[i] == ch)` is True, so its body runs.",
      "Line 4 runs next.",
      "Write `line: s = s[0 : i] + s[i + 1:]`.",
    ]);
    expect(texts(p, 1)[0]).toBe("Which line runs next? The program starts with its first line.");
    expect(texts(p, 3)[0]).toBe(
      "Which line runs next? `def remove_Occ(s,ch):` only defines `remove_Occ`; its body runs when it is called.",
    );
    expect(texts(p, 5)[0]).toBe("Which line runs next? `remove_Occ` is called, so its body runs in a new frame.");
    expect(texts(p, 7)[0]).toBe("Which line runs next? The loop `for i in range(len(s)):` has another item, so its body runs.");
    expect(texts(p, 13)[0]).toBe("Which line runs next? `break` leaves the loop at once.");
  });

  it("say when a condition is False, a loop ends, or a function returns", () => {
    const bigger = bankProblem("bigger-of-two");
    expect(texts(bigger, indexOf(bigger, "line: return y"))[0]).toBe(
      "Which line runs next? The condition `x > y` is False, so its body is skipped.",
    );
    const countUp = bankProblem("count-up");
    const end = indexOf(countUp, "line: return total");
    expect(texts(countUp, end)[0]).toBe("Which line runs next? The loop `for i in range(n):` has no more items, so it ends.");
    expect(texts(countUp, indexOf(countUp, "line: for i in range(n):", 1))[0]).toBe(
      "Which line runs next? The loop body is done, so the header `for i in range(n):` runs again.",
    );
    const squares = bankProblem("sum-of-squares");
    expect(texts(squares, indexOf(squares, "line: second = square(b)"))[0]).toBe(
      "Which line runs next? `return x * x` ends `square`, so control goes back to where it was called.",
    );
    const plain = indexOf(squares, "line: def sum_squares(a, b):");
    expect(texts(squares, plain)[0]).toBe("Which line runs next? `def square(x):` only defines `square`; its body runs when it is called.");
  });
});

describe("state: hints", () => {
  const p = formatsProblem();

  it("go from which variables change, to their values, to the state", () => {
    expect(texts(p, 10)).toEqual([
      "After `s = s[0 : i] + s[i + 1:]`, look at s.",
      's is now "HP".',
      'Write `state: {"s": "HP", "ch": "P", "i": 0}`.',
    ]);
    expect(texts(p, 8).slice(0, 2)).toEqual(["After `if (s[i] == ch):`, no variable changes.", "The state is the same as before that line."]);
    expect(texts(p, 0)).toEqual(["Nothing has run yet, so no variable is defined.", "Write `state: {}`."]);
  });

  it("name the parameters of a call and the result of a return", () => {
    expect(texts(p, 4)).toEqual([
      "`remove_Occ` has just been called: its new frame holds its parameters: s and ch.",
      's is "PHP" and ch is "P".',
      'Write `state: {"s": "PHP", "ch": "P"}`.',
    ]);
    expect(texts(p, 14).slice(0, 2)).toEqual([
      "`return s` has finished `remove_Occ`, whose frame is gone; back in its caller, look at output.",
      'output is now "HP".',
    ]);
    const countUp = bankProblem("count-up");
    const at = indexOf(countUp, "line: total = total + i", 1) + 1;
    expect(texts(countUp, at).slice(0, 2)).toEqual(["After `total = total + i`, look at total.", "total is now 1."]);
  });
});

describe("exception: hints", () => {
  it("say the program stops, then give the line", () => {
    const p = load(RATIO_PROGRAM, RATIO_TRACE);
    expect(texts(p, 6)).toEqual([
      "`return a / b` raises an exception that nothing catches, so the program stops: write its type and message.",
      "Write `exception: ZeroDivisionError: division by zero`.",
    ]);
    const spin = load(SPIN_PROGRAM, SPIN_TRACE);
    expect(texts(spin, 6)[0]).toMatch(/as many steps as a trace may have/);
  });
});

describe("levels", () => {
  const p = formatsProblem();

  it("are clamped, and only the last is final", () => {
    expect(python.hintLevels(p, 9)).toBe(3);
    expect(python.hint(p, 9, 0)).toEqual({ level: 1, text: texts(p, 9)[0], final: false });
    expect(python.hint(p, 9, 99)).toEqual({ level: 3, text: "Write `line: s = s[0 : i] + s[i + 1:]`.", final: true });
    expect(python.hint(p, 9, Number.NaN).level).toBe(1);
  });

  it("end with the full line for every entry of a bank trace", () => {
    const q = bankProblem("points-on-a-grid");
    for (const line of python.referenceLines(q)) {
      const levels = python.hintLevels(q, line.index);
      expect(levels).toBeGreaterThanOrEqual(2);
      const last = python.hint(q, line.index, levels);
      expect(last).toEqual({ level: levels, text: `Write \`${line.text}\`.`, final: true });
      for (let level = 1; level < levels; level += 1) expect(python.hint(q, line.index, level).text).not.toContain(line.text);
    }
  });

  it("answer for lines that do not exist, and never throw", () => {
    expect(python.hint(p, 15, 1).text).toBe("The scratchpad is complete: there is no next line.");
    expect(python.hint(p, -1, 1).text).toBe("There is no such line.");
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), fc.oneof(fc.integer(), fc.double()), (index, level) => {
        const hint = python.hint(p, index, level);
        expect(hint.text.length).toBeGreaterThan(0);
        expect(python.hintLevels(p, index)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
