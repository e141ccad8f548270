import { describe, expect, it } from "vitest";
import { addition, polynomial, STEP_TYPES, stepType, stepTypeById, stepTypeOrder } from "@/lib/scratchpad";
import { formatsProblem, load, RATIO_PROGRAM, RATIO_TRACE, SPIN_PROGRAM, SPIN_TRACE } from "./python-fixtures";

function parsed<P>(task: { parseInput(input: string): { ok: true; value: P } | { ok: false; error: string } }, input: string): P {
  const result = task.parseInput(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The step type id of every reference line, in order (null for structural lines). */
function ids(kind: string, problem: unknown, count: number): Array<string | null> {
  return Array.from({ length: count }, (_, index) => stepType(kind, problem, index)?.id ?? null);
}

describe("addition step types", () => {
  it("29 + 57: the ones column makes a carry, the tens column takes it in", () => {
    const problem = parsed(addition, "29+57");
    // <scratch> / 2 9 + 5 7 , C: 0 / 9+7=16 / 2+5+1=8 / 0 8 6 / </scratch> / 8 6
    expect(ids("addition", problem, 7)).toEqual([
      null,
      "addition.start",
      "addition.column.carry-out",
      "addition.column.carry-in",
      "addition.final",
      null,
      "addition.answer",
    ]);
    expect(stepType("addition", problem, 3)).toEqual({ id: "addition.column.carry-in", label: "Addition: column with a carry in" });
  });

  it("999 + 1 carries through every column", () => {
    // 9+1=10 (carry out), 9+0+1=10 (in and out), 9+0+1=10 (in and out), final 1 0 0 0.
    expect(ids("addition", parsed(addition, "999+1"), 8)).toEqual([
      null,
      "addition.start",
      "addition.column.carry-out",
      "addition.column.carry-in-out",
      "addition.column.carry-in-out",
      "addition.final",
      null,
      "addition.answer",
    ]);
  });

  it("123 + 45 has no carries; 0 + 0 is one plain column", () => {
    expect(ids("addition", parsed(addition, "123+45"), 8).slice(2, 5)).toEqual([
      "addition.column.no-carry",
      "addition.column.no-carry",
      "addition.column.no-carry",
    ]);
    expect(ids("addition", parsed(addition, "0+0"), 6)).toEqual([
      null,
      "addition.start",
      "addition.column.no-carry",
      "addition.final",
      null,
      "addition.answer",
    ]);
  });
});

describe("polynomial step types", () => {
  it("names each term by its power, whatever its sign", () => {
    const problem = parsed(polynomial, "Evaluate 3*x**2 - 5*x + 7 at x = 4");
    expect(ids("polynomial", problem, 6)).toEqual([
      null,
      "polynomial.term.square",
      "polynomial.term.linear",
      "polynomial.term.constant",
      null,
      "polynomial.answer",
    ]);
    const cube = parsed(polynomial, "Evaluate -x**3 + 2 at x = -2");
    expect(ids("polynomial", cube, 5)).toEqual([null, "polynomial.term.cube", "polynomial.term.constant", null, "polynomial.answer"]);
  });
});

describe("python step types", () => {
  it("classifies FORMATS.md's trace: each line by its statement, each state by the statement just run", () => {
    expect(ids("python", formatsProblem(), 15)).toEqual([
      "python.state.start",
      "python.line.definition", // def remove_Occ(s,ch):
      "python.state.definition",
      "python.line.call", // output = remove_Occ("PHP","P") calls the program's function
      "python.state.call", // the call's first state: its parameters
      "python.line.loop", // for i in range(len(s)):
      "python.state.loop",
      "python.line.condition", // if (s[i] == ch):
      "python.state.condition",
      "python.line.assignment", // s = s[0 : i] + s[i + 1:]
      "python.state.assignment",
      "python.line.other", // break
      "python.state.other",
      "python.line.return", // return s
      "python.state.return", // the module's final state
    ]);
  });

  it("ends with python.exception for an uncaught exception or the step limit", () => {
    expect(ids("python", load(RATIO_PROGRAM, RATIO_TRACE), 7)).toEqual([
      "python.state.start",
      "python.line.definition",
      "python.state.definition",
      "python.line.call",
      "python.state.call",
      "python.line.return",
      "python.exception",
    ]);
    // `n += 1` never ran: `while True:` is a loop header, then the limit.
    expect(ids("python", load(SPIN_PROGRAM, SPIN_TRACE), 7).slice(5)).toEqual(["python.line.loop", "python.exception"]);
  });

  it("tells augmented assignments, bare calls, while, elif and print apart", () => {
    const program = `def add(xs, n):
    xs.append(n)
total = 0
for k in range(2):
    total += k
nums = []
add(nums, 3)
while total < 2:
    total = total + 1
if total > 5:
    pass
elif total == 2:
    print(total)
output = total
`;
    const module = (vars: string) => `state: {"add": "<callable_object add>"${vars}}`;
    const trace = [
      "state: {}",
      "line: def add(xs, n):",
      module(""),
      "line: total = 0",
      module(', "total": 0'),
      "line: for k in range(2):",
      module(', "total": 0, "k": 0'),
      "line: total += k",
      module(', "total": 0, "k": 0'),
      "line: for k in range(2):",
      module(', "total": 0, "k": 1'),
      "line: total += k",
      module(', "total": 1, "k": 1'),
      "line: for k in range(2):",
      module(', "total": 1, "k": 1'),
      "line: nums = []",
      module(', "total": 1, "k": 1, "nums": []'),
      "line: add(nums, 3)",
      'state: {"xs": [], "n": 3}',
      "line: xs.append(n)",
      module(', "total": 1, "k": 1, "nums": [3]'),
      "line: while total < 2:",
      module(', "total": 1, "k": 1, "nums": [3]'),
      "line: total = total + 1",
      module(', "total": 2, "k": 1, "nums": [3]'),
      "line: while total < 2:",
      module(', "total": 2, "k": 1, "nums": [3]'),
      "line: if total > 5:",
      module(', "total": 2, "k": 1, "nums": [3]'),
      "line: elif total == 2:",
      module(', "total": 2, "k": 1, "nums": [3]'),
      "line: print(total)",
      module(', "total": 2, "k": 1, "nums": [3]'),
      "line: output = total",
      module(', "total": 2, "k": 1, "nums": [3], "output": 2'),
    ].join("\n");
    const problem = load(program, trace);
    const lines = ids("python", problem, problem.entries.length).filter((_, index) => index % 2 === 1);
    expect(lines).toEqual([
      "python.line.definition",
      "python.line.assignment", // total = 0
      "python.line.loop",
      "python.line.assignment", // total += k
      "python.line.loop",
      "python.line.assignment",
      "python.line.loop",
      "python.line.assignment", // nums = []
      "python.line.call", // add(nums, 3)
      "python.line.call", // xs.append(n): a bare call expression
      "python.line.loop", // while total < 2:
      "python.line.assignment",
      "python.line.loop",
      "python.line.condition", // if
      "python.line.condition", // elif
      "python.line.call", // print(total)
      "python.line.assignment", // output = total
    ]);
    // The state after `add(nums, 3)` is the call's first state, classified by that call.
    expect(stepType("python", problem, 18)?.id).toBe("python.state.call");
    expect(stepType("python", problem, 34)?.id).toBe("python.state.assignment");
  });
});

describe("stepType's edges", () => {
  const problem = parsed(addition, "29+57");

  it("is null for unknown kinds, out-of-range or odd indexes and problems of the wrong shape", () => {
    expect(stepType("division", problem, 1)).toBeNull();
    expect(stepType("addition", problem, 7)).toBeNull();
    expect(stepType("addition", problem, -1)).toBeNull();
    expect(stepType("addition", problem, 1.5)).toBeNull();
    expect(stepType("addition", null, 1)).toBeNull();
    expect(stepType("addition", { a: 29 }, 1)).toBeNull();
    expect(stepType("polynomial", problem, 1)).toBeNull();
    expect(stepType("python", problem, 1)).toBeNull();
    expect(stepType("python", { entries: [{ role: "line" }] }, 0)).toBeNull();
  });

  it("lists every type once, in a stable order, and looks them up by id", () => {
    const all = STEP_TYPES.map((type) => type.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(12 + 1 + 7 + 7 + 1);
    expect(stepTypeById("polynomial.term.cube")).toEqual({ id: "polynomial.term.cube", label: "Polynomial: x**3 term" });
    expect(stepTypeById("nope")).toBeNull();
    expect(stepTypeOrder("addition.start")).toBe(0);
    expect(stepTypeOrder("nope")).toBe(all.length);
    expect(stepTypeOrder("addition.column.carry-out")).toBeLessThan(stepTypeOrder("addition.column.carry-in"));
  });
});
