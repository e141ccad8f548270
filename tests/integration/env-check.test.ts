import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;

/** Runs a script as `npm start` does, with `variables` added to a clean environment. */
function run(script: string, variables: Record<string, string>) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production" as const, ...variables };
  return spawnSync(process.execPath, [script], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
}

const LINE = "MODEL_CALLS_PER_MINUTE=100000 is not allowed: must be at most 10000 (a whole number from 1 to 10000)";

describe("a bad variable stops the app before it starts", () => {
  it("the check alone: exit 1 and one line saying what is wrong", () => {
    const result = run("scripts/check-env.mjs", { MODEL_CALLS_PER_MINUTE: "100000" });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${LINE}\n`);
  });

  it("passes a good environment", () => {
    const result = run("scripts/check-env.mjs", { MODEL_CALLS_PER_MINUTE: "100", TRUST_PROXY_HOPS: "1", PORT: "8080" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("`npm start`'s first step (setup) stops before it touches the database or builds", () => {
    const result = run("scripts/setup.mjs", { MODEL_CALLS_PER_MINUTE: "100000", PORT: "99999", DATABASE_URL: "file:./data/never-made.db" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "PORT=99999 is not allowed: must be at most 65535 (a whole number from 1 to 65535)",
      LINE,
    ]);
    expect(result.stdout).toBe("");
  });

  it("the server stops before Next.js starts", () => {
    const result = run("scripts/serve.mjs", { MODEL_CALLS_PER_MINUTE: "100000" });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${LINE}\n`);
    expect(result.stdout).not.toContain("Ready");
  });
});
