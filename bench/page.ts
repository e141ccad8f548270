// Page budgets: `npm run bench:page`. The practice page of the production build, opened in
// Debian's Chromium on localhost: the JavaScript it loads (gzipped, as served) and the time
// to its load event, over several fresh loads. Budgets: JS ≤ 150 KB gzipped, load ≤ 1 s.
// Results: bench/results/page.{json,md}. Runs the end-to-end tests' build in .next-e2e (built
// if missing), never the .next of a running `npm start`.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { buildSeparately, TEST_DIST_DIR } from "../scripts/separate-build.mjs";

const root = resolve(import.meta.dirname, "..");
const PORT = 3500;
const LOADS = 7;
const BUDGET = { jsKiB: 150, loadMs: 1000 };
const base = `http://127.0.0.1:${PORT}`;
const databaseUrl = "file:./data/bench-page.db";
const next = join(root, "node_modules/next/dist/bin/next");

for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(join(root, `data/bench-page.db${suffix}`), { force: true });
const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: TEST_DIST_DIR };
if (spawnSync(process.execPath, ["scripts/setup.mjs"], { cwd: root, env, stdio: "inherit" }).status !== 0) process.exit(1);
if (buildSeparately({ root, env, onlyIfMissing: true }) !== 0) process.exit(1);
const server = spawn(process.execPath, [next, "start", "-p", String(PORT), "-H", "127.0.0.1"], { cwd: root, env: { ...env, NODE_ENV: "production" }, stdio: "ignore" });

try {
  for (let i = 0; i < 120 && !(await fetch(`${base}/sign-in`).then((r) => r.ok, () => false)); i += 1) await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const context = await browser.newContext();
  const setup = await context.newPage();
  await setup.goto(`${base}/`);
  await setup.getByLabel("First number").fill("4758");
  await setup.getByLabel("Second number").fill("3694");
  await setup.getByRole("button", { name: "Start with these numbers" }).click();
  await setup.waitForURL(/\/practice\//);
  const url = setup.url();
  await setup.close();

  const files: Array<{ file: string; gzipKiB: number }> = [];
  const loads: Array<{ jsBytes: number; jsGzipBytes: number; scripts: number; loadMs: number; domContentLoadedMs: number }> = [];
  for (let i = 0; i < LOADS; i += 1) {
    // A fresh page with an empty cache each time: a first load, as a new student's.
    const page = await context.newPage();
    const scripts: Array<Promise<Buffer>> = [];
    const names: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      names.push(new URL(response.url()).pathname);
      scripts.push(response.body());
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.goto(url, { waitUntil: "load" });
    await page.getByRole("textbox", { name: "Next line" }).waitFor();
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      return { loadMs: nav ? nav.loadEventEnd - nav.startTime : NaN, domContentLoadedMs: nav ? nav.domContentLoadedEventEnd - nav.startTime : NaN };
    });
    const bodies = await Promise.all(scripts);
    if (i === 0) files.push(...bodies.map((body, n) => ({ file: names[n] ?? "?", gzipKiB: Number((gzipSync(body, { level: 9 }).length / 1024).toFixed(1)) })));
    loads.push({
      jsBytes: bodies.reduce((sum, body) => sum + body.length, 0),
      jsGzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
      scripts: bodies.length,
      ...timing,
    });
    await page.close();
  }
  await browser.close();

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?" },
    page: "/practice/[sessionId] (a 4-digit sum), production build, localhost, cache disabled",
    loads: LOADS,
    scripts: loads[0]?.scripts ?? 0,
    jsKiB: Number((median(loads.map((l) => l.jsBytes)) / 1024).toFixed(1)),
    jsGzipKiB: Number((median(loads.map((l) => l.jsGzipBytes)) / 1024).toFixed(1)),
    loadMsMedian: Number(median(loads.map((l) => l.loadMs)).toFixed(0)),
    loadMsMax: Number(Math.max(...loads.map((l) => l.loadMs)).toFixed(0)),
    domContentLoadedMsMedian: Number(median(loads.map((l) => l.domContentLoadedMs)).toFixed(0)),
    budget: BUDGET,
    files: files.sort((a, b) => b.gzipKiB - a.gzipKiB),
  };
  const met = { js: report.jsGzipKiB <= BUDGET.jsKiB, load: report.loadMsMedian <= BUDGET.loadMs };
  const md = [
    "# Practice page budgets",
    "",
    `${report.date}, ${report.machine.cpus} × ${report.machine.model}; ${report.page}; median of ${LOADS} loads.`,
    "",
    "| measure | value | budget | met |",
    "| --- | --- | --- | --- |",
    `| JavaScript, gzipped (${report.scripts} files) | ${report.jsGzipKiB} KiB (${report.jsKiB} KiB raw) | ≤ ${BUDGET.jsKiB} KiB | ${met.js ? "yes" : "no"} |`,
    `| largest files | ${report.files.slice(0, 4).map((f) => `${f.file.split("/").pop()} ${f.gzipKiB} KiB`).join(", ")} | | |`,
    `| load event | ${report.loadMsMedian} ms (max ${report.loadMsMax} ms; DOMContentLoaded ${report.domContentLoadedMsMedian} ms) | ≤ ${BUDGET.loadMs} ms | ${met.load ? "yes" : "no"} |`,
    "",
  ].join("\n");
  mkdirSync(join(root, "bench/results"), { recursive: true });
  writeFileSync(join(root, "bench/results/page.json"), `${JSON.stringify({ ...report, met }, null, 2)}\n`);
  writeFileSync(join(root, "bench/results/page.md"), md);
  console.log(md);
} finally {
  server.kill("SIGTERM");
}
