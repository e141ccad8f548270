// Our trained models served in TypeScript: the ONNX decoder must reproduce PyTorch's greedy
// tokens (the card's fixtures) exactly, through streamText with the local provider; abort
// must stop decoding; concurrent requests must interleave. Uses models/addition-scratchpad
// when it is there, otherwise trains a --tiny model (seconds; needs Debian's PyTorch, as the
// training tests do).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { streamText } from "ai";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { answerEnd, greedyDecode } from "@/lib/ai/local/decode";
import { localModels } from "@/lib/ai/local/models";
import { loadModel, type LoadedModel } from "@/lib/ai/local/onnx-model";
import { createLocalProvider } from "@/lib/ai/local/provider";
import { main } from "@/lib/cli/main";

const ROOT = join(import.meta.dirname, "..", "..");
const REAL = "addition-scratchpad";
const TIMEOUT = 240_000;

interface Fixture {
  prompt: string;
  prompt_ids: number[];
  max_new: number;
  ended_with_eos: boolean;
  output_ids: number[];
}

let modelsDir = join(ROOT, "models");
let id = REAL;
let scratch: string | undefined;
let loaded: LoadedModel;
let fixtures: Fixture[];

beforeAll(() => {
  if (!localModels(modelsDir).some((model) => model.id === REAL && model.ready)) {
    scratch = mkdtempSync(join(tmpdir(), "ai-local-"));
    const run = spawnSync("npm", ["run", "-s", "train", "--", "--task", "addition", "--variant", "scratchpad", "--tiny", "--out", scratch], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    [modelsDir, id] = [scratch, `${REAL}-tiny`];
  }
  fixtures = (JSON.parse(readFileSync(join(modelsDir, id, "card.json"), "utf8")) as { fixtures: Fixture[] }).fixtures;
}, TIMEOUT);
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** PyTorch's tokens as our decoder must give them: cut where it stops at a finished answer line. */
function expectedIds(fixture: Fixture): { ids: number[]; finish: "stop" | "length" } {
  const ends = answerEnd(loaded.tokenizer, loaded.card.variant);
  const cut = fixture.output_ids.findIndex((token) => ends(token));
  if (cut >= 0) return { ids: fixture.output_ids.slice(0, cut), finish: "stop" };
  return { ids: fixture.output_ids, finish: fixture.ended_with_eos ? "stop" : "length" };
}

const inputOf = (fixture: Fixture) => fixture.prompt.replace(/\n$/, "");
const longest = () => fixtures.reduce((a, b) => (b.output_ids.length > a.output_ids.length ? b : a));

describe("local models: ONNX decoding in TypeScript", () => {
  beforeAll(async () => {
    loaded = await loadModel(join(modelsDir, id));
  });

  test("the decoder gives the card's PyTorch tokens exactly, for every fixture", async () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      const prompt = loaded.tokenizer.encode(fixture.prompt);
      expect(prompt).toEqual(fixture.prompt_ids);
      const ids: number[] = [];
      for await (const token of greedyDecode(loaded, prompt, { maxTokens: fixture.max_new })) ids.push(token);
      expect(ids).toEqual(expectedIds(fixture).ids);
    }
  });

  test("streamText with the local provider streams the same text, one delta per token", async () => {
    const model = createLocalProvider({ modelsDir }).languageModel(id);
    for (const fixture of fixtures) {
      const { ids, finish } = expectedIds(fixture);
      const result = streamText({ model, prompt: inputOf(fixture), maxOutputTokens: fixture.max_new });
      const deltas: string[] = [];
      for await (const delta of result.textStream) deltas.push(delta);
      expect(deltas.join("")).toBe(loaded.tokenizer.decode(ids));
      expect(deltas).toHaveLength(ids.length);
      expect(await result.finishReason).toBe(finish);
      expect((await result.usage).outputTokens).toBe(ids.length);
      expect((await result.usage).inputTokens).toBe(fixture.prompt_ids.length);
    }
  });

  test("doStream's parts: stream-start, text-start, the deltas, text-end, finish", async () => {
    const model = createLocalProvider({ modelsDir }).languageModel(id);
    const fixture = fixtures[0] as Fixture;
    const { stream } = await model.doStream({ prompt: [{ role: "user", content: [{ type: "text", text: inputOf(fixture) }] }], maxOutputTokens: 5, temperature: 0.7 });
    const parts = [];
    const reader = stream.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) parts.push(read.value);
    expect(parts.map((part) => part.type)).toEqual(["stream-start", "text-start", ...Array(5).fill("text-delta"), "text-end", "finish"]);
    expect(parts[0]).toEqual({ type: "stream-start", warnings: [{ type: "unsupported", feature: "temperature", details: expect.any(String) }] });
    expect(parts.at(-1)).toMatchObject({ finishReason: { unified: "length", raw: "max-tokens" }, usage: { outputTokens: { total: 5 } } });
  });

  test("a prompt the model cannot read is refused before decoding", async () => {
    const model = createLocalProvider({ modelsDir }).languageModel(id);
    await expect(model.doGenerate({ prompt: [{ role: "user", content: [{ type: "text", text: "29 + 57" }] }] })).rejects.toThrow(/does not know "29", "57"/);
  });

  test("abort stops generation between tokens", async () => {
    const fixture = longest();
    const { ids } = expectedIds(fixture);
    expect(ids.length).toBeGreaterThan(20);
    const controller = new AbortController();
    const model = createLocalProvider({ modelsDir }).languageModel(id);
    const onAbort = vi.fn();
    // The provider shares this process's cached session, so its steps can be counted here.
    const steps = vi.spyOn(loaded.session, "run");
    const result = streamText({ model, prompt: inputOf(fixture), maxOutputTokens: fixture.max_new, abortSignal: controller.signal, onAbort });
    let deltas = 0;
    for await (const part of result.fullStream) {
      if (part.type === "text-delta" && ++deltas === 5) controller.abort();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ran = steps.mock.calls.length;
    steps.mockRestore();
    expect(deltas).toBeLessThan(8);
    expect(ran).toBeGreaterThanOrEqual(5);
    expect(ran).toBeLessThan(8);
    expect(onAbort).toHaveBeenCalledOnce();
  });

  test("four concurrent requests all complete, interleaved, each as if alone", async () => {
    const model = createLocalProvider({ modelsDir }).languageModel(id);
    const chosen = Array.from({ length: 4 }, (_, i) => fixtures[i % fixtures.length] as Fixture);
    const order: number[] = [];
    const steps = vi.spyOn(loaded.session, "run");
    const texts = await Promise.all(
      chosen.map(async (fixture, request) => {
        const result = streamText({ model, prompt: inputOf(fixture), maxOutputTokens: fixture.max_new });
        let text = "";
        for await (const delta of result.textStream) {
          order.push(request);
          text += delta;
        }
        return text;
      }),
    );
    const ran = steps.mock.calls.length;
    steps.mockRestore();
    expect(texts).toEqual(chosen.map((fixture) => loaded.tokenizer.decode(expectedIds(fixture).ids)));
    // One step decodes every request at once: about as many runs as the longest request
    // needs (plus each prompt's own run and a few steps while the others join), not the sum.
    const lengths = chosen.map((fixture) => expectedIds(fixture).ids.length);
    expect(loaded.card.model.batchable).toBe(true);
    expect(ran).toBeLessThanOrEqual(Math.max(...lengths) + chosen.length + 10);
    // Interleaved: every request had produced tokens before any one of them finished.
    const firstFinish = Math.min(...chosen.map((_, request) => order.lastIndexOf(request)));
    for (let request = 0; request < 4; request += 1) expect(order.indexOf(request)).toBeLessThan(firstFinish);
  });
});

