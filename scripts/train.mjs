#!/usr/bin/env node
// npm run train -- --task addition --variant scratchpad [--steps N] [--batch N] [--seed N]
//                  [--positions line|alibi|learned] [--tiny] [--out DIR] [--threads N]
// Runs training/train.py with Debian's PyTorch: makes the data with the project CLI, trains
// with a progress bar, checkpoints to <out>/.checkpoints/<id>/ and resumes from there when
// rerun, then writes <out>/<id>/model.onnx and card.json. Installs nothing.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const APT = "apt-get install -y python3-torch libopenblas0-openmp";
const python = process.env.TRAIN_PYTHON ?? "/usr/bin/python3"; // the python3 on PATH may lack torch
const script = fileURLToPath(new URL("../training/train.py", import.meta.url));
const args = process.argv.slice(2);

const torch = spawnSync(python, ["-c", "import torch"], { encoding: "utf8" });
if (torch.status !== 0) {
  console.error(`✗ PyTorch is not available to ${python}. Install Debian's (as root):\n    ${APT}`);
  process.exit(1);
}
// Without OpenBLAS, Debian's torch falls back to the reference BLAS, about 18x slower.
const blas = spawnSync("dpkg-query", ["-W", "-f=${Status}", "libopenblas0-openmp"], { encoding: "utf8" });
if (blas.status !== null && !blas.stdout?.includes("install ok installed")) {
  console.warn(`! libopenblas0-openmp is not installed; training will be very slow. Install it: ${APT}`);
}

// One thread by default: the machine is shared, and one core should stay free.
const threadsAt = args.indexOf("--threads");
const threads = threadsAt >= 0 ? args[threadsAt + 1] : "1";
const env = { ...process.env, PYTHONUNBUFFERED: "1", PYTHONDONTWRITEBYTECODE: "1", OMP_NUM_THREADS: threads, OMP_WAIT_POLICY: process.env.OMP_WAIT_POLICY ?? "PASSIVE" };
if (threadsAt < 0) args.push("--threads", threads);

const child = spawn(python, [script, ...args], { stdio: "inherit", env });
// Python saves a checkpoint before it exits. A terminal's Ctrl-C already reaches it (same
// process group), so SIGINT is only awaited here; SIGTERM is passed on.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => child.kill("SIGTERM"));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
