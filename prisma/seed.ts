// Demo problems for the home page. Idempotent: run by `npm run setup` on every start.
import { upsertProblem } from "../lib/db/problems";
import bankTraces from "../lib/problems/python-bank-traces.json";
import { pythonBank } from "../lib/problems/python-bank";
import { findTask, python } from "../lib/scratchpad";

const DEMOS: Array<{ kind: string; inputs: string[] }> = [
  { kind: "addition", inputs: ["2 9 + 5 7", "1 2 3 + 4 5", "9 9 9 + 1", "4 0 7 + 6 9 5", "5 8 3 6 + 2 9 4 7"] },
  {
    kind: "polynomial",
    inputs: ["Evaluate 3*x**2 - 5*x + 7 at x = 4", "Evaluate 2*x + 5 at x = 3", "Evaluate -x**2 + 4*x at x = -3"],
  },
];

async function main() {
  let count = 0;
  for (const { kind, inputs } of DEMOS) {
    const task = findTask(kind);
    if (!task) throw new Error(`no task "${kind}"`);
    for (const [i, input] of inputs.entries()) {
      const parsed = task.parseInput(input);
      if (!parsed.ok) throw new Error(`demo problem "${input}": ${parsed.error}`);
      await upsertProblem({
        kind,
        input: task.formatInput(parsed.value),
        target: task.target(parsed.value),
        difficulty: i + 1,
        source: "demo",
      });
      count += 1;
    }
  }
  // The Python bank with its committed reference traces: seeding runs no Python.
  const traces = bankTraces as Record<string, string>;
  for (const entry of pythonBank) {
    const trace = traces[entry.slug];
    if (trace === undefined) throw new Error(`no committed trace for "${entry.slug}": run npm run bank:trace`);
    const loaded = python.fromStored(entry.program, trace);
    if (!loaded.ok) throw new Error(`bank program "${entry.slug}": ${loaded.error}`);
    await upsertProblem({
      kind: "python",
      input: entry.program,
      target: trace,
      title: entry.title,
      difficulty: entry.difficulty,
      source: "bank",
    });
    count += 1;
  }
  console.log(`Seeded ${count} listed problems.`);
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