describe("local models: requests that join a batch part-way", () => {
  test("a request started while another is decoding gets the same tokens as alone, and so does the other", async () => {
    const model = createLocalProvider({ modelsDir }).languageModel(id);
    const [long, short] = [longest(), fixtures.find((fixture) => fixture !== longest()) as Fixture];
    const read = async (fixture: Fixture, onDelta?: (count: number) => void) => {
      const result = streamText({ model, prompt: inputOf(fixture), maxOutputTokens: fixture.max_new });
      let text = "";
      let count = 0;
      for await (const delta of result.textStream) {
        text += delta;
        onDelta?.(++count);
      }
      return text;
    };
    let second: Promise<string> | undefined;
    const first = await read(long, (count) => {
      if (count === 30) second = read(short); // the long request's cache is 30 tokens ahead of the new one's
    });
    expect(first).toBe(loaded.tokenizer.decode(expectedIds(long).ids));
    expect(await second).toBe(loaded.tokenizer.decode(expectedIds(short).ids));
  });
});

describe("cli: solve and eval on a local model", () => {
  test("eval reports on a few test problems through the registry", async () => {
    vi.stubEnv("LOCAL_MODELS_DIR", modelsDir);
    const out: string[] = [];
    const code = await main(["eval", "--model", id, "--split", "test", "--n", "3", "--seed", "1"], {
      async *lines() {},
      out: async (text) => void out.push(text),
      err: () => {},
    });
    vi.unstubAllEnvs();
    expect(code).toBe(0);
    const report = JSON.parse(out.join("")) as Record<string, unknown>;
    expect(report).toMatchObject({ model: id, provider: "local", task: "addition", variant: "scratchpad", split: "test", n: 3 });
    expect(report).toHaveProperty("scratchpadExact");
    expect(report).toHaveProperty("firstWrongLine");
    expect(Object.values(report.byDigits as Record<string, { n: number }>).reduce((sum, group) => sum + group.n, 0)).toBe(3);
  }, TIMEOUT);
});
