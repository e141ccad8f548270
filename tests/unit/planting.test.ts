import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pythonBank } from "@/lib/problems/python-bank";
import {
  addition,
  plantableLines,
  plantError,
  polynomial,
  python,
  type AdditionProblem,
  type PolynomialProblem,
  type PythonProblem,
  type TaskModule,
} from "@/lib/scratchpad";
import { problemArb } from "./polynomial-arbitraries";
import { RATIO_PROGRAM, RATIO_TRACE, bankProblem, formatsProblem, load, traces } from "./python-fixtures";

/** Seeds tried per line: enough to reach every bug a line can take (a bug is drawn first). */
const SEEDS = Array.from({ length: 24 }, (_, seed) => seed);

/**
 * What every planted line must be: judged wrong, with the diagnosis returned, in the task's
 * own spelling, never a structural line or the reference itself.
 */
function checkPlanted<P>(task: TaskModule<P>, problem: P, index: number, seed: number): string {
  const planted = plantError(task, problem, index, seed);
  const reference = task.referenceLines(problem)[index];
  expect(planted, `line ${index} (${reference?.text}) seed ${seed}`).not.toBeNull();
  if (!planted || !reference) throw new Error("unreachable");
  expect(planted.index).toBe(index);
  expect(planted.text).not.toBe(reference.text);
  expect(planted.text).not.toMatch(/[\r\n]/u);
  expect(planted.text).toBe(planted.text.trim());
  const structural = task.referenceLines(problem).filter((line) => line.structural);
  expect(structural.map((line) => line.text)).not.toContain(planted.text);
  const verdict = task.judgeLine(problem, index, planted.text, { actor: "model" });
  expect(verdict.ok, planted.text).toBe(false);
  expect(verdict.diagnosis, planted.text).toEqual(planted.diagnosis);
  expect(verdict.normalized).toBe(planted.text);
  return planted.diagnosis.id;
}

/** The bugs planted in line `index` over SEEDS, each checked. */
function plantedBugs<P>(task: TaskModule<P>, problem: P, index: number, seeds = SEEDS): Set<string> {
  return new Set(seeds.map((seed) => checkPlanted(task, problem, index, seed)));
}

function rolesOf<P>(task: TaskModule<P>, problem: P, indexes: number[]): string[] {
  const lines = task.referenceLines(problem);
  return indexes.map((index) => lines[index]?.role ?? "?");
}

const additionArb: fc.Arbitrary<AdditionProblem> = fc.record({
  a: fc.bigInt({ min: 0n, max: 99_999n }).map(String),
  b: fc.bigInt({ min: 0n, max: 99_999n }).map(String),
});

