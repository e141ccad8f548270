#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so it needs no build step.
import { register } from "tsx/esm/api";

register();
const { main, processIo } = await import("../lib/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), processIo());
