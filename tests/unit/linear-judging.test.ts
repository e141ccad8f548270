/**
 * Hostile lines cost time in proportion to their length (issue #14, point 9). A line is
 * judged when it is sent and again on every page that shows it, so a regex that backtracks
 * over a long run (`/0+$/` on a 10,000-digit float took 0.3 s) makes one line a lasting cost.
 *
 * Each check builds a line of the longest length the app accepts and one a tenth as long, of
 * the same shape (a run of what some regex or parser might choke on, between a prefix and a
 * suffix that lead into the code that reads it), and compares their costs in the same test:
 * linear is 10×, quadratic 100×. Never an absolute time: that would measure the machine.
 * Costs are CPU time, so that other processes on a busy machine do not count.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { problemsFromText } from "@/lib/practice/start-problem";
import { MAX_LINE_LENGTH } from "@/lib/practice/limits";
import { addition, generateByDigits, generateByLevel, polynomial, python, type RegisteredTask } from "@/lib/scratchpad";
import type { Actor } from "@/lib/scratchpad/types";
import { formatsProblem } from "./python-fixtures";

const LONG = MAX_LINE_LENGTH;
const SHORT = LONG / 10;
/** Linear is 10×; the margin is for a busy machine, far below quadratic's 100×. */
const MAX_RATIO = 20;
/** Timings per length: the fastest is the one least disturbed by other work and the collector. */
const MIN_ROUNDS = 3;
const MAX_ROUNDS = 9;
/** Short lines are judged this many times per timing: as long as one long line, if linear. */
const SHORT_BATCH = 10;
/** Random shapes tried after the known ones. */
const RANDOM_RUNS = 40;

/**
 * What a line is made of: runs that regexes with overlapping or end-anchored quantifiers
 * retry at every position (digits, zeros, spaces, signs, separators, brackets, quotes,
 * backslashes, `:` and `#`), and JSON a state line can hold in bulk.
 */
const RUNS = {
  digits: "9",
  zeros: "0",
  spaces: " ",
  tabs: "\t ",
  words: "a ",
  signs: "+-",
  plus: "+",
  minus: "-",
  commas: ",",
  spacedCommas: " , ",
  openBrackets: "[",
  brackets: "[]",
  braces: "{",
  quotes: '"',
  singleQuotes: "'",
  prefixedQuotes: "f'",
  backslashes: "\\",
  escapes: "\\n",
  colons: ":",
  spacedColons: ": ",
  hashes: "#",
  calls: "a (",
  at: " at",
  equals: "= ",
  stars: "**",
  carries: "C: 1 ",
  ints: "1, ",
  floats: "1.0, ",
  objects: '{"a": 1}, ',
  strings: '"a", ',
  // Not repeated as it is: each copy gets its own number (`"k0": 1, "k1": 1, …`), as keys must.
  keys: '"k": 1, ',
} as const;

/** What comes before a run: nothing, or the start of each kind of line some task reads. */
const PREFIXES = [
  "",
  "1",
  "state: ",
  "state: {",
  'state: {"s": ',
  'state: {"i": ',
  'state: {"i": 1.',
  'state: {"i": 1',
  'state: {"i": 1e',
  'state: {"i": 1e-',
  'state: {"s": [',
  'state: {"s": "',
  "line: ",
  "line: if ",
  "line: s = ",
  "line: x # ",
  "exception: ",
  "exception: ZeroDivisionError",
  "2 + 5 ",
  "2 + 5 , ",
  "2 + 5 , 6 C: 1 # added ",
  "3*x**2 : ",
  "Evaluate ",
] as const;

const SUFFIXES = ["", "x", "1", "a", "}", "]}", '"}', ": 1}", ", 1", "(", " C: 1", " at x = 4", "\n"] as const;

type RunName = keyof typeof RUNS;

interface Shape {
  prefix: string;
  run: RunName;
  suffix: string;
}

/** A line of exactly `length` characters: the prefix, the run repeated (cut to fit), the suffix. */
function lineOf({ prefix, run, suffix }: Shape, length: number): string {
  const body = length - prefix.length - suffix.length;
  const copies = Math.ceil(body / RUNS[run].length);
  const repeated = run === "keys" ? Array.from({ length: copies }, (_, i) => `"k${i}": 1, `).join("") : RUNS[run].repeat(copies);
  return prefix + repeated.slice(0, body) + suffix;
}

const shapes = fc.record({
  prefix: fc.constantFrom(...PREFIXES),
  run: fc.constantFrom(...(Object.keys(RUNS) as RunName[])),
  suffix: fc.constantFrom(...SUFFIXES),
});

/**
 * The CPU time (ms) this process spends in `work`. Not the clock: on a busy machine the
 * clock also counts the time other processes run, more often the longer the work takes.
 */
