// Benchmark of the Python tracer on MBPP: `npm run bench:tracer [-- --data PATH --limit N --cold N]`.
//
// Every assert of the data file becomes a program: the task's code, its
// test_setup_code, `output = CALL` (the call of the task's function in the
// assert), then two lines that check the result inside the same interpreter:
// `expected = EXPECTED` (for `CALL == EXPECTED`) and `check = <the assert's
// condition with CALL replaced by output>`. The output is right when the final
// state has `output` and `check` is true: the assert holds for the very value
// the trace encoded (Python's ==, so 2.0 == 2 counts, as in the assert). How
// often the JSON of `output` is also identical to that of `expected` is
// reported too.
//
// Latency: warm = a pre-started child from a full, quiet pool runs the
// program; back-to-back = traces one after another without waiting, so most
// wait for a child to start; cold = spawning a child, loading Pyodide from
// the snapshot, then the trace.
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { ChildPool } from "../lib/python/pool";
import { SandboxChild, sandboxPaths } from "../lib/python/sandbox";
import { ensureSnapshot } from "../lib/python/snapshot";
import { failure } from "../lib/python/errors";
import { DEFAULT_STEP_LIMIT, DEFAULT_TIMEOUT_MS, MAX_TRACE_CHARS, type TraceResult } from "../lib/python/trace";

interface Task {
  task_id: number;
  code: string;
  test_setup_code: string;
  test_list: string[];
}

interface Case {
  taskId: number;
  assert: string;
  program: string;
  equality: boolean;
}

interface Outcome {
  kase: Case;
  result: TraceResult;
  ms?: number;
  right: boolean;
  identicalJson: boolean;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

// --- assert parsing (a scanner that knows Python strings and brackets) ---

/** Index of each character outside string literals, with its bracket depth. */
function* codeChars(text: string): Generator<{ index: number; depth: number }> {
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      const quote = text.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      i += quote.length;
      while (i < text.length && !text.startsWith(quote, i)) i += text[i] === "\\" ? 2 : 1;
      i += quote.length;
      continue;
    }
    if ("([{".includes(ch)) depth += 1;
    if (")]}".includes(ch)) depth -= 1;
    yield { index: i, depth: ")]}".includes(ch) ? depth + 1 : depth };
    i += 1;
  }
}

function topLevelIndex(text: string, token: string): number {
  for (const { index, depth } of codeChars(text)) {
    if (depth === 0 && text.startsWith(token, index)) return index;
  }
  return -1;
}

function stripParens(text: string): string {
  let inner = text.trim();
  while (inner.startsWith("(") && inner.endsWith(")") && topLevelIndex(inner.slice(1, -1), ")") < 0) {
    inner = inner.slice(1, -1).trim();
  }
  return inner;
}

function definedNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/^\s*(?:def|class)\s+(\w+)|^(\w+)\s*=\s*lambda\b/gm)) {
    names.add((match[1] ?? match[2])!);
  }
  return names;
}

/** The first call of a name the task defines: its full text `NAME(...)`. */
function findCall(condition: string, names: Set<string>): string | undefined {
  for (const { index } of codeChars(condition)) {
    const name = /^\w+/.exec(condition.slice(index))?.[0];
    if (!name || !names.has(name) || /\w/.test(condition[index - 1] ?? "")) continue;
    const open = index + name.length + (/^\s*/.exec(condition.slice(index + name.length))?.[0].length ?? 0);
    if (condition[open] !== "(") continue;
    for (const char of codeChars(condition.slice(open))) {
      if (char.depth === 1 && condition[open + char.index] === ")") return condition.slice(index, open + char.index + 1);
    }
  }
  return undefined;
}

function toCase(task: Task, assert: string): Case | undefined {
  const body = /^\s*assert\s+([\s\S]*)$/.exec(assert)?.[1];
  if (!body) return undefined;
  const comma = topLevelIndex(body, ",");
  const condition = (comma >= 0 ? body.slice(0, comma) : body).trim();
  const call = findCall(condition, definedNames(task.code));
  if (!call) return undefined;
  const equals = topLevelIndex(condition, "==");
  const equality = equals >= 0 && stripParens(condition.slice(0, equals)) === call;
  const lines = [task.code, task.test_setup_code, `output = ${call}`];
  if (equality) lines.push(`expected = ${condition.slice(equals + 2).trim()}`);
  lines.push(`check = bool(${condition.replace(call, "output")})`);
  return { taskId: task.task_id, assert, program: lines.join("\n"), equality };
}

// --- reading the final state ---

/** Raw JSON text of each top-level member of the trace's final `state:` object. */
function finalState(trace: string): Map<string, string> | undefined {
  const last = trace.slice(trace.lastIndexOf("\n") + 1);
  if (!last.startsWith("state: {")) return undefined;
  const object = last.slice("state: ".length);
  const members = new Map<string, string>();
  let start = 1;
  const cut = (end: number) => {
    const member = object.slice(start, end);
    const colon = topLevelIndex(member, ": ");
    if (colon >= 0) members.set(JSON.parse(member.slice(0, colon)) as string, member.slice(colon + 2));
    start = end + 2;
  };
  for (const { index, depth } of codeChars(object)) {
    if (depth === 1 && object.startsWith(", ", index)) cut(index);
  }
  cut(object.length - 1);
  return members;
}

