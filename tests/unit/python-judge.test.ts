import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pythonBank } from "@/lib/problems/python-bank";
import { python, type PythonProblem } from "@/lib/scratchpad/python";
import type { Verdict } from "@/lib/scratchpad/types";
import {
  RATIO_PROGRAM,
  RATIO_TRACE,
  SPIN_PROGRAM,
  SPIN_TRACE,
  bankProblem,
  formatsProblem,
  judge,
  load,
  traces,
} from "./python-fixtures";

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

const allBank = () => pythonBank.map((entry) => [entry.slug, load(entry.program, traces[entry.slug] ?? "")] as const);

describe("reference lines validate", () => {
  it("every line of FORMATS.md §3's example, strict and lenient, normalized to itself", () => {
    const p = formatsProblem();
    for (const line of python.referenceLines(p)) {
      for (const strict of [false, true]) {
        const verdict = judge(p, line.index, line.text, strict);
        expectWellFormed(verdict, line.index);
        expect(verdict.ok, line.text).toBe(true);
        expect(verdict.normalized).toBe(line.text);
        expect(verdict.expected).toBe(line.text);
      }
    }
  });

  it("every line of every committed bank trace", () => {
    let checked = 0;
    for (const [slug, p] of allBank()) {
      for (const line of python.referenceLines(p)) {
        const verdict = python.judgeLine(p, line.index, line.text, { actor: "model" });
        expect(verdict.ok, `${slug} line ${line.index}: ${verdict.message}`).toBe(true);
        expect(verdict.normalized).toBe(line.text);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it("exception endings: an uncaught error and the step limit", () => {
    for (const p of [load(RATIO_PROGRAM, RATIO_TRACE), load(SPIN_PROGRAM, SPIN_TRACE)]) {
      for (const line of python.referenceLines(p)) expect(judge(p, line.index, line.text).ok, line.text).toBe(true);
    }
  });
});

describe("line: lines", () => {
  const p = formatsProblem();

  it("are lenient about whitespace in code and after the prefix", () => {
    for (const typed of [
      "line:s = s[0:i]+s[i+1:]",
      "  line :   s = s[ 0 : i ] + s[ i + 1 : ]  ",
      "line:\ts = s[0 : i] + s[i + 1:]",
      "line: s = s[0 : i] + s[i + 1:]  # a comment a student may add",
    ]) {
      const verdict = judge(p, 9, typed);
      expect(verdict.ok, typed).toBe(true);
      expect(verdict.message).toMatch(/^Correct: the condition `\(s\[i\] == ch\)` is True, so its body runs\.$/);
    }
    expect(judge(p, 3, 'line: output = remove_Occ( "PHP" , "P" )').ok).toBe(true);
  });

  it("are strict about content: string literals, words run together, other lines", () => {
    for (const typed of [
      'line: output = remove_Occ("PHP ","P")',
      "line: output = remove_Occ('PHP','P')",
      'line: output=remove_Occ("PHP","p")',
      'line: output = remove_Occ("PHP","P") + 1',
    ]) {
      expect(judge(p, 3, typed).ok, typed).toBe(false);
    }
    expect(judge(p, 13, "line: returns").ok).toBe(false);
    expect(judge(p, 13, "line: return s").ok).toBe(true);
  });

  it("need the `line:` prefix, and say so", () => {
    const bare = judge(p, 13, "return s");
    expect(bare.ok).toBe(false);
    expect(bare.fields.line).toEqual({ ok: false, got: "return s", expected: "return s" });
    expect(bare.message).toBe("Not quite: start the line with `line: `, then the source line that runs next, like `line: x = 1`.");
    const state = judge(p, 13, 'state: {"s": "HP"}');
    expect(state.fields.line?.got).toBeNull();
    expect(state.message).toMatch(/^Not quite: this is a `line:` line, not a `state:` line/);
  });

  it("say which line runs instead, and why", () => {
    const body = judge(p, 9, "line: break");
    expect(body.fields.line).toEqual({ ok: false, got: "break", expected: "s = s[0 : i] + s[i + 1:]" });
    expect(body.message).toBe(
      "Not quite: the condition `(s[i] == ch)` is True, so its body runs: line 4 runs next, not line 5.",
    );
    expect(judge(p, 13, "line: for i in range(len(s)):").message).toBe(
      "Not quite: `break` leaves the loop at once: line 6 runs next, not line 2.",
    );
    expect(judge(p, 5, "line: return s").message).toBe(
      "Not quite: `remove_Occ` is called, so its body runs in a new frame: line 2 runs next, not line 6.",
    );
    expect(judge(p, 3, "line: print(s)").message).toBe(
      "Not quite: `print(s)` is not a line of the program. `def remove_Occ(s,ch):` only defines `remove_Occ`; its body runs when it is called: line 7 runs next.",
    );
  });

  it("explain loops going round and ending, and functions returning", () => {
    const countUp = bankProblem("count-up");
    const headers = countUp.entries.filter((entry) => entry.text === "line: for i in range(n):").map((entry) => entry.index);
    expect(judge(countUp, headers[1] as number, "line: return total").message).toBe(
      "Not quite: the loop body is done, so the header `for i in range(n):` runs again: line 3 runs next, not line 5.",
    );
    const last = headers.at(-1) as number;
    expect(judge(countUp, last + 2, "line: total = total + i").message).toBe(
      "Not quite: the loop `for i in range(n):` has no more items, so it ends: line 5 runs next, not line 4.",
    );
    const gcd = bankProblem("greatest-common-divisor");
    const lastWhile = gcd.entries.filter((entry) => entry.text === "line: while b != 0:").at(-1)?.index as number;
    expect(judge(gcd, lastWhile + 2, "line: a, b = b, a % b").message).toBe(
      "Not quite: the condition `b != 0` is False, so the loop ends: line 4 runs next, not line 3.",
    );
    const squares = bankProblem("sum-of-squares");
    const back = squares.entries.findIndex((entry) => entry.text === "line: second = square(b)");
    expect(judge(squares, back, "line: return first + second").message).toBe(
      "Not quite: `return x * x` ends `square`, so control goes back to where it was called: line 5 runs next, not line 6.",
    );
  });

  it("require a comment only when strict", () => {
    const program = "def f(x):\n    return x + 1  # one more\noutput = f(1)\n";
    const trace = [
      "state: {}",
      "line: def f(x):",
      'state: {"f": "<callable_object f>"}',
      "line: output = f(1)",
      'state: {"x": 1}',
      "line: return x + 1  # one more",
      'state: {"f": "<callable_object f>", "output": 2}',
    ].join("\n");
    const q = load(program, trace);
    expect(judge(q, 5, "line: return x + 1").ok).toBe(true);
    expect(judge(q, 5, "line: return x + 1", true).ok).toBe(false);
    expect(judge(q, 5, "line: return x+1 #   one   more", true).ok).toBe(true);
    expect(judge(q, 5, "line: return x + 1", true).message).toBe(
      "Not quite: write the line with its comment, exactly as in the program.",
    );
  });
});

describe("state: lines", () => {
  const p = formatsProblem();

  it("accept any key order and spacing", () => {
    for (const typed of [
      'state: {"i": 0, "ch": "P", "s": "PHP"}',
      'state:{"s":"PHP","ch":"P","i":0}',
      'state :  { "ch" : "P" ,\t"s" : "PHP" , "i" : 0 }  ',
    ]) {
      const verdict = judge(p, 6, typed);
      expect(verdict.ok, typed).toBe(true);
      expect(verdict.message).toBe("Correct.");
    }
    expect(judge(p, 6, 'state: {"i": 0, "ch": "P", "s": "PHP"}').normalized).toBe('state: {"i": 0, "ch": "P", "s": "PHP"}');
  });

  it("reject every single-digit change to a value in the bank's states", () => {
    let checked = 0;
    for (const [slug, q] of allBank()) {
      for (const entry of q.entries) {
        if (entry.role !== "state") continue;
        // Digits in values only: after `: ` or inside arrays, never in names (which would also be wrong).
        for (const match of entry.body.matchAll(/[0-9]/g)) {
          const at = match.index;
          const changed = entry.body.slice(0, at) + String((Number(match[0]) + 1) % 10) + entry.body.slice(at + 1);
          const verdict = judge(q, entry.index, `state: ${changed}`);
          expect(verdict.ok, `${slug} ${entry.index}: ${changed}`).toBe(false);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("reject every single-character change to the example's states", () => {
    const content = [..."0123456789\"'{}[],:.-_abcdefghijklmnopqrstuvwxyzHPO<>é😀", "\\"];
    for (const entry of p.entries) {
      if (entry.role !== "state") continue;
      const body = entry.body;
      for (let i = 0; i <= body.length; i += 1) {
        const variants: string[] = [];
        const char = body[i];
        if (char !== undefined && char !== " ") variants.push(body.slice(0, i) + body.slice(i + 1));
        for (const other of content) {
          if (char !== undefined && other !== char && char !== " ") variants.push(body.slice(0, i) + other + body.slice(i + 1));
          if (i > 0 && i < body.length && body[i - 1] !== " " && char !== " ") variants.push(body.slice(0, i) + other + body.slice(i));
        }
        for (const variant of variants) {
          expect(judge(p, entry.index, `state: ${variant}`).ok, variant).toBe(false);
        }
      }
    }
  });

  it("give each wrong, missing and extra variable its own field and name them in the message", () => {
    const verdict = judge(p, 10, 'state: {"s": "PHP", "i": 1, "x": 3}');
    expectWellFormed(verdict, 10);
    expect(verdict.fields).toEqual({
      s: { ok: false, got: '"PHP"', expected: '"HP"' },
      ch: { ok: false, got: null, expected: '"P"' },
      i: { ok: false, got: "1", expected: "0" },
      x: { ok: false, got: "3", expected: "" },
    });
    expect(verdict.message).toBe(
      'Not quite: s should be "HP", not "PHP"; ch is missing; i should be 0, not 1; and 1 more variable is wrong.',
    );
    const one = judge(p, 6, 'state: {"s": "PHP", "ch": "P", "i": 0, "j": 0}');
    expect(one.fields.j).toEqual({ ok: false, got: "0", expected: "" });
    expect(Object.values(one.fields).filter((field) => !field.ok)).toHaveLength(1);
    expect(one.message).toBe("Not quite: there is no variable j here.");
  });

  it("compare values by their exact encoding: ints, floats, strings, nesting", () => {
    const program = "def f():\n    return 1\noutput = f()\n";
    const stateOf = (value: string) => `state: {"f": "<callable_object f>", "output": ${value}}`;
    const problemWith = (value: string) =>
      load(program, ["state: {}", "line: def f():", 'state: {"f": "<callable_object f>"}', "line: output = f()", "state: {}", "line: return 1", stateOf(value)].join("\n"));
    const same = (reference: string, typed: string) => judge(problemWith(reference), 6, stateOf(typed)).ok;
    expect(same("1", "1")).toBe(true);
    expect(same("1", "1.0")).toBe(false);
    expect(same("1.0", "1")).toBe(false);
    expect(same("1e+20", "1e20")).toBe(true);
    expect(same("1e+20", "100000000000000000000.0")).toBe(true);
    expect(same("0.1", "0.10")).toBe(true);
    expect(same("3.3333333333333335", "3.3333333333333336")).toBe(false);
    expect(same("1.5", "15e-1")).toBe(true);
    expect(same("-0.0", "0.0")).toBe(false);
    expect(same("123456789012345678901234567890", "123456789012345678901234567891")).toBe(false);
    expect(same("123456789012345678901234567890", "123456789012345678901234567890")).toBe(true);
    expect(same('"A"', '"\\u0041"')).toBe(true);
    expect(same('"é"', '"\\u00e9"')).toBe(true);
    expect(same('"a"', '"a "')).toBe(false);
    expect(same('"inf"', "1e999")).toBe(false);
    expect(same('{"a": [1, 2], "b": null}', '{"b": null, "a": [1, 2]}')).toBe(true);
    expect(same("[1, 2]", "[2, 1]")).toBe(false);
    expect(same("true", "1")).toBe(false);
  });

  it("say where the JSON broke, with a word for Python spellings", () => {
    const cases: Array<[string, RegExp]> = [
      ["state: {'s': 'HP'}", /^Not quite: the state is not valid JSON: at character 2 \(`'s':`\), a name in double quotes/],
      ['state: {"s": "HP", "ok": True}', /at character 19 \(`True}`\), JSON writes True as `true`\.$/],
      ['state: {"s": None}', /JSON writes None as `null`/],
      ['state: {"s": (1, 2)}', /tuples as arrays/],
      ['state: {"s": "HP",}', /JSON allows no `,` before `}`/],
      ['state: {"s": "HP"', /`,` or `}` is expected/],
      ['state: {"s": "HP', /this string is never closed/],
      ["state: ", /there is no value/],
      ['state: {"s": 01}', /not a JSON number/],
      ['state: {"s": 1, "s": 1}', /"s" is written twice/],
    ];
    for (const [typed, pattern] of cases) {
      const verdict = judge(p, 10, typed);
      expect(verdict.ok).toBe(false);
      expect(verdict.message, typed).toMatch(pattern);
      expect(Object.keys(verdict.fields)).toEqual(["state"]);
    }
    expect(judge(p, 10, "state: [1]").message).toMatch(/a state is a JSON object/);
    expect(judge(p, 0, "state {}").message).toMatch(/^Not quite: start the line with `state: `/);
  });

  it("judge the first, empty state", () => {
    expect(judge(p, 0, "state: {}").ok).toBe(true);
    expect(judge(p, 0, "state:{ }").ok).toBe(true);
    const early = judge(p, 0, 'state: {"remove_Occ": "<callable_object remove_Occ>"}');
    expect(early.ok).toBe(false);
    expect(early.message).toBe("Not quite: remove_Occ does not exist yet.");
    expect(early.fields.state).toEqual({ ok: false, got: '{"remove_Occ": "<callable_object remove_Occ>"}', expected: "{}" });
    expect(early.fields.remove_Occ).toEqual({ ok: false, got: '"<callable_object remove_Occ>"', expected: "" });
    expect(judge(p, 0, 'state: {"s": "PHP"}').message).toBe("Not quite: there is no variable s here.");
  });
});

describe("exception: lines", () => {
  const p = load(RATIO_PROGRAM, RATIO_TRACE);

  it("are judged as text, lenient about whitespace", () => {
    expect(judge(p, 6, "exception: ZeroDivisionError: division by zero").ok).toBe(true);
    expect(judge(p, 6, "exception:ZeroDivisionError :  division  by zero").ok).toBe(true);
    const type = judge(p, 6, "exception: ValueError: division by zero");
    expect(type.ok).toBe(false);
    expect(type.fields.exception).toEqual({ ok: false, got: "ValueError: division by zero", expected: "ZeroDivisionError: division by zero" });
    expect(type.message).toMatch(/the exception raised here is a `ZeroDivisionError`/);
    expect(judge(p, 6, "exception: ZeroDivisionError: division by 0").message).toBe(
      "Not quite: the type is right; its message reads `division by zero`.",
    );
  });

  it("the step limit ends a trace like an exception", () => {
    const q = load(SPIN_PROGRAM, SPIN_TRACE);
    expect(judge(q, 6, "exception: StepLimitExceeded: more than 3 steps").ok).toBe(true);
    expect(judge(q, 6, "line: n += 1").ok).toBe(false);
  });
});

describe("indexes that are no line", () => {
  it("past the end, negative, fractional", () => {
    const p = formatsProblem();
    expect(judge(p, 15, "state: {}").message).toMatch(/already complete \(15 lines\)/);
    for (const index of [-1, 1.5, Number.NaN]) expect(judge(p, index, "state: {}").ok).toBe(false);
  });
});

describe("never throws", () => {
  const problems: PythonProblem[] = [
    formatsProblem(),
    load(RATIO_PROGRAM, RATIO_TRACE),
    bankProblem("tally-class"),
    bankProblem("fibonacci-recursive"),
  ];
  const problem = fc.constantFrom(...problems);
  const prefix = fc.constantFrom("", "state: ", "line: ", "exception: ", "state:{", 'state: {"s": ', "line:\t");

  it("on arbitrary full-Unicode strings up to 10,000 characters", () => {
    fc.assert(
      fc.property(problem, fc.integer({ min: -2, max: 40 }), prefix, fc.string({ unit: "binary", maxLength: 10_000 }), (p, index, start, text) => {
        const verdict = judge(p, index, start + text);
        expectWellFormed(verdict, index);
        python.judgeLine(p, index, start + text, { actor: "model" });
      }),
      { numRuns: 300 },
    );
  });

  it("on JSON-like and deeply nested states", () => {
    const json = fc.json({ maxDepth: 4 }).map((text) => `state: ${text}`);
    const deep = fc.integer({ min: 1, max: 5000 }).map((depth) => `state: ${"[".repeat(depth)}${"]".repeat(depth)}`);
    fc.assert(
      fc.property(problem, fc.nat({ max: 20 }), fc.oneof(json, deep), (p, index, line) => {
        expectWellFormed(judge(p, index, line), index);
      }),
      { numRuns: 300 },
    );
  });

  it("when a reference line is changed by one character", () => {
    const p = problems[2] as PythonProblem;
    const lines = python.referenceLines(p);
    fc.assert(
      fc.property(fc.nat({ max: lines.length - 1 }), fc.nat(), fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), (index, at, char) => {
        const text = lines[index]?.text ?? "";
        const position = at % (text.length + 1);
        const verdict = judge(p, index, text.slice(0, position) + char + text.slice(position + 1));
        expectWellFormed(verdict, index);
      }),
      { numRuns: 500 },
    );
  });
});