function cpuTime(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * How many times longer `work` takes on the long line of `shape` than on the short one:
 * the fastest of several timings each, taken in turn after both have run once (so the JIT
 * has compiled them). Stops once the ratio is within the bound, which a quadratic one never is.
 */
function costRatio(work: (line: string) => unknown, shape: Shape): number {
  const short = lineOf(shape, SHORT);
  const long = lineOf(shape, LONG);
  work(short);
  work(long);
  let shortCost = Number.POSITIVE_INFINITY;
  let longCost = Number.POSITIVE_INFINITY;
  for (let round = 0; round < MAX_ROUNDS && (round < MIN_ROUNDS || longCost > MAX_RATIO * shortCost); round += 1) {
    const batch = cpuTime(() => {
      for (let i = 0; i < SHORT_BATCH; i += 1) work(short);
    });
    shortCost = Math.min(shortCost, batch / SHORT_BATCH);
    longCost = Math.min(longCost, cpuTime(() => work(long)));
  }
  return longCost / shortCost;
}

/** Lines every parser has been seen to choke on (or could), tried before the random ones. */
const KNOWN: Shape[] = [
  // `/0+$/` on the digits of a float: 0.3 s at 10,000 digits.
  { prefix: 'state: {"i": 1.', run: "zeros", suffix: "1}" },
  { prefix: 'state: {"s": 1.', run: "zeros", suffix: "1}" },
  { prefix: 'state: {"i": 1', run: "zeros", suffix: ".0}" },
  // A 10,000-digit int or exponent: BigInt reads and writes decimal text in quadratic time.
  { prefix: 'state: {"i": 1', run: "digits", suffix: "}" },
  { prefix: 'state: {"s": 1', run: "digits", suffix: "}" },
  { prefix: 'state: {"i": 1e', run: "digits", suffix: "}" },
  { prefix: 'state: {"i": 1e-', run: "digits", suffix: "}" },
  // Code typed as a `line:` with a space between word characters again and again.
  { prefix: "line: ", run: "words", suffix: "" },
  { prefix: "line: ", run: "calls", suffix: "" },
  { prefix: "line: s = ", run: "prefixedQuotes", suffix: "" },
  // Bulk JSON.
  { prefix: 'state: {"s": [', run: "ints", suffix: "1]}" },
  { prefix: 'state: {"s": [', run: "floats", suffix: "1.0]}" },
  { prefix: 'state: {"s": [', run: "objects", suffix: "{}]}" },
  { prefix: 'state: {"s": "', run: "escapes", suffix: '"}' },
  { prefix: "state: ", run: "openBrackets", suffix: "" },
  { prefix: "state: {", run: "keys", suffix: '"k": 1}' },
  { prefix: "2 + 5 , ", run: "spaces", suffix: " C: 1" },
  { prefix: "3*x**2 : ", run: "spaces", suffix: "" },
  { prefix: "exception: ", run: "spacedColons", suffix: "" },
];

interface Judged {
  name: string;
  task: RegisteredTask;
  problem: unknown;
}

const judged: Judged[] = [
  { name: "addition", task: addition, problem: generateByDigits({ digits: 4, seed: 14 }) },
  { name: "polynomial", task: polynomial, problem: generateByLevel({ level: 5, seed: 14 }) },
  { name: "python", task: python, problem: formatsProblem() },
];

describe("judging a line costs time linear in its length", () => {
  it.each(judged)("$name: a 10,000-character line of any shape, at any line, costs at most 20× a 1,000-character one", ({ task, problem }) => {
    const count = task.referenceLines(problem).length;
    const actors: Actor[] = ["student", "model"];
    // Every line of the task against every known hostile shape, then random ones.
    const examples = KNOWN.flatMap((shape) => Array.from({ length: count }, (_, index): [Shape, number, Actor] => [shape, index, "student"]));
    fc.assert(
      fc.property(shapes, fc.nat({ max: count - 1 }), fc.constantFrom(...actors), (shape, index, actor) => {
        const judge = (line: string) => task.judgeLine(problem, index, line, { actor });
        expect(judge(lineOf(shape, LONG)).index).toBe(index);
        expect(costRatio(judge, shape)).toBeLessThanOrEqual(MAX_RATIO);
      }),
      {
        // The examples count among the runs.
        numRuns: examples.length + RANDOM_RUNS,
        examples,
        // One failing line says enough; shrinking would time quadratic lines again and again.
        endOnFailure: true,
      },
    );
  }, 120_000);
});

describe("reading a problem costs time linear in its length", () => {
  const readers: Array<[string, (text: string) => unknown]> = [
    ["addition input", (text) => addition.parseInput(text)],
    ["polynomial input", (text) => polynomial.parseInput(text)],
    ["an assignment's addition problems", (text) => problemsFromText("addition", text)],
    ["an assignment's polynomial problems", (text) => problemsFromText("polynomial", text)],
  ];

  const examples: Array<[Shape]> = [
    // `(.+?)\s+at…` retries every split of a run of spaces: quadratic, 0.2 s at 10,000…
    [{ prefix: "1", run: "spaces", suffix: "x" }],
    [{ prefix: "1", run: "at", suffix: "" }],
    [{ prefix: "3*x**2", run: "equals", suffix: " at x = 4" }],
    [{ prefix: "1", run: "signs", suffix: " at x = 4" }],
    [{ prefix: "", run: "digits", suffix: "" }],
    // …and cubic after `Evaluate`: 0.6 s at 1,000 characters (last: it would never end at 10,000).
    [{ prefix: "Evaluate ", run: "spaces", suffix: "1" }],
  ];

  it.each(readers)("%s: 10,000 characters of any shape cost at most 20× 1,000", (_, read) => {
    fc.assert(
      fc.property(shapes, (shape) => {
        expect(costRatio(read, shape)).toBeLessThanOrEqual(MAX_RATIO);
      }),
      { numRuns: examples.length + RANDOM_RUNS, examples, endOnFailure: true },
    );
  }, 120_000);
});