function judge(kase: Case, result: TraceResult): { right: boolean; identicalJson: boolean } {
  const state = result.error ? undefined : finalState(result.trace);
  if (!state?.has("output")) return { right: false, identicalJson: false };
  return {
    right: state.get("check") === "true",
    identicalJson: kase.equality && state.get("output") === state.get("expected"),
  };
}

// --- statistics and report ---

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(values: number[]) {
  const round = (value: number) => Math.round(value * 10) / 10;
  return { n: values.length, median: round(percentile(values, 50)), p95: round(percentile(values, 95)), max: round(Math.max(...values)) };
}

const share = (count: number, total: number) => Math.round((count / total) * 10000) / 100;

async function runCase(child: SandboxChild, kase: Case): Promise<TraceResult> {
  return child.run({ program: kase.program, stepLimit: DEFAULT_STEP_LIMIT, maxChars: MAX_TRACE_CHARS, timeoutMs: DEFAULT_TIMEOUT_MS });
}

/** A child from the pool, timed from when it is handed over (what tracePython does). */
async function runPooled(pool: ChildPool, kase: Case): Promise<{ result: TraceResult; ms?: number }> {
  let child: SandboxChild;
  try {
    child = await pool.acquire();
  } catch (error) {
    return { result: failure("sandbox", (error as Error).message) };
  }
  const t0 = performance.now();
  const result = await runCase(child, kase);
  return { result, ms: performance.now() - t0 };
}

async function main(): Promise<void> {
  const dataPath = resolve(option("data") ?? join("..", "shared", "data", "mbpp", "mbpp-dev.jsonl"));
  const limit = Number(option("limit") ?? Infinity);
  const coldSamples = Number(option("cold") ?? 20);
  const tasks = readFileSync(dataPath, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Task);

  const asserts = tasks.flatMap((task) => task.test_list.map((assert) => ({ task, assert }))).slice(0, limit);
  const cases: Case[] = [];
  const unparsed: string[] = [];
  for (const { task, assert } of asserts) {
    const kase = toCase(task, assert);
    if (kase) cases.push(kase);
    else unparsed.push(assert);
  }
  console.log(`${asserts.length} asserts from ${dataPath}: ${cases.length} programs, ${unparsed.length} unparsed`);

  const loadBefore = loadavg()[0]!;
  const snapshot = await ensureSnapshot();
  const pool = new ChildPool(2, ensureSnapshot);
  const outcomes: Outcome[] = [];
  const started = performance.now();
  for (const kase of cases) {
    await pool.whenFull();
    const { result, ms } = await runPooled(pool, kase);
    outcomes.push({ kase, result, ms, ...judge(kase, result) });
    if (outcomes.length % 50 === 0 || outcomes.length === cases.length) {
      const right = outcomes.filter((o) => o.right).length;
      const elapsed = ((performance.now() - started) / 1000).toFixed(0);
      console.log(`[${outcomes.length}/${cases.length}] right ${right} (${share(right, outcomes.length)}%), ${elapsed} s`);
    }
  }

  // Back-to-back: what a caller sees when traces arrive faster than children start.
  const backToBack: number[] = [];
  const burstStart = performance.now();
  for (const kase of cases.slice(0, 100)) {
    const t0 = performance.now();
    await runPooled(pool, kase);
    backToBack.push(performance.now() - t0);
  }
  const throughput = backToBack.length / ((performance.now() - burstStart) / 1000);
  await pool.shutdown();

  // Cold: a fresh child per trace, one at a time, nothing else running.
  const cold: number[] = [];
  const step = Math.max(1, Math.floor(cases.length / Math.max(1, coldSamples)));
  for (let i = 0; i < cases.length && cold.length < coldSamples; i += step) {
    const t0 = performance.now();
    await runCase(new SandboxChild(snapshot), cases[i]!);
    cold.push(performance.now() - t0);
  }
  const coldNoSnapshot: number[] = [];
  for (let i = 0; i < Math.min(3, coldSamples, cases.length); i += 1) {
    const t0 = performance.now();
    await runCase(new SandboxChild(undefined), cases[i]!);
    coldNoSnapshot.push(performance.now() - t0);
  }

  const traced = outcomes.filter((o) => o.result.error === null).length;
  const right = outcomes.filter((o) => o.right).length;
  const equality = outcomes.filter((o) => o.kase.equality).length;
  const identical = outcomes.filter((o) => o.identicalJson).length;
  const errorKinds: Record<string, number> = {};
  for (const { result } of outcomes) if (result.error) errorKinds[result.error.kind] = (errorKinds[result.error.kind] ?? 0) + 1;
  const warm = summary(outcomes.flatMap((o) => (o.ms === undefined ? [] : [o.ms])));
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      // Other work on the machine slows everything here; this is how busy it was.
      loadAverage1m: { start: Math.round(loadBefore * 100) / 100, end: Math.round(loadavg()[0]! * 100) / 100 },
      node: process.version,
      pyodide: (JSON.parse(readFileSync(join(sandboxPaths().pyodideDir, "package.json"), "utf8")) as { version: string }).version,
    },
    data: dataPath,
    asserts: asserts.length,
    unparsed: unparsed.length,
    programs: cases.length,
    tracedWithoutError: { count: traced, sharePercent: share(traced, asserts.length) },
    rightOutput: { count: right, sharePercent: share(right, asserts.length) },
    identicalJsonOfEqualityAsserts: { count: identical, of: equality, sharePercent: share(identical, equality) },
    errorKinds,
    latencyMs: {
      warm,
      backToBack: summary(backToBack),
      cold: summary(cold),
      coldWithoutSnapshot: summary(coldNoSnapshot),
      backToBackThroughputPerSecond: Math.round(throughput * 10) / 10,
    },
    targets: {
      rightOutputAtLeast98Percent: share(right, asserts.length) >= 98,
      warmMedianAtMost20Ms: warm.median <= 20,
    },
    slowestWarm: [...outcomes]
      .sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0))
      .slice(0, 10)
      .map((o) => ({ taskId: o.kase.taskId, ms: Math.round(o.ms ?? 0), steps: o.result.steps, traceChars: o.result.trace.length })),
    unparsedAsserts: unparsed,
    wrong: outcomes
      .filter((o) => !o.right)
      .map((o) => ({
        taskId: o.kase.taskId,
        assert: o.kase.assert,
        error: o.result.error,
        output: finalState(o.result.trace)?.get("output")?.slice(0, 300),
        expected: finalState(o.result.trace)?.get("expected")?.slice(0, 300),
      })),
  };
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/tracer.json", `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync("bench/results/tracer.md", markdown(report));
  console.log(markdown(report));
}

