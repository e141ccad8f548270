// The training pipeline end to end with --tiny models: data from the project CLI, a few
// steps of Debian's PyTorch, a resumed run, the ONNX export and the model card.
// Nothing is skipped: without PyTorch these fail, and the output says what to install.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { greedyDecode } from "@/lib/ai/local/decode";
import { loadModel } from "@/lib/ai/local/onnx-model";

const ROOT = join(import.meta.dirname, "..", "..");
const out = mkdtempSync(join(tmpdir(), "training-test-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const MAX_BYTES = 8 * 1024 * 1024;
const TIMEOUT = 240_000; // seconds of work, but the machine is shared

function train(args: string[], env: Record<string, string> = {}, dir = out) {
  const run = spawnSync("npm", ["run", "-s", "train", "--", ...args, "--out", dir], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

interface Card {
  id: string;
  tokenizer: { scheme: string; vocab: string[]; eos_id: number; newline_id: number };
  model: { positions: string; n_layers: number; d_model: number; n_heads: number; cache_dim: number; line_roles: number; batchable: boolean };
  training: {
    steps: number;
    first_loss: number;
    final_loss: number;
    time_s: number;
    schedule: string;
    loss_curve: [number, number][];
    total_steps?: number;
    started_from?: { steps: number; checkpoint: string };
  };
  eval: { test: { n: number; answer_accuracy: number } };
  fixtures: { prompt: string; prompt_ids: number[]; output_ids: number[]; max_new: number }[];
  onnx: { inputs: Record<string, string>; outputs: Record<string, string> };
  data: { train: { command: string } };
}

function readModel(id: string) {
  const dir = join(out, id);
  const onnx = join(dir, "model.onnx");
  const cardPath = join(dir, "card.json");
  expect(existsSync(onnx), `${onnx} was not written`).toBe(true);
  expect(existsSync(cardPath), `${cardPath} was not written`).toBe(true);
  for (const file of [onnx, cardPath]) {
    expect(statSync(file).size).toBeGreaterThan(0);
    expect(statSync(file).size).toBeLessThan(MAX_BYTES);
  }
  return JSON.parse(readFileSync(cardPath, "utf8")) as Card;
}

describe("npm run train --tiny", () => {
  test(
    "trains addition with a scratchpad: the loss falls, ONNX and card are written",
    () => {
      const run = train(["--task", "addition", "--variant", "scratchpad", "--tiny"]);
      expect(run.status, run.output).toBe(0);
      expect(run.output).toMatch(/step\s+30\/30 .* loss \d+\.\d+ .* tok\/s .* ETA/);
      const card = readModel("addition-scratchpad-tiny");
      expect(card.training.steps).toBe(30);
      expect(card.training.final_loss).toBeLessThan(card.training.first_loss);
      // The default for addition with a scratchpad: clipped relative positions and line roles,
      // each cached key carrying its (absolute, line, column) in three extra channels, so
      // rows of different lengths can share a batch.
      expect(card.model.positions).toBe("relative");
      expect(card.model.line_roles).toBe(3);
      expect(card.model.cache_dim).toBe(card.model.d_model / card.model.n_heads + 3);
      expect(card.model.batchable).toBe(true);
      expect(card.onnx.inputs["past_key_values.{i}"]).toContain(`past, ${card.model.cache_dim}]`);
      expect(card.tokenizer.scheme).toBe("words");
      expect(card.tokenizer.vocab[card.tokenizer.newline_id]).toBe("\n");
      expect(card.data.train.command).toMatch(/^npm run -s cli -- dataset addition --split train /);
      expect(Object.keys(card.onnx.inputs)).toEqual(["input_ids", "position_ids", "past_key_values.{i}"]);
      expect(card.eval.test.n).toBeGreaterThan(0);
      expect(card.fixtures.length).toBeGreaterThan(0);
      for (const fixture of card.fixtures) {
        expect(fixture.prompt.endsWith("\n")).toBe(true);
        expect(fixture.output_ids.length).toBeLessThanOrEqual(fixture.max_new);
      }
    },
    TIMEOUT,
  );

  test(
    "a rerun resumes from the latest checkpoint",
    () => {
      const run = train(["--task", "addition", "--variant", "scratchpad", "--tiny", "--steps", "40"]);
      expect(run.status, run.output).toBe(0);
      expect(run.output).toContain("resuming from step 30");
      expect(readModel("addition-scratchpad-tiny").training.steps).toBe(40);
    },
    TIMEOUT,
  );

  test(
    "trains direct polynomial evaluation with character tokens and ALiBi",
    () => {
      const run = train(["--task", "polynomial", "--variant", "direct", "--tiny", "--positions", "alibi"]);
      expect(run.status, run.output).toBe(0);
      const card = readModel("polynomial-direct-tiny");
      expect(card.tokenizer.scheme).toBe("chars");
      expect(card.model.positions).toBe("alibi");
      expect(card.training.final_loss).toBeLessThan(card.training.first_loss);
    },
    TIMEOUT,
  );

  test(
    "the TypeScript decoder reproduces PyTorch's greedy tokens for relative positions too",
    async () => {
      const model = await loadModel(join(out, "addition-scratchpad-tiny"));
      const card = readModel("addition-scratchpad-tiny");
      for (const fixture of card.fixtures) {
        const ids: number[] = [];
        for await (const token of greedyDecode(model, fixture.prompt_ids, { maxTokens: fixture.max_new })) ids.push(token);
        // greedyDecode stops after the answer line; PyTorch's fixture runs to <eos> or max_new.
        expect(ids).toEqual(fixture.output_ids.slice(0, ids.length));
        expect(ids.length).toBeGreaterThan(0);
      }
    },
    TIMEOUT,
  );

  test(
    "a time budget: the schedule follows elapsed time and the steps reached are recorded",
    async () => {
      const run = train(["--task", "polynomial", "--variant", "scratchpad", "--tiny", "--time-budget", "2", "--line-only-heads", "1"]);
      expect(run.status, run.output).toBe(0);
      expect(run.output).toContain("a 2 s budget");
      const card = readModel("polynomial-scratchpad-tiny");
      expect(card.training.schedule).toContain("over a 2 s time budget");
      expect(card.training.steps).toBeGreaterThan(1);
      expect(card.training.time_s).toBeGreaterThanOrEqual(2);
      expect(card.model.positions).toBe("line");
      expect(card.model.batchable).toBe(false);
      // Not batchable: the decoder steps it alone, and still gives PyTorch's tokens.
      const model = await loadModel(join(out, "polynomial-scratchpad-tiny"));
      for (const fixture of card.fixtures) {
        const ids: number[] = [];
        for await (const token of greedyDecode(model, fixture.prompt_ids, { maxTokens: fixture.max_new })) ids.push(token);
        expect(ids).toEqual(fixture.output_ids.slice(0, ids.length));
      }
    },
    TIMEOUT,
  );

  test(
    "--init-from trains on from another run's weights, and the card joins both loss curves",
    () => {
      const first = join(out, ".checkpoints", "addition-scratchpad-tiny");
      const checkpoint = readdirSync(first).filter((f) => f.startsWith("step-")).sort().at(-1);
      expect(checkpoint).toBeDefined();
      const init = join(first, checkpoint as string);
      const before = readModel("addition-scratchpad-tiny").training;
      const run = train(["--task", "addition", "--variant", "scratchpad", "--tiny", "--steps", "10", "--init-from", init], {}, join(out, "more"));
      expect(run.status, run.output).toBe(0);
      expect(run.output).toContain("with a fresh optimizer and schedule");
      const card = JSON.parse(readFileSync(join(out, "more", "addition-scratchpad-tiny", "card.json"), "utf8")) as Card;
      expect(card.training.started_from).toMatchObject({ steps: before.steps, checkpoint });
      expect(card.training.steps).toBe(10);
      expect(card.training.total_steps).toBe(before.steps + 10);
      // The earlier run's first loss is the joined curve's first point; its last step is the sum.
      expect(card.training.loss_curve[0]?.[1]).toBeCloseTo(before.first_loss, 6);
      expect(card.training.loss_curve.at(-1)?.[0]).toBe(before.steps + 10);
      expect(card.model.positions).toBe("relative");
    },
    TIMEOUT,
  );

  test("the vectorized positions used in training equal the tokenizer's, on the CLI's data", () => {
    const data = join(out, ".checkpoints", "addition-scratchpad-tiny", "data");
    const file = readdirSync(data).find((f) => f.startsWith("ood-")) as string;
    const script = [
      "import json, sys, numpy as np",
      "sys.path.insert(0, 'training')",
      "from tokenizer import Tokenizer, positions",
      "from data import encode_example, prompt_text",
      "rows = [json.loads(l) for l in open(sys.argv[1])]",
      "tok = Tokenizer.build('words', [r['input'] + '\\n' + r['target'] for r in rows])",
      "bad = 0",
      "for r in rows:",
      "    ids, n_prompt, pos = encode_example(tok, r)",
      "    bad += not np.array_equal(pos, np.array(positions(ids[:-1].tolist(), tok.newline_id)[0]))",
      "    bad += n_prompt != len(tok.encode(prompt_text(r)))",
      "print(len(rows), bad)",
    ].join("\n");
    const run = spawnSync("/usr/bin/python3", ["-c", script, join(data, file)], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const [rows, bad] = run.stdout.trim().split(" ").map(Number);
    expect(rows).toBeGreaterThan(0);
    expect(bad).toBe(0);
  });

  test("says what to install when PyTorch is missing", () => {
    const run = train(["--task", "addition", "--tiny"], { TRAIN_PYTHON: join(out, "no-such-python") });
    expect(run.status).toBe(1);
    expect(run.output).toContain("apt-get install -y python3-torch libopenblas0-openmp");
  });
});
