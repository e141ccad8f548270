import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "scratchpad-trace-"));
const cli = (args: string[], input = "") =>
  spawnSync(process.execPath, ["bin/scratchpad.mjs", "trace", ...args], { input, encoding: "utf8", timeout: 60_000 });

function file(name: string, program: string): string {
  const path = join(dir, name);
  writeFileSync(path, program);
  return path;
}

describe("scratchpad trace", () => {
  it("prints a program's trace, and the same as JSON with --json", () => {
    const program = file("f.py", "def f(n):\n    return n + 1\noutput = f(2)\n");
    const text = cli([program]);
    expect(text.status).toBe(0);
    expect(text.stdout).toBe(
      [
        "state: {}",
        "line: def f(n):",
        'state: {"f": "<callable_object f>"}',
        "line: output = f(2)",
        'state: {"n": 2}',
        "line: return n + 1",
        'state: {"f": "<callable_object f>", "output": 3}',
        "",
      ].join("\n"),
    );
    const json = cli([program, "--json"]);
    expect(JSON.parse(json.stdout)).toEqual({ trace: text.stdout.trimEnd(), steps: 3, error: null });
  });

  it("ends a failing program's trace with its exception and exits 1", () => {
    const result = cli([file("boom.py", "x = 1\ny = x / 0\n")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/exception: ZeroDivisionError: division by zero\n$/);
    expect(result.stderr).toMatch(/^scratchpad trace: runtime: ZeroDivisionError/);
  });

  it("traces JSONL programs in order and goes on after a failure", () => {
    const input = ['{"program": "a = 2\\n"}', '{"program": "def f(:\\n"}', '{"program": "while True: pass\\n"}', '{"program": "b = [1] * 2\\n"}'].join("\n");
    const result = cli(["--jsonl", "--timeout-ms", "1000", "--step-limit", "5"], input);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ steps: 1, error: null });
    expect(lines[1]).toMatchObject({ trace: "", error: { kind: "syntax", line: 1 } });
    expect(lines[2]).toMatchObject({ steps: 5, error: { kind: "step-limit" } });
    expect(lines[2].trace).toMatch(/exception: StepLimitExceeded: more than 5 steps$/);
    expect(lines[3]).toMatchObject({ trace: 'state: {}\nline: b = [1] * 2\nstate: {"b": [1, 1]}', error: null });
  });

  it("says clearly what is wrong with bad arguments", () => {
    expect(cli([join(dir, "missing.py")])).toMatchObject({ status: 1, stderr: expect.stringMatching(/cannot read .*missing\.py: ENOENT/) });
    expect(cli([])).toMatchObject({ status: 2, stderr: expect.stringMatching(/missing the program file/) });
    expect(cli(["a.py", "--step-limit", "x"])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--step-limit must be an integer/) });
    expect(cli(["--jsonl"], "not json\n")).toMatchObject({ status: 1, stderr: expect.stringMatching(/line 1: not valid JSON/) });
  });
});
