// The solve and eval commands over a stand-in model (the commands are what is tested here;
// our real models are exercised in tests/integration/ai-local.test.ts).
import { MockLanguageModelV3 } from "ai/test";
import { NoSuchModelError } from "ai";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "@/lib/cli/main";
import type { Io } from "@/lib/cli/io";
import { wilson } from "@/lib/cli/commands/eval";
import type { ModelEntry } from "@/lib/ai/registry";
import { addition, type AdditionProblem } from "@/lib/scratchpad";

const ENTRIES: ModelEntry[] = [
  { id: "mock-addition", label: "mock", provider: "local", kinds: ["addition"], variants: ["scratchpad"] },
  { id: "mock-polynomial", label: "mock", provider: "local", kinds: ["polynomial"], variants: ["scratchpad"] },
];

/** What the stand-in gets wrong, by the digit sum of a problem: nothing, a column, or one line too many. */
function mistake({ a, b }: AdditionProblem): "none" | "column" | "extra" {
  const sum = [...a, ...b].reduce((total, digit) => total + Number(digit), 0);
  return (["none", "column", "extra"] as const)[sum % 3] ?? "none";
}

function answerOf(input: string): string {
  const parsed = addition.parseInput(input);
  if (!parsed.ok) throw new Error(parsed.error);
  const lines = addition.target(parsed.value).split("\n");
  const kind = mistake(parsed.value);
  // Line 2 is the first column; a wrong digit there carries on into the answer.
  if (kind === "column") return [...lines.slice(0, 2), lines[2]?.replace(/, (\d)/, (_, d) => `, ${(Number(d) + 1) % 10}`), "0 0", "</scratch>", "0"].join("\n");
  return kind === "extra" ? [...lines, lines.at(-1)].join("\n") : lines.join("\n");
}

const model = new MockLanguageModelV3({
  doGenerate: async ({ prompt }) => {
    const last = prompt.at(-1);
    const input = last?.role === "user" ? last.content.map((part) => (part.type === "text" ? part.text : "")).join("") : "";
    return {
      content: [{ type: "text", text: answerOf(input) }],
      finishReason: { unified: "stop", raw: undefined },
      usage: { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } },
      warnings: [],
    };
  },
});

vi.mock("@/lib/ai/registry", () => ({
  listModels: () => ENTRIES,
  findModel: (id: string) => {
    const entry = ENTRIES.find((candidate) => candidate.id === id);
    if (!entry) throw new NoSuchModelError({ modelId: id, modelType: "languageModel", message: `no model "${id}" is available` });
    return entry;
  },
  languageModel: () => model,
}));

async function run(argv: string[], stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    async *lines() {
      yield* stdin.split("\n").filter((line) => line !== "");
    },
    out: async (text) => void out.push(text),
    err: (text) => void err.push(text),
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

beforeEach(() => {
  model.doGenerateCalls.length = 0;
});

describe("cli: solve", () => {
  it("writes the canonical input and the model's raw text, in order, asking with the bare input", async () => {
    const result = await run(["solve", "--model", "mock-addition"], '{"input": "29+57"}\n{"input": "1 2 3 + 4 5"}\n');
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.trim().split("\n").map((line) => JSON.parse(line))).toEqual([
      { input: "2 9 + 5 7", output: answerOf("2 9 + 5 7") },
      { input: "1 2 3 + 4 5", output: answerOf("1 2 3 + 4 5") },
    ]);
    expect(model.doGenerateCalls[0]?.prompt).toEqual([{ role: "user", content: [{ type: "text", text: "2 9 + 5 7" }] }]);
  });

  it("stops at a malformed input with its line number (exit 1)", async () => {
    const result = await run(["solve", "--model", "mock-addition"], '{"input": "1 + 2"}\n{"input": "1 + x"}\n');
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^scratchpad solve: line 2: /);
  });

  it("names the available models for an unknown id (exit 2), before reading any input", async () => {
    const result = await run(["solve", "--model", "gpt-9"], '{"input": "1 + 2"}\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no model "gpt-9" is available (available: mock-addition, mock-polynomial)');
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it("refuses a task the model was not trained on", async () => {
    const result = await run(["solve", "--model", "mock-addition", "--task", "polynomial"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('this model does not do kind "polynomial" (it does addition)');
  });
});

describe("cli: eval", () => {
  it("reports accuracy, exact scratchpads, first wrong lines by role and a breakdown by digits", async () => {
    const result = await run(["eval", "--model", "mock-addition", "--split", "test", "--n", "60", "--seed", "5"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const report = JSON.parse(result.stdout) as Record<string, unknown>;

    const problems = addition.dataset({ split: "test", n: 60, seed: 5 });
    const count = (kind: string) => problems.filter((problem) => mistake(problem) === kind).length;
    const byDigits: Record<string, { n: number; correct: number }> = {};
    for (const problem of problems) {
      const group = (byDigits[Math.max(problem.a.length, problem.b.length)] ??= { n: 0, correct: 0 });
      group.n += 1;
      group.correct += Number(mistake(problem) !== "column");
    }
    expect(count("column")).toBeGreaterThan(0);
    expect(count("extra")).toBeGreaterThan(0);
    expect(report).toMatchObject({
      model: "mock-addition",
      task: "addition",
      variant: "scratchpad",
      split: "test",
      n: 60,
      seed: 5,
      accuracy: Math.round(((60 - count("column")) / 60) * 10_000) / 10_000,
      scratchpadExact: Math.round((count("none") / 60) * 10_000) / 10_000,
      firstWrongLine: { column: count("column"), extra: count("extra") },
    });
    expect(report.byDigits).toEqual(
      Object.fromEntries(
        Object.entries(byDigits).map(([digits, { n, correct }]) => [
          digits,
          { n, correct, accuracy: Math.round((correct / n) * 10_000) / 10_000, ci95: wilson(correct, n) },
        ]),
      ),
    );
  });

  it("has no ood split for polynomials (exit 2, before any request)", async () => {
    const result = await run(["eval", "--model", "mock-polynomial", "--split", "ood", "--n", "5", "--seed", "1"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/polynomial evaluation has no ood split .*use --split test/);
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it.each([
    [["--split", "train", "--n", "5", "--seed", "1"], /--split must be test or ood/],
    [["--split", "test", "--n", "0", "--seed", "1"], /--n must be an integer from 1/],
    [["--split", "test", "--n", "5"], /missing --seed/],
  ])("refuses %j", async (args, message) => {
    const result = await run(["eval", "--model", "mock-addition", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe("wilson", () => {
  it.each([
    [0, 10, [0, 0.2775]],
    [5, 10, [0.2366, 0.7634]],
    [10, 10, [0.7225, 1]],
    [81, 100, [0.7222, 0.8749]],
  ])("%i of %i: %j", (k, n, interval) => {
    expect(wilson(k, n)).toEqual(interval);
  });
});
