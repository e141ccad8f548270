// Serving benchmark of our local models: `npm run bench:serving [-- --model ID --models DIR]`.
//
// Requests go through streamText with the local provider, as the app sends them. Per
// request: time to first token (from the call to the first text delta) and tokens/s (its
// output tokens over its whole duration). Scenarios: the cold first request (loads the
// session), each fixed prompt alone, then 4 requests at once. The machine is shared, so
// this process's CPU time per token is reported beside the wall-clock numbers, and the
// event loop's delay shows whether decoding ever held it up.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { streamText } from "ai";
import { aiConfig } from "../lib/ai/config";
import { localModels } from "../lib/ai/local/models";
import { loadModel } from "../lib/ai/local/onnx-model";
import { createLocalProvider } from "../lib/ai/local/provider";

const TARGET_TTFT_MS = 50;
const TARGET_TOKENS_PER_S = 500;
const ROUNDS = 3;
const AT_ONCE = 4;

/** Fixed inputs per task, from short to out-of-distribution long. */
const PROMPTS: Record<string, string[]> = {
  addition: ["2 9 + 5 7", "3 2 + 3 4 8 0", "8 1 6 4 0 2 + 9 5 3 7 7", "4 7 1 2 9 3 6 8 + 5 2 8 8 1 0 7 3", "3 7 2 0 2 8 4 4 6 6 + 3 0 3 8 3 6 0 3 2 1"],
  polynomial: ["Evaluate 3*x**2 - 5*x + 7 at x = 4", "Evaluate -x**3 + 2*x at x = -3", "Evaluate 9*x**2 at x = 10", "Evaluate -7*x**3 + 4*x**2 - 10 at x = 2"],
};

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

interface Measured {
  prompt: string;
  ttftMs: number;
  tokens: number;
  ms: number;
  tokensPerS: number;
  finish: string;
}

async function request(model: LanguageModelV3, prompt: string): Promise<Measured> {
  const t0 = performance.now();
  let first: number | undefined;
  let tokens = 0;
  const result = streamText({ model, prompt });
  for await (const part of result.fullStream) {
    if (part.type !== "text-delta") continue;
    first ??= performance.now();
    tokens += 1;
  }
  const ms = performance.now() - t0;
  const finish = await result.finishReason;
  return { prompt, ttftMs: round((first ?? t0 + ms) - t0), tokens, ms: round(ms), tokensPerS: Math.round(tokens / (ms / 1000)), finish };
}

