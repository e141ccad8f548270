import { addition, polynomial, type AdditionProblem, type DatasetSource, type PolynomialProblem, type TaskModule } from "../../scratchpad";
import type { Solver } from "../../ai/solve";
import { integerOption, stringOption } from "../args";
import type { Command } from "../command";
import { UsageError } from "../errors";
import type { Io } from "../io";
import { jsonLine } from "../jsonl";
import { solve, solverOption } from "./solve";

const MAX_N = 100_000;
/** Progress goes to stderr at most this often, so short runs print none. */
const PROGRESS_MS = 5_000;

export const evalCommand: Command = {
  name: "eval",
  summary: "measure a model on a seeded test or ood split (one JSON object)",
  usage: `usage: scratchpad eval --model ID --split test|ood --n N --seed S [--task KIND]
                      [--variant V] [--concurrency C]

Asks the model (as "solve" does) for N problems of the split generated with
seed S, and prints one JSON object:
  accuracy          share of final answers exactly right (0-1), with ci95
  scratchpadExact   share of scratchpads right line by line (scratchpad only)
  firstWrongLine    how often each reference line role was the first wrong one,
                    by the project's line judge ("extra": lines past the end)
  byDigits          addition, by the longer operand's digit count; byTerms for
                    polynomial: {n, correct, accuracy, ci95} (Wilson, 95%)
Progress goes to stderr. Polynomial evaluation has no ood split.

  --model         a model id, as for solve
  --task          addition or polynomial (ours know their own)
  --variant       scratchpad or direct (ours know their own)
  --split         test (1-8 digits for addition) or ood (9-10 digits)
  --n             number of problems, 1 to ${MAX_N.toLocaleString("en")}
  --seed          any integer (the same as "dataset --seed")
  --concurrency   requests at a time (default 1; more helps hosted models)`,
  options: {
    model: { type: "string" },
    task: { type: "string" },
    variant: { type: "string" },
    split: { type: "string" },
    n: { type: "string" },
    seed: { type: "string" },
    concurrency: { type: "string" },
  },
  async run({ positionals, values }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const solver = solverOption(values);
    const split = stringOption(values, "split");
    if (!isEvalSplit(split)) throw new UsageError(`--split must be test or ood, got "${split}"`);
    if (split === "ood" && solver.kind === "polynomial") {
      throw new UsageError("polynomial evaluation has no ood split (the paper defines one for addition only); use --split test");
    }
    const n = integerOption(values, "n", 1, MAX_N);
    const seed = integerOption(values, "seed", Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const concurrency = values.concurrency === undefined ? 1 : integerOption(values, "concurrency", 1, 64);
    const run = { solver, split, n, seed, concurrency, io };
    const result =
      solver.kind === "addition"
        ? await evaluate({ task: addition, groupName: "byDigits", group: (p: AdditionProblem) => Math.max(p.a.length, p.b.length) }, run)
        : await evaluate({ task: polynomial, groupName: "byTerms", group: (p: PolynomialProblem) => p.terms.length }, run);
    await io.out(jsonLine(result));
  },
};

const isEvalSplit = (split: string): split is EvalRun["split"] => split === "test" || split === "ood";

interface EvalTask<P> {
  task: TaskModule<P> & DatasetSource<P>;
  /** The breakdown's name in the report, and the size class of a problem. */
  groupName: string;
  group(problem: P): number;
}

interface EvalRun {
  solver: Solver;
  split: "test" | "ood";
  n: number;
  seed: number;
  concurrency: number;
  io: Io;
}

interface Tally {
  n: number;
  correct: number;
}

async function evaluate<P>({ task, groupName, group }: EvalTask<P>, { solver, split, n, seed, concurrency, io }: EvalRun) {
  const started = Date.now();
  const scratchpad = solver.variant === "scratchpad";
  const problems = task.dataset({ split, n, seed });
  const total: Tally = { n: 0, correct: 0 };
  const groups = new Map<number, Tally>();
  const firstWrong: Record<string, number> = {};
  let exact = 0;
  let reported = started;

  await forEachLimited(problems, concurrency, async (problem) => {
    const { output } = await solve(solver, task.formatInput(problem));
    const correct = answerLine(output) === answerLine(task.target(problem, solver.variant));
    const size = group(problem);
    const tally = groups.get(size) ?? { n: 0, correct: 0 };
    groups.set(size, { n: tally.n + 1, correct: tally.correct + Number(correct) });
    total.n += 1;
    total.correct += Number(correct);
    if (scratchpad) {
      const wrong = firstWrongLine(task, problem, output);
      if (wrong === null) exact += 1;
      else firstWrong[wrong] = (firstWrong[wrong] ?? 0) + 1;
    }
    if (Date.now() - reported >= PROGRESS_MS) {
      reported = Date.now();
      const seconds = (reported - started) / 1000;
      io.err(`eval: ${total.n}/${n} in ${seconds.toFixed(0)} s, accuracy so far ${percent(total.correct / total.n)}\n`);
    }
  });

  const sizes = [...groups.keys()].sort((a, b) => a - b);
  return {
    model: solver.entry.id,
    provider: solver.entry.provider,
    task: solver.kind,
    variant: solver.variant,
    split,
    n,
    seed,
    accuracy: round(total.correct / n),
    ci95: wilson(total.correct, n),
    ...(scratchpad ? { scratchpadExact: round(exact / n), firstWrongLine: firstWrong } : {}),
    [groupName]: Object.fromEntries(sizes.map((size) => [size, summary(groups.get(size) as Tally)])),
    seconds: round((Date.now() - started) / 1000),
  };
}

/** Runs `work` on every item, at most `limit` at a time. */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The final answer: the last line, as decode.py's answer_line reads it. */
function answerLine(text: string): string {
  return (text.trimEnd().split("\n").at(-1) ?? "").trim();
}

/**
 * The role of the first reference line that the output gets wrong (by the line judge, as
 * strict as it is with a model), "extra" when all are right but more follow, or null.
 */
function firstWrongLine<P>(task: TaskModule<P>, problem: P, output: string): string | null {
  const lines = output.trimEnd().split("\n");
  const reference = task.referenceLines(problem);
  for (const { index, role } of reference) {
    const line = lines[index];
    if (line === undefined || !task.judgeLine(problem, index, line, { actor: "model" }).ok) return role;
  }
  return lines.length > reference.length ? "extra" : null;
}

function summary({ n, correct }: Tally) {
  return { n, correct, accuracy: round(correct / n), ci95: wilson(correct, n) };
}

/** The Wilson score interval for k successes in n trials at 95%: sound at 0 and n, unlike p ± 2σ. */
export function wilson(k: number, n: number): [number, number] {
  const z = 1.959964;
  const p = k / n;
  const scale = 1 + (z * z) / n;
  const center = (p + (z * z) / (2 * n)) / scale;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / scale;
  return [round(Math.max(0, center - half)), round(Math.min(1, center + half))];
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
