#!/usr/bin/env node
// The app as end-to-end tests see it: a fresh SQLite database, migrated and seeded, and a
// production build served on the given port.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSeparately, TEST_DIST_DIR } from "./separate-build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const port = process.argv[2] ?? "3100";
const file = `data/e2e-${port}.db`;
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${root}/${file}${suffix}`, { force: true });

// A hosted model for the app to offer besides ours: our OpenAI-compatible server, so the
// @ai-sdk/openai path runs in the browser tests without internet.
const compatiblePort = String(Number(port) + 99);
const env = {
  ...process.env,
  DATABASE_URL: `file:./${file}`,
  NEXT_TELEMETRY_DISABLED: "1",
  // Built and served from a folder of its own, never the .next of a running `npm start`.
  NEXT_DIST_DIR: TEST_DIST_DIR,
  OPENAI_BASE_URL: `http://127.0.0.1:${compatiblePort}/v1`,
  OPENAI_COMPATIBLE_MODEL: "scratchpad-tutor",
  // A key the server holds while building and serving: e2e/security.spec.ts checks that no
  // file sent to browsers contains it.
  OPENAI_COMPATIBLE_API_KEY: "sk-e2e-server-only-key-7f3a9c",
};
const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(["scripts/setup.mjs"]);
// E2E_SKIP_BUILD=1 reuses the last end-to-end build (made if there is none).
const status = buildSeparately({ root, env, onlyIfMissing: process.env.E2E_SKIP_BUILD === "1" });
if (status !== 0) process.exit(status);
const hosted = spawn(process.execPath, ["--import", "tsx", "scripts/compatible-server.ts", "--port", compatiblePort], { cwd: root, env, stdio: "inherit" });
const server = spawn(process.execPath, ["scripts/serve.mjs", "--hostname", "127.0.0.1"], { cwd: root, env: { ...env, PORT: port }, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    hosted.kill(signal);
    server.kill(signal);
  });
}
server.on("exit", (code) => {
  hosted.kill("SIGTERM");
  process.exit(code ?? 0);
});
