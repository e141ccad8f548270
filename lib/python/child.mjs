// The sandboxed child: one Pyodide interpreter for ONE untrusted program.
//
// Started by sandbox.ts inside user/net/pid namespaces and Node's permission
// model (read-only access to Pyodide and this folder, no writes, no child
// processes, no workers, no addons, no code generation from strings).
//
//   node child.mjs serve PYODIDE_DIR HARNESS_DIR [SNAPSHOT_FILE]
//     stdout: {"ready":true}\n once hardened, then the reply (reply.ts): one
//     line per trace step as it is made, then an end line; stdin: one request
//     line {"program", "stepLimit", "maxChars"}; then the process ends.
//   node child.mjs snapshot PYODIDE_DIR HARNESS_DIR
//     stdout: a Pyodide memory snapshot with the tracer modules imported.
//
// stdout carries only the protocol; everything else goes to stderr.

import { constants as fsConstants, readFileSync, writeSync } from "node:fs";
import { constants as osConstants } from "node:os";
import { join } from "node:path";

const [mode, pyodideDir, harnessDir, snapshotFile] = process.argv.slice(2);
const MODULES = ["encode", "tracer", "harden"];
const MODULE_DIR = "/lib/scratchpad";

for (const name of ["log", "info", "warn", "error", "debug"]) {
  console[name] = (...args) => process.stderr.write(`${args.join(" ")}\n`);
}

function writeOut(data) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
    }
  }
}

// Writes the reply's last lines and ends the process at once, even from deep
// inside the program's stack: nothing of the program runs after its result is
// out. Only the tracer's audit hook holds it (tracer.install).
function finish(text) {
  writeOut(text);
  process.exit(0);
}

function fail(kind, message) {
  finish(`${JSON.stringify({ last: "", error: { kind, message } })}\n`);
}

// Emscripten reads fs constants through process.binding, which the permission
// model refuses; answer that one question while Pyodide loads.
async function load(options) {
  const binding = process.binding;
  process.binding = (name) =>
    name === "constants" ? { fs: fsConstants, os: osConstants } : binding.call(process, name);
  try {
    const { loadPyodide } = await import(join(pyodideDir, "pyodide.mjs"));
    return await loadPyodide({
      indexURL: `${pyodideDir}/`,
      jsglobals: Object.create(null),
      env: { HOME: "/home/pyodide" },
      stdout: () => {},
      stderr: () => {},
      ...options,
    });
  } finally {
    process.binding = binding;
    // Pyodide leaves a require() shim with fs and child_process on globalThis.
    delete globalThis.require;
  }
}

function importModules(pyodide) {
  pyodide.FS.mkdirTree(MODULE_DIR);
  for (const name of MODULES) {
    pyodide.FS.writeFile(`${MODULE_DIR}/${name}.py`, readFileSync(join(harnessDir, `${name}.py`)));
  }
  pyodide.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(MODULE_DIR)})\nimport ${MODULES.join(", ")}`);
}

function readRequest() {
  return new Promise((resolve, reject) => {
    let text = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk) => {
      text += chunk;
      const end = text.indexOf("\n");
      if (end >= 0) resolve(JSON.parse(text.slice(0, end)));
    });
    process.stdin.on("end", () => reject(new Error("stdin closed before a request")));
  });
}

// A JS error out of the interpreter means it died, not that the program raised.
function classifyCrash(error) {
  const text = String(error?.stack ?? error);
  if (/Maximum call stack size exceeded/.test(text)) {
    return ["runtime", "RecursionError: the interpreter's stack overflowed (recursion through built-in functions)"];
  }
  if (/out of memory|allocation failed|\bOOM\b|MemoryError/i.test(text)) {
    return ["memory", "MemoryError: the interpreter ran out of memory (the sandbox allows 256 MiB)"];
  }
  return ["sandbox", `the interpreter failed: ${text.split("\n")[0]}`];
}

async function serve() {
  const snapshot = snapshotFile ? readFileSync(snapshotFile) : undefined;
  const pyodide = await load(snapshot ? { _loadSnapshot: snapshot } : {});
  if (!snapshot) importModules(pyodide);
  const discard = { write: (buffer) => buffer.length };
  pyodide.setStdout(discard);
  pyodide.setStderr(discard);
  pyodide.setStdin({ error: true });
  const harden = pyodide.pyimport("harden");
  harden.warm_up();
  // Nothing may hand the program JavaScript: no finder can produce these any more.
  for (const name of ["js", "pyodide_js"]) pyodide.unregisterJsModule(name);
  const run = harden.arm(writeOut, finish);
  writeOut('{"ready":true}\n');

  const request = await readRequest();
  try {
    run(request.program, request.stepLimit, request.maxChars);
    fail("sandbox", "the tracer returned without a result");
  } catch (error) {
    fail(...classifyCrash(error));
  }
}

async function makeSnapshot() {
  const pyodide = await load({ _makeSnapshot: true });
  importModules(pyodide);
  writeOut(pyodide.makeMemorySnapshot());
  process.exit(0);
}

try {
  await (mode === "snapshot" ? makeSnapshot() : serve());
} catch (error) {
  // The last line is what the parent reports.
  process.stderr.write(`${error?.stack ?? error}\nchild failed: ${error?.message ?? error}\n`);
  process.exit(70);
}
