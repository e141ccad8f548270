#!/usr/bin/env node
// Runs the Prisma CLI fully offline: the JS schema engine (prisma.config.ts) needs no
// binaries, and these variables stop the CLI from trying to download the native ones.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { databaseUrl } from "./database-url.mjs";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("..", import.meta.url));

export function prismaEnv(extra = {}) {
  return {
    ...process.env,
    // The schema's datasource names DATABASE_URL, so it must be set even when defaulted.
    DATABASE_URL: databaseUrl(),
    PRISMA_QUERY_ENGINE_LIBRARY: require.resolve("prisma/package.json"),
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    PRISMA_DISABLE_WARNINGS: "1",
    CHECKPOINT_DISABLE: "1",
    ...extra,
  };
}

export function prisma(args, { env = {}, quiet = false } = {}) {
  const cli = require.resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env: prismaEnv(env),
    stdio: quiet ? "pipe" : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const detail = quiet ? `\n${result.stdout ?? ""}${result.stderr ?? ""}` : "";
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status})${detail}`);
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    prisma(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
