import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NoSuchModelError } from "ai";
import { afterAll, describe, expect, it } from "vitest";
import { aiConfig } from "@/lib/ai/config";
import { findModel, languageModel, listModels } from "@/lib/ai/registry";
import { createSolver, SolveRequestError } from "@/lib/ai/solve";

const dir = mkdtempSync(join(tmpdir(), "ai-registry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A model folder as training/train.py writes it; the ONNX file's bytes are never read here. */
function model(id: string, task: string, variant: string, { onnx = true } = {}) {
  mkdirSync(join(dir, id), { recursive: true });
  const card = { id, task, variant, tokenizer: { scheme: "words", vocab: ["<pad>", "<eos>", "<unk>", "\n"] }, model: { n_layers: 1, n_heads: 1, d_model: 4, max_len: 8 } };
  writeFileSync(join(dir, id, "card.json"), JSON.stringify(card));
  if (onnx) writeFileSync(join(dir, id, "model.onnx"), "");
}

model("addition-scratchpad", "addition", "scratchpad");
model("polynomial-direct", "polynomial", "direct");
model("addition-direct", "addition", "direct", { onnx: false });
model("broken", "juggling", "scratchpad");
model(".checkpoints", "addition", "scratchpad");

const SECRET = "sk-test-secret-key";
const local = aiConfig({ LOCAL_MODELS_DIR: dir });
const hosted = aiConfig({
  LOCAL_MODELS_DIR: dir,
  OPENAI_API_KEY: SECRET,
  OPENAI_BASE_URL: "http://127.0.0.1:8000/v1",
  OPENAI_COMPATIBLE_MODEL: "qwen2.5-7b",
  OPENAI_COMPATIBLE_API_KEY: "other-secret",
});

describe("model registry", () => {
  it("lists the local models whose files are all there, and nothing hosted without keys", () => {
    expect(listModels(local)).toEqual([
      { id: "addition-scratchpad", label: "addition-scratchpad (trained here)", provider: "local", kinds: ["addition"], variants: ["scratchpad"] },
      { id: "polynomial-direct", label: "polynomial-direct (trained here)", provider: "local", kinds: ["polynomial"], variants: ["direct"] },
    ]);
  });

  it("adds OpenAI and a compatible server when configured, without ever listing a key", () => {
    const entries = listModels(hosted);
    expect(entries.map((entry) => [entry.id, entry.provider])).toEqual([
      ["addition-scratchpad", "local"],
      ["polynomial-direct", "local"],
      ["openai:gpt-4o-mini", "openai"],
      ["compatible:qwen2.5-7b", "compatible"],
    ]);
    expect(entries[3]?.label).toBe("qwen2.5-7b at 127.0.0.1:8000");
    expect(JSON.stringify(entries)).not.toMatch(/secret/);
  });

  it.each(["nope", "addition-direct", "broken", ".checkpoints", "../addition-scratchpad", "openai:gpt-4o-mini", ""])(
    "rejects %j with a NoSuchModelError",
    (id) => {
      const error = (() => {
        try {
          languageModel(id, local);
        } catch (thrown) {
          return thrown;
        }
      })();
      expect(NoSuchModelError.isInstance(error)).toBe(true);
      expect(() => findModel(id, local)).toThrow(`no model "${id}" is available`);
    },
  );

  it("makes models for every source without loading or calling anything", () => {
    expect(languageModel("addition-scratchpad", hosted)).toMatchObject({ provider: "local", modelId: "addition-scratchpad", specificationVersion: "v3" });
    expect(languageModel("openai:gpt-4o-mini", hosted)).toMatchObject({ provider: "openai.responses", modelId: "gpt-4o-mini" });
    expect(languageModel("compatible:qwen2.5-7b", hosted)).toMatchObject({ provider: "openai.chat", modelId: "qwen2.5-7b" });
  });
});

describe("ai config", () => {
  it("treats empty variables as unset and has defaults", () => {
    expect(aiConfig({ OPENAI_API_KEY: "", OPENAI_MODEL: " ", OPENAI_BASE_URL: "", MODEL_TIMEOUT_SECONDS: "" })).toEqual({
      OPENAI_API_KEY: undefined,
      OPENAI_MODEL: "gpt-4o-mini",
      OPENAI_BASE_URL: undefined,
      OPENAI_COMPATIBLE_MODEL: undefined,
      OPENAI_COMPATIBLE_API_KEY: undefined,
      LOCAL_MODELS_DIR: "models",
      MODEL_TIMEOUT_SECONDS: 60,
      MODEL_CALLS_PER_MINUTE: 30,
    });
    expect(aiConfig({ MODEL_TIMEOUT_SECONDS: "5", MODEL_CALLS_PER_MINUTE: "2" })).toMatchObject({ MODEL_TIMEOUT_SECONDS: 5, MODEL_CALLS_PER_MINUTE: 2 });
  });

  it("names a bad variable", () => {
    expect(() => aiConfig({ OPENAI_BASE_URL: "localhost:8000" })).toThrow(/OPENAI_BASE_URL/);
    expect(() => aiConfig({ MODEL_TIMEOUT_SECONDS: "soon" })).toThrow(/MODEL_TIMEOUT_SECONDS/);
    expect(() => aiConfig({ MODEL_CALLS_PER_MINUTE: "0" })).toThrow(/MODEL_CALLS_PER_MINUTE/);
  });
});

describe("createSolver", () => {
  it("takes a local model's task and variant from its card, and the input in canonical form", () => {
    const solver = createSolver({ modelId: "addition-scratchpad" }, local);
    expect([solver.kind, solver.variant]).toEqual(["addition", "scratchpad"]);
    expect(solver.call(" 29+57 ")).toMatchObject({ input: "2 9 + 5 7", prompt: "2 9 + 5 7" });
    expect(solver.call("2 9 + 5 7")).not.toHaveProperty("temperature");
  });

  it("needs the task and variant for a hosted model, and gives it worked examples at temperature 0", () => {
    expect(() => createSolver({ modelId: "openai:gpt-4o-mini" }, hosted)).toThrow(SolveRequestError);
    const solver = createSolver({ modelId: "openai:gpt-4o-mini", kind: "polynomial", variant: "direct" }, hosted);
    const call = solver.call("Evaluate 3*x**2 - 5*x + 7 at x = 4");
    expect(call.prompt.endsWith("Problem: Evaluate 3*x**2 - 5*x + 7 at x = 4\nSolution:")).toBe(true);
    expect(call.temperature).toBe(0);
  });

  it.each([
    [{ modelId: "addition-scratchpad", kind: "polynomial" }, "kind"],
    [{ modelId: "addition-scratchpad", variant: "direct" }, "variant"],
    [{ modelId: "openai:gpt-4o-mini", kind: "python", variant: "direct" }, "kind"],
  ])("refuses %j (%s)", (choice, field) => {
    expect(() => createSolver(choice, hosted)).toThrow(expect.objectContaining({ field }));
  });

  it("refuses a malformed input", () => {
    const solver = createSolver({ modelId: "addition-scratchpad" }, local);
    expect(() => solver.call("2 + x")).toThrow(expect.objectContaining({ field: "input" }));
  });
});
