/**
 * Programs and reference traces for the Python task's pure tests. The traces are the
 * tracer's output, inlined so these tests never start the sandbox;
 * tests/integration/python-bank.test.ts checks that the tracer still writes them.
 */
import { expect } from "vitest";
import { pythonBank, type PythonBankEntry } from "@/lib/problems/python-bank";
import bankTraces from "@/lib/problems/python-bank-traces.json";
import { python, type PythonProblem } from "@/lib/scratchpad/python";

/** FORMATS.md §3's example, verbatim. */
export const FORMATS_PROGRAM = `def remove_Occ(s,ch):
    for i in range(len(s)):
        if (s[i] == ch):
            s = s[0 : i] + s[i + 1:]
            break
    return s
output = remove_Occ("PHP","P")
`;

export const FORMATS_TRACE = `state: {}
line: def remove_Occ(s,ch):
state: {"remove_Occ": "<callable_object remove_Occ>"}
line: output = remove_Occ("PHP","P")
state: {"s": "PHP", "ch": "P"}
line: for i in range(len(s)):
state: {"s": "PHP", "ch": "P", "i": 0}
line: if (s[i] == ch):
state: {"s": "PHP", "ch": "P", "i": 0}
line: s = s[0 : i] + s[i + 1:]
state: {"s": "HP", "ch": "P", "i": 0}
line: break
state: {"s": "HP", "ch": "P", "i": 0}
line: return s
state: {"remove_Occ": "<callable_object remove_Occ>", "output": "HP"}`;

/** A program that stops with an uncaught exception. */
export const RATIO_PROGRAM = `def ratio(a, b):
    return a / b
output = ratio(1, 0)
`;

export const RATIO_TRACE = `state: {}
line: def ratio(a, b):
state: {"ratio": "<callable_object ratio>"}
line: output = ratio(1, 0)
state: {"a": 1, "b": 0}
line: return a / b
exception: ZeroDivisionError: division by zero`;

/** A program cut off by a step limit of 3. */
export const SPIN_PROGRAM = `def spin(n):
    while True:
        n += 1
output = spin(0)
`;

export const SPIN_TRACE = `state: {}
line: def spin(n):
state: {"spin": "<callable_object spin>"}
line: output = spin(0)
state: {"n": 0}
line: while True:
exception: StepLimitExceeded: more than 3 steps`;

export const traces: Record<string, string> = bankTraces;

export function load(program: string, trace: string): PythonProblem {
  const parsed = python.fromStored(program, trace);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export const formatsProblem = () => load(FORMATS_PROGRAM, FORMATS_TRACE);

export function bankEntry(slug: string): PythonBankEntry {
  const entry = pythonBank.find((candidate) => candidate.slug === slug);
  if (!entry) throw new Error(`no bank program ${slug}`);
  return entry;
}

/** A bank program as a problem, with its committed trace. */
export function bankProblem(slug: string): PythonProblem {
  return load(bankEntry(slug).program, traces[slug] ?? "");
}

/** The index of the `occurrence`-th (0-based) entry whose text is `text`. */
export function indexOf(problem: PythonProblem, text: string, occurrence = 0): number {
  const indexes = problem.entries.filter((entry) => entry.text === text).map((entry) => entry.index);
  const index = indexes[occurrence];
  expect(index, `${text} #${occurrence}`).toBeDefined();
  return index as number;
}

export const judge = (problem: PythonProblem, index: number, line: string, strict = false) =>
  python.judgeLine(problem, index, line, { actor: "student", strict });
