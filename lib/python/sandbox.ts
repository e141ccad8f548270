// One sandboxed child process (child.mjs) and the walls around it.
//
// The child runs untrusted Python, and Pyodide is not a sandbox (from Python,
// `js`/`pyodide_js` reach JavaScript, and from there Node). The walls are
// therefore the process's:
// - unshare --user --map-root-user --net --pid --fork --kill-child: no network
//   at all (an empty network namespace), no view of other processes, and no
//   privilege outside (root is mapped to the caller's unprivileged uid);
// - Node's permission model: reads only below the Pyodide package, this folder
//   and the snapshot file; no writes anywhere; no child processes, workers,
//   WASI, inspector or native addons;
// - --disallow-code-generation-from-strings: JavaScript reached from Python
//   cannot eval new code (pyodide.code.run_js, Function(...));
// - --wasm-max-mem-pages=4096 (256 MiB of wasm memory, where Python's heap
//   lives) and --max-old-space-size=256 (the JavaScript heap);
// - an empty environment (no secrets in process.env) and a wall-clock limit
//   enforced here with SIGKILL of the child's whole process group.
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import type { Socket } from "node:net";
import { delimiter, dirname, join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { failure, type TraceResult } from "./errors";
import { TraceReply } from "./reply";

const WASM_MEMORY_MIB = 256;
const START_TIMEOUT_MS = 60_000;
// Bounds what one child can make the server hold before its reply is read
// (TraceReply refuses a trace over the cap at the line that passes it; an
// honest reply is at most the cap plus JSON escaping).
const MAX_STDOUT_BYTES = 64 * 1024 * 1024;
const STDERR_TAIL_CHARS = 4096;

interface SandboxPaths {
  harnessDir: string;
  pyodideDir: string;
  childScript: string;
  unshare: string;
}

let paths: SandboxPaths | undefined;

// Resolved from the working directory rather than import.meta.url: bundlers
// (Next.js) move the compiled module away from the files the child needs.
export function sandboxPaths(): SandboxPaths {
  if (!paths) {
    const root = process.cwd();
    const harnessDir = join(root, "lib", "python");
    const pyodideDir = dirname(createRequire(join(root, "package.json")).resolve("pyodide/package.json"));
    paths = { harnessDir, pyodideDir, childScript: join(harnessDir, "child.mjs"), unshare: findUnshare() };
  }
  return paths;
}

function findUnshare(): string {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/bin", "/bin"];
  for (const dir of dirs) {
    const candidate = join(dir, "unshare");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next directory
    }
  }
  return "unshare";
}

function childCommand(mode: "serve" | "snapshot", snapshotFile?: string): { file: string; args: string[] } {
  const { unshare, pyodideDir, harnessDir, childScript } = sandboxPaths();
  const readable = [pyodideDir, harnessDir].map((dir) => `--allow-fs-read=${dir}/*`);
  if (snapshotFile) readable.push(`--allow-fs-read=${snapshotFile}`);
  const args = [
    "--user",
    "--map-root-user",
    "--net",
    "--pid",
    "--fork",
    "--kill-child",
    process.execPath,
    "--no-warnings",
    "--experimental-permission",
    ...readable,
    `--wasm-max-mem-pages=${(WASM_MEMORY_MIB * 1024 * 1024) / 65536}`,
    "--max-old-space-size=256",
    "--disallow-code-generation-from-strings",
    childScript,
    mode,
    pyodideDir,
    harnessDir,
    ...(snapshotFile ? [snapshotFile] : []),
  ];
  return { file: unshare, args };
}

type Proc = ChildProcessByStdio<Writable, Readable, Readable>;

export function spawnSandboxed(mode: "serve" | "snapshot", snapshotFile?: string): Proc {
  const { file, args } = childCommand(mode, snapshotFile);
  return spawn(file, args, {
    cwd: sandboxPaths().harnessDir,
    env: {} as NodeJS.ProcessEnv, // nothing of the server's environment (secrets) reaches the child
    // Its own process group, so a kill reaches unshare and everything below.
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
  });
}

