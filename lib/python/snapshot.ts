// A Pyodide memory snapshot with the tracer modules already imported: a child
// starts from it in ≈ 0.5 s instead of ≈ 2–10 s. Built once, by a sandboxed
// child (the child cannot write files, so it streams the bytes to us), and
// cached on disk under a key of everything that shapes it.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { sandboxPaths, spawnSandboxed, killGroup } from "./sandbox";

const BUILD_TIMEOUT_MS = 120_000;
const MIN_SNAPSHOT_BYTES = 1024 * 1024;
const HARNESS_FILES = ["child.mjs", "encode.py", "tracer.py", "harden.py"];

function snapshotFile(): string {
  const { harnessDir, pyodideDir } = sandboxPaths();
  const version = (JSON.parse(readFileSync(join(pyodideDir, "package.json"), "utf8")) as { version: string }).version;
  const hash = createHash("sha256").update(process.version);
  for (const name of HARNESS_FILES) hash.update(name).update(readFileSync(join(harnessDir, name)));
  const name = `pyodide-${version}-${hash.digest("hex").slice(0, 16)}.snapshot`;
  for (const dir of [join(process.cwd(), "node_modules", ".cache", "scratchpad-python"), join(tmpdir(), "scratchpad-python")]) {
    try {
      mkdirSync(dir, { recursive: true });
      return join(dir, name);
    } catch {
      // not writable: try the next place
    }
  }
  throw new Error("no writable cache directory for the Pyodide snapshot");
}

function exists(file: string): boolean {
  try {
    return statSync(file).size >= MIN_SNAPSHOT_BYTES;
  } catch {
    return false;
  }
}

function build(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawnSandboxed("snapshot");
    const chunks: Buffer[] = [];
    let stderr = "";
    const timer = setTimeout(() => killGroup(proc), BUILD_TIMEOUT_MS);
    proc.stdin.end();
    proc.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    proc.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    proc.on("error", reject);
    proc.on("close", (code) => {
      clearTimeout(timer);
      const bytes = Buffer.concat(chunks);
      if (code !== 0 || bytes.length < MIN_SNAPSHOT_BYTES) {
        reject(new Error(`building the Pyodide snapshot failed (exit ${code}): ${stderr.trim()}`));
        return;
      }
      // Write-then-rename: concurrent builders never expose a partial file.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, bytes);
      renameSync(partial, file);
      removeStale(file);
      resolve();
    });
  });
}

// Snapshots of other harness versions are 30 MB each. Another process (an
// older server, a test run of a newer checkout) may still be using one, so
// only day-old ones go; ensureSnapshot rebuilds one that vanished anyway.
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

function removeStale(current: string): void {
  const dir = dirname(current);
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (!name.endsWith(".snapshot") || name === basename(current)) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs > STALE_AFTER_MS) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  }
}

let file: string | undefined;
let building: Promise<void> | undefined;
let failed = false;

/**
 * The snapshot file, built when missing (checked before every child start);
 * undefined when it cannot be built: children then start cold, slower but
 * the same.
 */
export async function ensureSnapshot(): Promise<string | undefined> {
  if (failed) return undefined;
  try {
    file ??= snapshotFile();
    const target = file;
    if (!exists(target)) {
      building ??= build(target).finally(() => (building = undefined));
      await building;
    }
    return target;
  } catch (error) {
    failed = true;
    process.emitWarning(`Python tracer runs without a snapshot: ${(error as Error).message}`);
    return undefined;
  }
}
