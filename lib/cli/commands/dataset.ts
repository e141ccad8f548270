import { SPLITS, type Split } from "../../scratchpad";
import { integerOption, stringOption, taskArgument } from "../args";
import type { Command } from "../command";
import { UsageError } from "../errors";
import { jsonLine } from "../jsonl";

/** Bounds the memory one run needs; larger sets are several runs with different seeds. */
const MAX_N = 1_000_000;

export const datasetCommand: Command = {
  name: "dataset",
  summary: "generate a seeded dataset split as JSON lines",
  usage: `usage: scratchpad dataset <task> --split train|test|ood --n N --seed S [--direct]

Writes N JSON lines {"input": ..., "target": ...}, the same for the same seed.
For addition (as in the paper): train and test draw each operand's length from
1-8 digits, ood from 9-10 digits; train and test with one seed differ.
For polynomial: uniform problems valued in [-1000, 10000] (the paper made 10000
train and 2000 test); no problem is in both train and test; there is no ood.

  --split    train, test or ood
  --n        number of examples, 0 to ${MAX_N.toLocaleString("en")}
  --seed     any integer
  --direct   direct targets (the answer alone) instead of scratchpads`,
  options: {
    split: { type: "string" },
    n: { type: "string" },
    seed: { type: "string" },
    direct: { type: "boolean" },
  },
  async run({ positionals, values }, io) {
    const { name, task } = taskArgument(positionals);
    const split = stringOption(values, "split");
    if (!isSplit(split)) throw new UsageError(`--split must be one of ${SPLITS.join(", ")}, got "${split}"`);
    const n = integerOption(values, "n", 0, MAX_N);
    const seed = integerOption(values, "seed", Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (!task.dataset) throw new UsageError(`task "${name}" has no dataset generator`);
    const variant = values.direct ? "direct" : "scratchpad";
    let problems: unknown[];
    try {
      problems = task.dataset({ split, n, seed });
    } catch (error) {
      // A generator refuses what its task does not define (polynomial's ood) with a RangeError.
      throw error instanceof RangeError ? new UsageError(error.message) : error;
    }
    for (const problem of problems) {
      await io.out(jsonLine({ input: task.formatInput(problem), target: task.target(problem, variant) }));
    }
  },
};

function isSplit(text: string): text is Split {
  return (SPLITS as readonly string[]).includes(text);
}
