// The production build the end-to-end tests and the benchmarks run against, in a folder of its
// own (next.config.ts reads NEXT_DIST_DIR): `npm test` next to a running `npm start` must not
// rebuild the `.next` that server is reading, or every page's scripts answer 500.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Shared by the end-to-end tests and the load and page benchmarks: one build serves all three. */
export const TEST_DIST_DIR = ".next-e2e";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/**
 * `next build` into `distDir` under `env`; with `onlyIfMissing`, a finished build already there
 * is used as it is. Returns the build's exit status (0 when nothing had to be built).
 */
export function buildSeparately({ root, env, distDir = TEST_DIST_DIR, onlyIfMissing = false }) {
  const release = lock(path.join(root, `${distDir}.lock`), distDir);
  try {
    if (onlyIfMissing && existsSync(path.join(root, distDir, "BUILD_ID"))) return 0;
    try {
      const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env: { ...env, NEXT_DIST_DIR: distDir }, stdio: "inherit" });
      return result.status ?? 1;
    } finally {
      pointTypesBackAtDotNext(root, distDir);
    }
  } finally {
    release();
  }
}

/**
 * A build points next-env.d.ts at its own folder's route types; tsc and editors read .next's
 * (tsconfig.json), and both folders' at once clash. Rewritten rather than restored, so that a
 * build killed before this ran is mended by the next one.
 */
function pointTypesBackAtDotNext(root, distDir) {
  const declarations = path.join(root, "next-env.d.ts");
  if (!existsSync(declarations)) return;
  const text = readFileSync(declarations, "utf8");
  const mended = text.replaceAll(`"./${distDir}/`, `"./.next/`);
  if (mended !== text) writeFileSync(declarations, mended);
}

/**
 * One build into a folder at a time (`npm run test:e2e` and `npm run bench:load` started
 * together would otherwise build into the same folder at once): a lock folder holding the
 * builder's pid, taken over when that process is gone.
 */
function lock(folder, distDir) {
  const pidFile = path.join(folder, "pid");
  let waiting = false;
  for (;;) {
    try {
      mkdirSync(folder);
      writeFileSync(pidFile, String(process.pid));
      return () => rmSync(folder, { recursive: true, force: true });
    } catch (error) {
      if (error?.code !== "EEXIST") throw error;
    }
    const holder = Number(existsSync(pidFile) ? readFileSync(pidFile, "utf8") : NaN);
    const abandoned = Number.isInteger(holder) ? !alive(holder) : Date.now() - mtimeOf(folder) > 10_000;
    if (abandoned) {
      rmSync(folder, { recursive: true, force: true });
      continue;
    }
    if (!waiting) console.log(`• Waiting for another build into ${distDir} (process ${holder || "starting"})…`);
    waiting = true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
}

function mtimeOf(folder) {
  try {
    return statSync(folder).mtimeMs;
  } catch {
    return 0;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error?.code === "EPERM";
  }
}