describe("addition", () => {
  it("plants a diagnosed error in every column line, the final line and the answer; never in a structural line", () => {
    fc.assert(
      fc.property(additionArb, (problem) => {
        const lines = addition.referenceLines(problem);
        const plantable = plantableLines(addition, problem);
        for (const line of lines) {
          if (line.role === "column" || line.role === "final" || line.role === "answer") expect(plantable, line.text).toContain(line.index);
          // The judge names no bug on the first line (a copy of the problem), nor on structural lines.
          if (line.role === "start" || line.structural) expect(plantable).not.toContain(line.index);
          if (line.structural) expect(plantError(addition, problem, line.index, 0)).toBeNull();
        }
        for (const index of plantable) plantedBugs(addition, problem, index, [0, 1, 2]);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it("plants problems from the paper's datasets, the long out-of-distribution ones too", () => {
    for (const problem of [...addition.dataset({ split: "test", n: 3, seed: 7 }), ...addition.dataset({ split: "ood", n: 1, seed: 7 })]) {
      const plantable = plantableLines(addition, problem);
      expect(rolesOf(addition, problem, plantable).filter((role) => role !== "column")).toEqual(["final", "answer"]);
      for (const index of plantable) checkPlanted(addition, problem, index, 5);
    }
  }, 30_000);

  it("plants the column bugs of the library, the final line's and the answer's", () => {
    const p2957 = { a: "29", b: "57" };
    // Ones: 9 + 7 = 16 (a 1 added anyway gives 17: carry-invented).
    expect([...plantedBugs(addition, p2957, 2)].sort()).toEqual(
      ["carry-as-digit", "carry-invented", "digit-carry-swapped", "whole-sum-written", "wrong-column"].sort(),
    );
    // Tens: 2 + 5 + 1 = 8, the 1 coming in.
    expect(plantedBugs(addition, p2957, 3)).toContain("carry-dropped");
    expect(plantedBugs(addition, p2957, 3)).toContain("result-order-reversed");
    expect(plantedBugs(addition, { a: "123", b: "45" }, 3)).toContain("carry-invented");
    expect(plantedBugs(addition, { a: "159", b: "1" }, 4)).toContain("carry-two-back");
    expect(plantedBugs(addition, p2957, 4)).toEqual(new Set(["final-carry-missing", "result-order-reversed"]));
    expect(plantedBugs(addition, p2957, 6)).toEqual(new Set(["leading-zero-kept", "result-order-reversed"]));
    expect(plantedBugs(addition, { a: "99", b: "1" }, 6)).toContain("final-carry-missing");
  });

  it("plants a line as the model writes it: one value changed, the comment kept", () => {
    const p2957 = { a: "29", b: "57" };
    const texts = new Set(SEEDS.map((seed) => plantError(addition, p2957, 2, seed)?.text));
    expect(texts).toContain("2 + 5 , 1 C: 6 # added 9 + 7 = 6 carry 1");
    expect(texts).toContain("2 + 5 , 1 6 C: 1 # added 9 + 7 = 6 carry 1");
    // 4 + 5 = 9 with no carry in: a carry invented changes the digit and the carry together.
    expect(plantError(addition, { a: "4", b: "5" }, 2, 0)?.text).toBe(", 0 C: 1 # added 4 + 5 = 9 carry 0");
  });
});

describe("polynomial", () => {
  it("plants a diagnosed error in every term line and the answer, never in a structural line", () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 0, max: 1_000_000 }), (problem, seed) => {
        const lines = polynomial.referenceLines(problem);
        const plantable = plantableLines(polynomial, problem);
        expect(plantable).toEqual(lines.filter((line) => !line.structural).map((line) => line.index));
        for (const index of plantable) {
          checkPlanted(polynomial, problem, index, seed);
          checkPlanted(polynomial, problem, index, seed + 1);
        }
        for (const line of lines.filter((l) => l.structural)) expect(plantError(polynomial, problem, line.index, seed)).toBeNull();
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it("plants dataset problems", () => {
    for (const problem of polynomial.dataset({ split: "test", n: 20, seed: 3 })) {
      for (const index of plantableLines(polynomial, problem)) checkPlanted(polynomial, problem, index, index);
    }
  });

  it("plants sign, power, coefficient, order and sum bugs", () => {
    const parsed = polynomial.parseInput("Evaluate 3*x**2 - 5*x + 7 at x = 4");
    if (!parsed.ok) throw new Error(parsed.error);
    const p: PolynomialProblem = parsed.value;
    expect([...plantedBugs(polynomial, p, 1, Array.from({ length: 64 }, (_, s) => s))].sort()).toEqual(
      ["coefficient-dropped", "exponent-ignored", "power-as-multiplication", "precedence", "sign-error", "term-skipped"].sort(),
    );
    expect(plantedBugs(polynomial, p, 2)).toEqual(new Set(["coefficient-dropped", "sign-error", "term-out-of-order", "term-skipped"]));
    expect(plantedBugs(polynomial, p, 3)).toEqual(new Set(["sign-error", "term-out-of-order"]));
    expect(plantedBugs(polynomial, p, 5)).toEqual(
      new Set(["coefficient-dropped", "precedence", "sign-error", "term-skipped", "wrong-final-sum"]),
    );
    const texts = new Set(Array.from({ length: 64 }, (_, seed) => plantError(polynomial, p, 1, seed)?.text));
    for (const text of ["3*x**2: 144", "3*x**2: 24", "3*x**2: 12", "3*x**2: 16", "3*x**2: -48", "-3*x**2: 48"]) expect(texts).toContain(text);
  });
});

describe("python", () => {
  it("plants state and line errors in the FORMATS.md example", () => {
    const p = formatsProblem();
    const plantable = plantableLines(python, p);
    for (const index of plantable) plantedBugs(python, p, index);
    // The first state (nothing before it to keep) and the def line (nothing else could run) take none.
    expect(plantable).not.toContain(0);
    expect(plantable).not.toContain(1);
    expect(new Set(rolesOf(python, p, plantable))).toEqual(new Set(["state", "line"]));
    expect(plantedBugs(python, p, 14)).toContain("return-value-misplaced");
    expect(plantedBugs(python, p, 4)).toContain("scope-confusion");
    expect(plantedBugs(python, p, 13)).toContain("loop-exit-missed");
  });

  it("plants a stale value, an off-by-one, a loop and a definition bug in count-up", () => {
    const p = bankProblem("count-up");
    const bugs = new Set(plantableLines(python, p).flatMap((index) => [...plantedBugs(python, p, index, [0, 1, 2, 3, 4, 5])]));
    for (const id of ["stale-value", "off-by-one", "loop-exit-missed", "loop-ended-early", "definition-run", "return-value-misplaced"]) {
      expect(bugs).toContain(id);
    }
  });

  it("plants no exception line (its only bug, a state written instead, is not the line's shape)", () => {
    const p = load(RATIO_PROGRAM, RATIO_TRACE);
    const last = python.referenceLines(p).length - 1;
    expect(plantableLines(python, p)).not.toContain(last);
    expect(plantError(python, p, last, 0)).toBeNull();
  });

  it("plants a line in every bank program, each planted line judged with its diagnosis", () => {
    const byRole: Record<string, { plantable: number; not: number }> = {};
    const bugs = new Set<string>();
    for (const [n, entry] of pythonBank.entries()) {
      const p: PythonProblem = load(entry.program, traces[entry.slug] ?? "");
      const plantable = plantableLines(python, p);
      expect(plantable.length, entry.slug).toBeGreaterThan(0);
      for (const line of python.referenceLines(p)) {
        const counts = (byRole[line.role] ??= { plantable: 0, not: 0 });
        if (plantable.includes(line.index)) counts.plantable += 1;
        else counts.not += 1;
      }
      // Every plantable line of every third program (a full search per line costs a few hundred judge calls).
      if (n % 3 === 0) for (const index of plantable) bugs.add(checkPlanted(python, p, index, index));
    }
    console.info("python bank, reference lines by role:", JSON.stringify(byRole), "bugs planted:", [...bugs].sort().join(", "));
    expect(byRole.state?.plantable).toBeGreaterThan(0);
    expect(byRole.line?.plantable).toBeGreaterThan(0);
  }, 60_000);
});

describe("choosing", () => {
  it("is deterministic for a seed: the same line for the same problem, also rebuilt from scratch", () => {
    const a = { a: "4567", b: "789" };
    const poly = polynomial.parseInput("Evaluate -2*x**3 + x - 9 at x = -3");
    if (!poly.ok) throw new Error(poly.error);
    const py = formatsProblem();
    const cases: [TaskModule<never>, unknown][] = [
      [addition as TaskModule<never>, a],
      [polynomial as TaskModule<never>, poly.value],
      [python as TaskModule<never>, py],
    ];
    for (const [task, problem] of cases) {
      const again = task.kind === "python" ? formatsProblem() : structuredClone(problem);
      for (const index of plantableLines(task, problem as never)) {
        for (const seed of [0, 1, 42, 2 ** 40 + 3]) {
          const planted = plantError(task, problem as never, index, seed);
          expect(plantError(task, problem as never, index, seed)).toEqual(planted);
          expect(plantError(task, again as never, index, seed)).toEqual(planted);
        }
      }
    }
  });

  it("gives different lines for different seeds", () => {
    const p = { a: "4567", b: "789" };
    for (const index of plantableLines(addition, p)) {
      const texts = new Set(SEEDS.map((seed) => plantError(addition, p, index, seed)?.text));
      expect(texts.size, `line ${index}`).toBeGreaterThan(1);
    }
    const all = new Set(
      plantableLines(polynomial, { terms: [{ coefficient: 7, power: 0 }], x: 2 }).flatMap((index) =>
        SEEDS.map((seed) => plantError(polynomial, { terms: [{ coefficient: 7, power: 0 }], x: 2 }, index, seed)?.text),
      ),
    );
    expect(all.size).toBeGreaterThan(1);
  });

  it("returns null for an index that is no line", () => {
    const p = { a: "29", b: "57" };
    for (const index of [-1, 7, 100, 1.5, Number.NaN]) expect(plantError(addition, p, index, 0)).toBeNull();
  });
});