function markdown(r: {
  date: string;
  machine: { cpu: string; cores: number; memoryGiB: number; node: string; pyodide: string; loadAverage1m: { start: number; end: number } };
  asserts: number;
  unparsed: number;
  tracedWithoutError: { count: number; sharePercent: number };
  rightOutput: { count: number; sharePercent: number };
  identicalJsonOfEqualityAsserts: { count: number; of: number; sharePercent: number };
  errorKinds: Record<string, number>;
  latencyMs: Record<string, unknown>;
  targets: Record<string, boolean>;
  wrong: Array<{ taskId: number; assert: string; error: TraceResult["error"] }>;
}): string {
  const l = r.latencyMs as Record<string, { n: number; median: number; p95: number }> & { backToBackThroughputPerSecond: number };
  const row = (name: string, s: { n: number; median: number; p95: number }) => `| ${name} | ${s.n} | ${s.median} | ${s.p95} |`;
  return [
    "# Python tracer benchmark (MBPP)",
    "",
    `${r.date} · ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB · Node ${r.machine.node} · Pyodide ${r.machine.pyodide} · load average ${r.machine.loadAverage1m.start} at start, ${r.machine.loadAverage1m.end} at end`,
    "",
    `- Asserts: ${r.asserts} (unparsed: ${r.unparsed})`,
    `- Traced without error: ${r.tracedWithoutError.count} (${r.tracedWithoutError.sharePercent}%)`,
    `- Right output: ${r.rightOutput.count} (${r.rightOutput.sharePercent}%) — target ≥ 98%: ${r.targets.rightOutputAtLeast98Percent ? "met" : "NOT met"}`,
    `- Of the ${r.identicalJsonOfEqualityAsserts.of} \`CALL == EXPECTED\` asserts, the JSON of output and expected is identical for ${r.identicalJsonOfEqualityAsserts.count} (${r.identicalJsonOfEqualityAsserts.sharePercent}%; the rest differ like 2.0 vs 2, where Python's == holds)`,
    `- Errors by kind: ${JSON.stringify(r.errorKinds)}`,
    "",
    "| latency (ms) | n | median | p95 |",
    "| --- | --- | --- | --- |",
    row("warm (pre-started child, quiet pool)", l.warm!),
    row("back-to-back (incl. waiting for a child to start)", l.backToBack!),
    row("cold (start from snapshot + trace)", l.cold!),
    row("cold without snapshot", l.coldWithoutSnapshot!),
    "",
    `Warm median ≤ 20 ms: ${r.targets.warmMedianAtMost20Ms ? "met" : "NOT met"}. Back-to-back throughput with a pool of 2: ${l.backToBackThroughputPerSecond} traces/s (each child serves one program, then a new one starts).`,
    "",
    "Wrong or failed (a step-limit ending is the format's 1,000-step rule applied, not a tracer error):",
    "",
    ...r.wrong.map((w) => `- task ${w.taskId}: \`${w.assert.trim().slice(0, 120)}\` — ${w.error ? `${w.error.kind}: ${w.error.message.slice(0, 120)}` : "output differs"}`),
    "",
  ].join("\n");
}

await main();
