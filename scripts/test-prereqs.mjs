#!/usr/bin/env node
// What the test suite needs besides npm packages: Debian's Chromium (Playwright cannot
// download browsers here), Debian's PyTorch (the training tests) and a PostgreSQL server
// on 127.0.0.1:5432. Installs or starts them where it can (as root on Debian), otherwise
// says exactly what to do.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const isRoot = process.getuid?.() === 0;
const quiet = { stdio: "ignore" };
const ok = (cmd, args) => spawnSync(cmd, args, quiet).status === 0;

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

// Debian packages still missing: Chromium, and PyTorch for the training tests (with
// OpenBLAS, without which Debian's torch is ~18x slower).
const aptPackages = [];
if (!existsSync(chromium)) aptPackages.push("chromium");
if (!ok(process.env.TRAIN_PYTHON ?? "/usr/bin/python3", ["-c", "import torch"])) aptPackages.push("python3-torch", "libopenblas0-openmp");
if (aptPackages.length > 0) {
  const install = `apt-get install -y ${aptPackages.join(" ")}`;
  if (!isRoot || !ok("which", ["apt-get"])) fail(`Missing Debian packages: ${aptPackages.join(", ")}. Install them (sudo ${install})${existsSync(chromium) ? "" : ` or set CHROMIUM_PATH to a Chromium`}.`);
  console.log(`• Installing Debian's ${aptPackages.join(", ")} for the tests…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...aptPackages], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

if (!process.env.TEST_POSTGRES_URL && !ok("pg_isready", ["-h", "127.0.0.1", "-p", "5432", "-q"])) {
  const versions = existsSync("/etc/postgresql") ? readdirSync("/etc/postgresql") : [];
  if (!isRoot || versions.length === 0) fail("PostgreSQL is not answering on 127.0.0.1:5432. Start it, or point TEST_POSTGRES_URL at a server the tests may create databases on.");
  console.log("• Starting PostgreSQL…");
  execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", versions[0], "main", "start"], { stdio: "inherit" });
  for (let i = 0; i < 30 && !ok("pg_isready", ["-h", "127.0.0.1", "-p", "5432", "-q"]); i += 1) execFileSync("sleep", ["1"]);
}
console.log("• Test prerequisites: Chromium, PyTorch and PostgreSQL ready.");
