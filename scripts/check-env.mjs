#!/usr/bin/env node
// Checks every environment variable against lib/env-schema.ts (the one schema, in
// TypeScript, loaded through tsx without registering it for the whole process). Run by
// scripts/setup.mjs, so `npm start` stops before building, and by scripts/serve.mjs before
// the server starts; run alone, it exits 1 when something is wrong.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

/** The checked environment; on a bad value, one line per bad variable on stderr and exit 1. */
export async function environmentOrExit() {
  /** @type {typeof import("../lib/env-schema.ts")} */
  const { checkEnvironment } = await tsImport("../lib/env-schema.ts", import.meta.url);
  const checked = checkEnvironment(process.env);
  if (checked.ok) return checked.env;
  for (const line of checked.problems) console.error(line);
  process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await environmentOrExit();
