// Demo problems for the home page. Idempotent: run by `npm run setup` on every start.
import { upsertProblem } from "../lib/db/problems";
import { addition } from "../lib/scratchpad";

const DEMO_ADDITION = ["2 9 + 5 7", "1 2 3 + 4 5", "9 9 9 + 1", "4 0 7 + 6 9 5", "5 8 3 6 + 2 9 4 7"];

async function main() {
  for (const input of DEMO_ADDITION) {
    const parsed = addition.parseInput(input);
    if (!parsed.ok) throw new Error(`demo problem "${input}": ${parsed.error}`);
    const problem = parsed.value;
    await upsertProblem({
      kind: "addition",
      input: addition.formatInput(problem),
      target: addition.target(problem),
      title: `${problem.a} + ${problem.b}`,
      difficulty: Math.max(problem.a.length, problem.b.length),
      source: "demo",
    });
  }
  console.log(`Seeded ${DEMO_ADDITION.length} demo problems.`);
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
