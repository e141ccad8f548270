import { describe, expect, it } from "vitest";
import { fewShotPrompt, PROMPT_KINDS } from "@/lib/ai/prompts";
import { addition, polynomial, type TaskModule, type Variant } from "@/lib/scratchpad";

/** The worked examples of a prompt: [input, solution] pairs, the asked problem last with "". */
function shots(prompt: string): [string, string][] {
  return prompt
    .split("\n\n")
    .slice(1)
    .map((block) => {
      const match = /^Problem: (.*)\nSolution:\n?([\s\S]*)$/.exec(block);
      if (!match) throw new Error(`not a worked example: ${block}`);
      return [match[1] ?? "", match[2] ?? ""];
    });
}

/** The reference target of a canonical input. */
function targetOf<P>(task: TaskModule<P>, input: string, variant: Variant): string {
  const parsed = task.parseInput(input);
  if (!parsed.ok) throw new Error(parsed.error);
  expect(task.formatInput(parsed.value)).toBe(input);
  return task.target(parsed.value, variant);
}

describe("fewShotPrompt", () => {
  const cases = PROMPT_KINDS.flatMap((kind) => (["scratchpad", "direct"] as const).map((variant) => [kind, variant] as const));

  it.each(cases)("%s %s: three worked examples with their exact FORMATS.md targets, then the input", (kind, variant) => {
    const input = kind === "addition" ? "2 9 + 5 7" : "Evaluate 3*x**2 - 5*x + 7 at x = 4";
    const examples = shots(fewShotPrompt(kind, variant, input));
    expect(examples).toHaveLength(4);
    expect(examples.at(-1)).toEqual([input, ""]);
    for (const [exampleInput, solution] of examples.slice(0, 3)) {
      expect(solution).toBe(kind === "addition" ? targetOf(addition, exampleInput, variant) : targetOf(polynomial, exampleInput, variant));
    }
  });

  it("is the same every time, and never shows the problem asked as an example", () => {
    const first = fewShotPrompt("addition", "scratchpad", "2 9 + 5 7");
    expect(fewShotPrompt("addition", "scratchpad", "2 9 + 5 7")).toBe(first);
    const [example] = shots(first);
    const asked = example?.[0] ?? "";
    const again = shots(fewShotPrompt("addition", "scratchpad", asked));
    expect(again.slice(0, 3).map(([input]) => input)).not.toContain(asked);
    expect(again).toHaveLength(4);
  });

  it("asks a model to go on from lines already written, after the problem's own Solution:", () => {
    const written = ["<scratch>", "2 9 + 5 7 , C: 0"];
    const prompt = fewShotPrompt("addition", "scratchpad", "2 9 + 5 7", written);
    expect(prompt.startsWith(fewShotPrompt("addition", "scratchpad", "2 9 + 5 7").split("\n\n")[0]!)).toBe(true);
    expect(prompt).toContain("continue from the next line");
    expect(prompt.endsWith("Problem: 2 9 + 5 7\nSolution:\n<scratch>\n2 9 + 5 7 , C: 0")).toBe(true);
    expect(shots(prompt).at(-1)).toEqual(["2 9 + 5 7", written.join("\n")]);
  });
});