/** Wall time per request, CPU time of this process and the event loop's delays while `work` runs. */
async function scenario(work: () => Promise<Measured[]>) {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const cpu0 = process.cpuUsage();
  loop.enable();
  const requests = await work();
  loop.disable();
  const cpu = process.cpuUsage(cpu0);
  const tokens = requests.reduce((sum, r) => sum + r.tokens, 0);
  return {
    requests,
    ttftMs: stats(requests.map((r) => r.ttftMs)),
    tokensPerS: stats(requests.map((r) => r.tokensPerS)),
    tokensPerCpuSecond: Math.round(tokens / ((cpu.user + cpu.system) / 1e6)),
    eventLoopDelayMs: { p99: round(loop.percentile(99) / 1e6), max: round(loop.max / 1e6) },
  };
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return { n: values.length, min: sorted[0] ?? NaN, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

const round = (value: number) => Math.round(value * 10) / 10;

async function measure(modelsDir: string, id: string) {
  const info = localModels(modelsDir).find((model) => model.id === id && model.ready);
  if (!info) throw new Error(`no model ${id} in ${modelsDir}; train it (npm run train) or pass --models DIR --model ID`);
  const prompts = PROMPTS[info.kind] ?? [];
  const model = createLocalProvider({ modelsDir }).languageModel(id);
  const load = loadavg()[0] ?? 0;

  const cold = await request(model, prompts[0] ?? "");
  const single = await scenario(async () => {
    const out: Measured[] = [];
    for (let round = 0; round < ROUNDS; round += 1) for (const prompt of prompts) out.push(await request(model, prompt));
    return out;
  });
  const atOnce = await scenario(async () => {
    const out: Measured[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (let i = 0; i < prompts.length; i += AT_ONCE) {
        const group = Array.from({ length: AT_ONCE }, (_, k) => prompts[(i + k) % prompts.length] ?? "");
        out.push(...(await Promise.all(group.map((prompt) => request(model, prompt)))));
      }
    }
    return out;
  });
  const meets = (s: typeof single) => s.ttftMs.p95 <= TARGET_TTFT_MS && s.tokensPerS.median >= TARGET_TOKENS_PER_S;

  const { layers, heads, maxLen, card } = await loadModel(info.dir);
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    machine: { cpu: cpu[0]?.model.trim() ?? "unknown", cores: cpu.length, memoryGiB: Math.round(totalmem() / 2 ** 30), loadAverageAtStart: round(load) },
    node: process.version,
    runtime: "onnxruntime-node 1.30.0, CPU, 1 intra-op thread, one session shared by all requests, concurrent requests batched per step",
    model: { id, layers, heads, dModel: card.model.d_model, maxLen },
    coldFirstRequest: cold,
    single,
    atOnce: { concurrency: AT_ONCE, ...atOnce },
    targets: { ttftMs: TARGET_TTFT_MS, tokensPerS: TARGET_TOKENS_PER_S, singleMet: meets(single), atOnceMet: meets(atOnce) },
  };
}

function markdown(r: Awaited<ReturnType<typeof measure>>): string {
  const row = (name: string, s: typeof r.single) =>
    `| ${name} | ${s.ttftMs.n} | ${s.ttftMs.median} | ${s.ttftMs.p95} | ${s.tokensPerS.median} | ${s.tokensPerS.min} | ${s.tokensPerCpuSecond} | ${s.eventLoopDelayMs.p99} / ${s.eventLoopDelayMs.max} |`;
  const met = (ok: boolean) => (ok ? "met" : "NOT met");
  const { model: m, machine, coldFirstRequest: cold } = r;
  return `# Serving benchmark: our models through streamText

${r.date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, load average ${machine.loadAverageAtStart} at start · Node ${r.node} · ${r.runtime}

Model \`${m.id}\`: ${m.layers} layers, ${m.heads} heads, d=${m.dModel}. ${r.single.ttftMs.n / ROUNDS} fixed prompts, ${ROUNDS} rounds, greedy until <eos> or the answer line.

| scenario | requests | first token, median (ms) | first token, p95 (ms) | tokens/s per request, median | tokens/s, slowest request | tokens per CPU-second | event-loop delay p99 / max (ms) |
| --- | --- | --- | --- | --- | --- | --- | --- |
${row("one at a time", r.single)}
${row(`${r.atOnce.concurrency} at once`, r.atOnce)}

Cold first request (loads the ONNX session): first token after ${cold.ttftMs} ms, ${cold.tokens} tokens in ${cold.ms} ms.

Targets (first token p95 ≤ ${r.targets.ttftMs} ms, median ≥ ${r.targets.tokensPerS} tokens/s per request): one at a time ${met(r.targets.singleMet)}; ${r.atOnce.concurrency} at once ${met(r.targets.atOnceMet)}.

Requests at once to a model that allows it (card.model.batchable: positions=relative) are decoded together, one onnxruntime call per step for all of them (lib/ai/local/step-batch.ts), each prompt first on its own; other models take turns step by step. "Tokens per CPU-second" counts this process's CPU time only, so it does not depend on other load on the machine; wall-clock numbers do.
`;
}

async function main(): Promise<void> {
  const modelsDir = resolve(option("models") ?? aiConfig().LOCAL_MODELS_DIR);
  const result = await measure(modelsDir, option("model") ?? "addition-scratchpad");
  const dir = join(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "serving.json"), `${JSON.stringify(result, null, 1)}\n`);
  writeFileSync(join(dir, "serving.md"), markdown(result));
  process.stdout.write(markdown(result));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:serving: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
