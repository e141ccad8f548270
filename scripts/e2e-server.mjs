#!/usr/bin/env node
// The app as end-to-end tests see it: a fresh SQLite database, migrated and seeded, and a
// production build served on the given port.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = process.argv[2] ?? "3100";
const file = `data/e2e-${port}.db`;
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${root}/${file}${suffix}`, { force: true });

const env = { ...process.env, DATABASE_URL: `file:./${file}`, NEXT_TELEMETRY_DISABLED: "1" };
const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
run(["scripts/setup.mjs"]);
if (process.env.E2E_SKIP_BUILD !== "1") run([next, "build"]);
const server = spawn(process.execPath, [next, "start", "-p", port, "-H", "127.0.0.1"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
