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

/**
 * `written`: lines of the solution already on the scratchpad (a shared scratchpad, or a
 * retried run); the model is asked to go on from them rather than start over.
 */
export function fewShotPrompt(kind: PromptKind, variant: Variant, input: string, written: readonly string[] = []): string {
  const shots = kind === "addition" ? examples(addition, variant, input) : examples(polynomial, variant, input);
  const worked = shots.map((shot) => `Problem: ${shot.input}\nSolution:\n${shot.target}`);
  const instruction =
    "Solve the last problem. Write only its solution, exactly in the format of the worked examples: the same lines, the same spacing, nothing else." +
    (written.length > 0 ? " Its first lines are already written: continue from the next line, without repeating them." : "");
  return [instruction, ...worked, [`Problem: ${input}`, "Solution:", ...written].join("\n")].join("\n\n");
}

function examples<P>(task: TaskModule<P> & DatasetSource<P>, variant: Variant, input: string) {
  // One spare, in case the problem asked is itself one of the examples.
  return task
    .dataset({ split: "train", n: EXAMPLES + 1, seed: EXAMPLE_SEED })
    .map((problem) => ({ input: task.formatInput(problem), target: task.target(problem, variant) }))
    .filter((shot) => shot.input !== input)
    .slice(0, EXAMPLES);
}
