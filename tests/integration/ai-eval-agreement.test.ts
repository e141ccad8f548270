import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The README quotes bench/results/lab/*.json. A fresh sample on other seeds must agree with
// those numbers: each committed accuracy lies inside the new sample's 95% interval.
const committed = (file: string) => JSON.parse(readFileSync(`bench/results/lab/${file}.json`, "utf8")) as { accuracy: number };

function evaluate(model: string, split: string, n: number, seed: number) {
  const run = spawnSync(
    process.execPath,
    ["bin/scratchpad.mjs", "eval", "--model", model, "--split", split, "--n", String(n), "--seed", String(seed)],
    { encoding: "utf8", timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { model: string; split: string; n: number; accuracy: number; ci95: [number, number] };
}

describe("eval on the committed models agrees with the README's numbers", () => {
  it.each([
    ["addition-scratchpad", "test", 60, 101],
    ["addition-scratchpad", "ood", 100, 102],
    ["addition-direct", "test", 80, 103],
    ["polynomial-scratchpad", "test", 100, 104],
    ["polynomial-direct", "test", 100, 105],
  ] as const)("%s on %s", (model, split, n, seed) => {
    const fresh = evaluate(model, split, n, seed);
    expect(fresh).toMatchObject({ model, split, n });
    const quoted = committed(`${model}-${split}`).accuracy;
    expect(quoted).toBeGreaterThanOrEqual(fresh.ci95[0]);
    expect(quoted).toBeLessThanOrEqual(fresh.ci95[1]);
  }, 120_000);
});
