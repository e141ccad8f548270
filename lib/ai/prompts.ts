/**
 * Prompts for hosted models, which were never trained on our formats: worked examples
 * from the project's own generators, with their exact FORMATS.md targets, then the problem.
 */
import { addition, polynomial, type DatasetSource, type TaskModule, type Variant } from "../scratchpad";

/** The tasks with dataset generators, i.e. those a hosted model can be shown examples of. */
export const PROMPT_KINDS = ["addition", "polynomial"] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

const EXAMPLES = 3;
/** Fixed, so a prompt (and so an evaluation) is reproducible; train split, never test. */
const EXAMPLE_SEED = 20211230;

export function fewShotPrompt(kind: PromptKind, variant: Variant, input: string): string {
  const shots = kind === "addition" ? examples(addition, variant, input) : examples(polynomial, variant, input);
  const worked = shots.map((shot) => `Problem: ${shot.input}\nSolution:\n${shot.target}`);
  return [
    "Solve the last problem. Write only its solution, exactly in the format of the worked examples: the same lines, the same spacing, nothing else.",
    ...worked,
    `Problem: ${input}\nSolution:`,
  ].join("\n\n");
}

function examples<P>(task: TaskModule<P> & DatasetSource<P>, variant: Variant, input: string) {
  // One spare, in case the problem asked is itself one of the examples.
  return task
    .dataset({ split: "train", n: EXAMPLES + 1, seed: EXAMPLE_SEED })
    .map((problem) => ({ input: task.formatInput(problem), target: task.target(problem, variant) }))
    .filter((shot) => shot.input !== input)
    .slice(0, EXAMPLES);
}
