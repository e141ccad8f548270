import { afterAll, describe, expect, it } from "vitest";
import { pythonBugs, type PythonProblem } from "@/lib/scratchpad/python";
import { RATIO_PROGRAM, RATIO_TRACE, bankProblem, formatsProblem, indexOf, judge, load } from "./python-fixtures";

/** Every bug id diagnosed in this file, to check that the whole library is exercised. */
const seen = new Set<string>();

function diagnosis(problem: PythonProblem, index: number, line: string): string | null {
  const verdict = judge(problem, index, line);
  expect(verdict.ok, line).toBe(false);
  if (verdict.diagnosis) seen.add(verdict.diagnosis.id);
  return verdict.diagnosis?.id ?? null;
}

/** The state entry right after the `occurrence`-th `line:` entry with `text`. */
const stateAfter = (problem: PythonProblem, text: string, occurrence = 0) => indexOf(problem, `line: ${text}`, occurrence) + 1;
const bodyOf = (problem: PythonProblem, index: number) => problem.entries[index]?.body ?? "";

describe("state bugs", () => {
  const countUp = bankProblem("count-up");

  it("stale-value: the previous state kept for a variable that changed", () => {
    const at = stateAfter(countUp, "total = total + i", 1);
    expect(bodyOf(countUp, at)).toBe('{"n": 3, "total": 1, "i": 1}');
    expect(diagnosis(countUp, at, `state: ${bodyOf(countUp, at - 2)}`)).toBe("stale-value");
    expect(diagnosis(countUp, at, 'state: {"n": 3, "total": 42, "i": 1}')).toBeNull();
    // A new variable left out, everything else as before, is the same story.
    const first = stateAfter(countUp, "total = 0");
    expect(diagnosis(countUp, first, 'state: {"n": 3}')).toBe("stale-value");
  });

  it("off-by-one: an int one away from its value, when it is not the previous value", () => {
    const at = stateAfter(countUp, "for i in range(n):", 1);
    expect(bodyOf(countUp, at)).toBe('{"n": 3, "total": 0, "i": 1}');
    expect(diagnosis(countUp, at, 'state: {"n": 3, "total": 0, "i": 2}')).toBe("off-by-one");
    expect(diagnosis(countUp, at, 'state: {"n": 3, "total": 0, "i": 0}')).toBe("stale-value");
    expect(diagnosis(countUp, at, 'state: {"n": 3, "total": 0, "i": 5}')).toBeNull();
    expect(diagnosis(countUp, at, 'state: {"n": 3, "total": 0, "i": 2.0}')).toBeNull();
    expect(diagnosis(countUp, at, 'state: {"n": 3, "total": 0, "i": "2"}')).toBeNull();
  });

  it("scope-confusion: module variables or the caller's locals in a function's frame", () => {
    const p = formatsProblem();
    const withModule = 'state: {"remove_Occ": "<callable_object remove_Occ>", "s": "PHP", "ch": "P"}';
    expect(diagnosis(p, 4, withModule)).toBe("scope-confusion");
    const squares = bankProblem("sum-of-squares");
    const call = stateAfter(squares, "first = square(a)");
    expect(bodyOf(squares, call - 2)).toBe('{"a": 3, "b": 4}');
    expect(bodyOf(squares, call)).toBe('{"x": 3}');
    expect(diagnosis(squares, call, 'state: {"a": 3, "b": 4}')).toBe("scope-confusion");
    expect(diagnosis(squares, call, 'state: {"x": 9}')).toBeNull();
    expect(diagnosis(squares, call, 'state: {"x": 3, "y": 3}')).toBeNull();
  });

  it("return-value-misplaced: back in the module without output, or with the callee's locals", () => {
    const p = formatsProblem();
    expect(diagnosis(p, 14, 'state: {"remove_Occ": "<callable_object remove_Occ>"}')).toBe("return-value-misplaced");
    const leftovers = 'state: {"remove_Occ": "<callable_object remove_Occ>", "output": "HP", "s": "HP", "ch": "P", "i": 0}';
    expect(diagnosis(p, 14, leftovers)).toBe("return-value-misplaced");
    expect(diagnosis(p, 14, 'state: {"s": "HP", "ch": "P", "i": 0}')).toBe("return-value-misplaced");
    expect(diagnosis(p, 14, 'state: {"remove_Occ": "<callable_object remove_Occ>", "output": "PH"}')).toBeNull();
    // Back in a function's frame, too: `first` is where square's result goes.
    const squares = bankProblem("sum-of-squares");
    const back = stateAfter(squares, "return x * x");
    expect(bodyOf(squares, back)).toBe('{"a": 3, "b": 4, "first": 9}');
    expect(diagnosis(squares, back, 'state: {"a": 3, "b": 4}')).toBe("return-value-misplaced");
    expect(diagnosis(squares, back, 'state: {"a": 3, "b": 4, "first": 9, "x": 3}')).toBe("return-value-misplaced");
  });
});

