// A vitest setup file (vitest.config.ts): every fc.assert of the test file runs from the seed
// FC_SEED names (tests/support/fast-check-seed.ts), unless the assert passes its own.
import fc from "fast-check";
import { readFcSeed } from "./fast-check-seed";

const seed = readFcSeed(process.env.FC_SEED);
fc.configureGlobal({ seed });
if (process.env.FC_SEED?.trim() === "random") console.info(`fast-check seed for this file: ${seed} (FC_SEED=${seed} replays it)`);
