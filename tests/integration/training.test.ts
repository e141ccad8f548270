// The training pipeline end to end with --tiny models: data from the project CLI, a few
// steps of Debian's PyTorch, a resumed run, the ONNX export and the model card.
// Nothing is skipped: without PyTorch these fail, and the output says what to install.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const out = mkdtempSync(join(tmpdir(), "training-test-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const MAX_BYTES = 8 * 1024 * 1024;
const TIMEOUT = 240_000; // seconds of work, but the machine is shared

function train(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync("npm", ["run", "-s", "train", "--", ...args, "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

interface Card {
  id: string;
  tokenizer: { scheme: string; vocab: string[]; eos_id: number; newline_id: number };
  model: { positions: string; n_layers: number };
  training: { steps: number; first_loss: number; final_loss: number; time_s: number };
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
      expect(card.model.positions).toBe("line");
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

  test("says what to install when PyTorch is missing", () => {
    const run = train(["--task", "addition", "--tiny"], { TRAIN_PYTHON: join(out, "no-such-python") });
    expect(run.status).toBe(1);
    expect(run.output).toContain("apt-get install -y python3-torch libopenblas0-openmp");
  });
});