export function killGroup(proc: Proc): void {
  if (proc.pid === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
  try {
    process.kill(-proc.pid, "SIGKILL");
  } catch {
    proc.kill("SIGKILL");
  }
}

export interface RunOptions {
  program: string;
  stepLimit: number;
  maxChars: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * A started child: `ready` settles once it has loaded and hardened Pyodide
 * (or failed to); `run` hands it its one program. Either way it then dies.
 */
export class SandboxChild {
  readonly ready: Promise<void>;
  /** Settles when the process is gone and its output read. */
  readonly exit: Promise<void>;
  private readonly proc: Proc;
  private readonly lines: string[] = [];
  private buffered = "";
  private bytes = 0;
  private stderrTail = "";
  private exited = false;
  private used = false;
  private resolveExit: () => void = () => {};
  private onLine: (() => void) | undefined;
  private onExit: (() => void) | undefined;

  constructor(snapshotFile?: string) {
    this.exit = new Promise((resolve) => (this.resolveExit = resolve));
    this.proc = spawnSandboxed("serve", snapshotFile);
    this.proc.stdout.setEncoding("utf8");
    this.proc.stdout.on("data", (chunk: string) => this.receive(chunk));
    this.proc.stderr.setEncoding("utf8");
    this.proc.stderr.on("data", (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });
    this.proc.stdin.on("error", () => {}); // EPIPE when the child is gone; exit handles it
    this.proc.on("error", (error) => {
      this.stderrTail += `\n${error.message}`;
      this.markExited();
    });
    this.proc.on("close", () => this.markExited());
    this.ready = this.waitReady();
    this.ready.catch(() => {}); // a pool may drop a child before anyone waits
  }

  /** Whether this child keeps the Node process alive (it does from the start). */
  hold(held: boolean): void {
    // The stdio pipes are sockets, and each keeps the event loop alive too.
    const pipes = [this.proc.stdin, this.proc.stdout, this.proc.stderr] as unknown as Socket[];
    if (held) {
      this.proc.ref();
      for (const pipe of pipes) pipe.ref();
    } else {
      this.proc.unref();
      for (const pipe of pipes) pipe.unref();
    }
  }

  get alive(): boolean {
    return !this.exited;
  }

  kill(): void {
    killGroup(this.proc);
  }

  private receive(chunk: string): void {
    this.bytes += Buffer.byteLength(chunk);
    if (this.bytes > MAX_STDOUT_BYTES) {
      this.kill();
      return;
    }
    this.buffered += chunk;
    let end: number;
    while ((end = this.buffered.indexOf("\n")) >= 0) {
      this.lines.push(this.buffered.slice(0, end));
      this.buffered = this.buffered.slice(end + 1);
    }
    this.onLine?.();
  }

  private markExited(): void {
    if (this.exited) return;
    this.exited = true;
    this.resolveExit();
    this.onExit?.();
  }

  private waitReady(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill();
        reject(new Error(`the Python sandbox did not start within ${START_TIMEOUT_MS / 1000} s`));
      }, START_TIMEOUT_MS);
      const settle = (error?: Error) => {
        clearTimeout(timer);
        this.onLine = this.onExit = undefined;
        if (error) reject(error);
        else resolve();
      };
      this.onLine = () => {
        const first = this.lines.shift();
        if (first === '{"ready":true}') settle();
        else {
          this.kill();
          settle(new Error(`the Python sandbox sent an unexpected first line: ${String(first).slice(0, 200)}`));
        }
      };
      this.onExit = () => settle(new Error(`the Python sandbox could not start: ${this.diagnostic()}`));
    });
  }

  /** Runs one program. Never rejects: every outcome is a TraceResult. */
  async run(options: RunOptions): Promise<TraceResult> {
    if (this.used) return failure("sandbox", "a Python sandbox child runs one program only");
    this.used = true;
    try {
      await this.ready;
    } catch (error) {
      return failure("sandbox", (error as Error).message);
    }
    this.hold(true);
    return new Promise<TraceResult>((resolve) => {
      let stopped: TraceResult | undefined;
      const stop = (result: TraceResult) => {
        stopped ??= result;
        this.kill();
      };
      const timer = setTimeout(
        () => stop(failure("timeout", `Time limit exceeded: the program ran longer than ${seconds(options.timeoutMs)} (wall clock) and was stopped`)),
        options.timeoutMs,
      );
      const onAbort = () => stop(failure("aborted", "The trace was aborted by the caller"));
      options.signal?.addEventListener("abort", onAbort, { once: true });
      const done = (result: TraceResult) => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        this.onLine = this.onExit = undefined;
        this.kill();
        resolve(result);
      };
      const reply = new TraceReply(options.stepLimit, options.maxChars);
      this.onLine = () => {
        for (let line = this.lines.shift(); line !== undefined; line = this.lines.shift()) {
          const result = reply.read(line);
          if (result) return done(stopped ?? result);
        }
      };
      this.onExit = () => done(stopped ?? this.exitFailure());
      if (options.signal?.aborted) onAbort();
      const request = { program: options.program, stepLimit: options.stepLimit, maxChars: options.maxChars };
      this.proc.stdin.write(`${JSON.stringify(request)}\n`);
      if (this.exited) done(stopped ?? this.exitFailure());
    });
  }

  private exitFailure(): TraceResult {
    const text = this.stderrTail;
    if (/heap out of memory|out of memory|allocation failed|WebAssembly\.Memory/i.test(text)) {
      return failure("memory", `Out of memory: the interpreter exceeded the sandbox's memory (${WASM_MEMORY_MIB} MiB) and was stopped`);
    }
    if (this.bytes > MAX_STDOUT_BYTES) {
      return failure("memory", `the Python sandbox's output exceeded ${MAX_STDOUT_BYTES / 1024 / 1024} MiB`);
    }
    return failure("sandbox", `the Python sandbox exited unexpectedly: ${this.diagnostic()}`);
  }

  private diagnostic(): string {
    const status = this.proc.signalCode ? `signal ${this.proc.signalCode}` : `exit code ${this.proc.exitCode}`;
    const last = this.stderrTail.trim().split("\n").at(-1);
    return last ? `${status}: ${last}` : status;
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