describe("line bugs", () => {
  const countUp = bankProblem("count-up");

  it("loop-exit-missed: the body again where the header runs, or where the loop ends, or after break", () => {
    const again = indexOf(countUp, "line: for i in range(n):", 1);
    expect(diagnosis(countUp, again, "line: total = total + i")).toBe("loop-exit-missed");
    expect(diagnosis(countUp, again, "line: total = 0")).toBeNull();
    const ends = indexOf(countUp, "line: for i in range(n):", 3) + 2;
    expect(countUp.entries[ends]?.text).toBe("line: return total");
    expect(diagnosis(countUp, ends, "line: total = total + i")).toBe("loop-exit-missed");
    const p = formatsProblem();
    expect(diagnosis(p, 13, "line: for i in range(len(s)):")).toBe("loop-exit-missed");
    expect(diagnosis(p, 13, "line: s = s[0 : i] + s[i + 1:]")).toBeNull();
  });

  it("loop-ended-early: the line after the loop where the body runs", () => {
    const body = indexOf(countUp, "line: total = total + i");
    expect(diagnosis(countUp, body, "line: return total")).toBe("loop-ended-early");
    expect(diagnosis(countUp, body, "line: total = 0")).toBeNull();
  });

  it("branch-mistaken: the body where the condition was False, or skipping a body that runs", () => {
    const distance = bankProblem("distance-on-a-line");
    expect(diagnosis(distance, indexOf(distance, "line: d = -d"), "line: return d")).toBe("branch-mistaken");
    const bigger = bankProblem("bigger-of-two");
    expect(diagnosis(bigger, indexOf(bigger, "line: return y"), "line: return x")).toBe("branch-mistaken");
    const grade = bankProblem("grade-letter");
    expect(diagnosis(grade, indexOf(grade, "line: elif score >= 75:"), 'line: return "A"')).toBe("branch-mistaken");
    const sign = bankProblem("sign-of");
    expect(diagnosis(sign, indexOf(sign, 'line: label = "zero"'), 'line: label = "negative"')).toBe("branch-mistaken");
    // The body runs, but a later line of the body is not a branch taken the other way.
    expect(diagnosis(formatsProblem(), 9, "line: break")).toBeNull();
  });

  it("call-stepped-over: the caller's next line where the called function starts", () => {
    const squares = bankProblem("sum-of-squares");
    const into = indexOf(squares, "line: return x * x");
    expect(diagnosis(squares, into, "line: second = square(b)")).toBe("call-stepped-over");
    expect(diagnosis(squares, into, "line: return first + second")).toBeNull();
  });

  it("return-ignored: the function's next line after its return", () => {
    const power = bankProblem("fast-power");
    const after = indexOf(power, "line: return 1") + 2;
    expect(power.entries[after]?.text).toBe("line: if exp % 2 == 0:");
    expect(diagnosis(power, after, "line: half = power(base, exp // 2)")).toBe("return-ignored");
    expect(diagnosis(power, after, "line: return half * half")).toBeNull();
  });

  it("definition-run: a function's body right after its def line", () => {
    const p = formatsProblem();
    expect(diagnosis(p, 3, "line: for i in range(len(s)):")).toBe("definition-run");
    expect(diagnosis(p, 3, "line: return s")).toBe("definition-run");
    expect(diagnosis(p, 3, "line: print(s)")).toBeNull();
  });
});

describe("exception bugs", () => {
  it("exception-missed: a state or line where the program stops", () => {
    const p = load(RATIO_PROGRAM, RATIO_TRACE);
    expect(diagnosis(p, 6, 'state: {"ratio": "<callable_object ratio>", "output": 0}')).toBe("exception-missed");
    expect(diagnosis(p, 6, "line: output = ratio(1, 0)")).toBe("exception-missed");
    expect(diagnosis(p, 6, "ZeroDivisionError")).toBeNull();
  });
});

describe("the library", () => {
  it("every bug has an id, a title and a student-facing explanation", () => {
    for (const [id, bug] of Object.entries(pythonBugs)) {
      expect(bug.id).toBe(id);
      expect(bug.title.length).toBeGreaterThan(3);
      expect(bug.explanation).toMatch(/^[A-Z`].{40,}\.$/);
    }
  });

  afterAll(() => {
    expect([...seen].sort()).toEqual(Object.keys(pythonBugs).sort());
  });
});
