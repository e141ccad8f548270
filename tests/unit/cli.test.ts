import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { jsonLines, run } from "./cli-in-process";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const TARGET_29_57 = "<scratch>\n2 9 + 5 7 , C: 0\n2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1\n, 8 6 C: 0 # added 2 + 5 + 1 = 8 carry 0\n0 8 6\n</scratch>\n8 6";
const TARGET_123_45 =
  "<scratch>\n1 2 3 + 4 5 , C: 0\n1 2 + 4 , 8 C: 0 # added 3 + 5 = 8 carry 0\n1 + , 6 8 C: 0 # added 2 + 4 = 6 carry 0\n, 1 6 8 C: 0 # added 1 + 0 = 1 carry 0\n0 1 6 8\n</scratch>\n1 6 8";


describe("cli: target", () => {
  it("writes the FORMATS.md targets, inputs canonicalised", async () => {
    const result = await run(["target", "addition"], '{"input": "2 9 + 5 7"}\n{"input": " 123+45 "}\n');
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(jsonLines(result.stdout)).toEqual([
      { input: "2 9 + 5 7", target: TARGET_29_57 },
      { input: "1 2 3 + 4 5", target: TARGET_123_45 },
    ]);
  });

  it("writes direct targets with --direct and skips blank lines", async () => {
    const result = await run(["target", "addition", "--direct"], '{"input": "2 9 + 5 7"}\n\n  \n{"input": "9 9 9 + 5 7"}\n');
    expect(jsonLines(result.stdout)).toEqual([
      { input: "2 9 + 5 7", target: "8 6" },
      { input: "9 9 9 + 5 7", target: "1 0 5 6" },
    ]);
  });

  it.each([
    ['{"input": "0 1 + 2"}', /^scratchpad target: line 2: The first number, a, has a leading zero/],
    ["not json", /^scratchpad target: line 2: not valid JSON\n$/],
    ['{"problem": "1 + 2"}', /^scratchpad target: line 2: expected an object with a string "input"\n$/],
    ['["1 + 2"]', /line 2: expected an object/],
    ['{"input": 12}', /line 2: expected an object/],
  ])("stops at the bad line %j after writing the good ones before it", async (bad, message) => {
    const result = await run(["target", "addition"], `{"input": "1 + 2"}\n${bad}\n{"input": "3 + 4"}\n`);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("cli: dataset", () => {
  it("writes n examples, the same for the same seed, through the task's generator", async () => {
    const first = await run(["dataset", "addition", "--split", "train", "--n", "5", "--seed", "3"]);
    const again = await run(["dataset", "addition", "--split=train", "--n=5", "--seed=3"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(again.stdout);
    const examples = jsonLines(first.stdout);
    expect(examples).toHaveLength(5);
    for (const example of examples) {
      const target = String(example.target);
      expect(target.startsWith("<scratch>\n")).toBe(true);
      const [a, b] = String(example.input).replace(/ /g, "").split("+");
      expect(target.split("\n").at(-1)?.replace(/ /g, "")).toBe((BigInt(a ?? "") + BigInt(b ?? "")).toString());
    }
  });

  it("writes direct targets and ood lengths", async () => {
    const result = await run(["dataset", "addition", "--split", "ood", "--n", "20", "--seed", "-4", "--direct"]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(20);
    for (const { input, target } of jsonLines(result.stdout)) {
      const [a = "", b = ""] = String(input).replace(/ /g, "").split("+");
      expect([a.length, b.length].every((length) => length === 9 || length === 10)).toBe(true);
      expect(String(target).replace(/ /g, "")).toBe((BigInt(a) + BigInt(b)).toString());
    }
  });

  it.each([
    [["dataset", "addition", "--n", "5", "--seed", "1"], /missing --split/],
    [["dataset", "addition", "--split", "dev", "--n", "5", "--seed", "1"], /--split must be one of train, test, ood, got "dev"/],
    [["dataset", "addition", "--split", "test", "--n", "-1", "--seed", "1"], /--n must be an integer from 0 to 1000000/],
    [["dataset", "addition", "--split", "test", "--n", "1e3", "--seed", "1"], /--n must be an integer/],
    [["dataset", "addition", "--split", "test", "--n", "5", "--seed", "x"], /--seed must be an integer/],
    [["dataset", "addition", "--split", "test", "--n", "5"], /missing --seed/],
    [["dataset", "addition", "--split", "test", "--n", "5", "--seed", "1", "--frob"], /Unknown option '--frob'/],
    [["dataset", "--split", "test", "--n", "5", "--seed", "1"], /missing the task \(one of: addition, polynomial, python\)/],
    [["dataset", "python", "--split", "test", "--n", "5", "--seed", "1"], /task "python" has no dataset generator/],
    [["dataset", "frob", "--split", "test", "--n", "5", "--seed", "1"], /unknown task "frob"/],
    [["dataset", "addition", "extra", "--split", "test", "--n", "5", "--seed", "1"], /unexpected argument "extra"/],
  ])("rejects %j as a usage error", async (argv, message) => {
    const result = await run(argv);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\(see scratchpad dataset --help\)\n$/);
  });
});

describe("cli: check", () => {
  it("judges line k as line k of the full target, whatever came before", async () => {
    const lines = ["<scratch>", "2 9+5 7 , C:0", "2 + 5 , 1 C: 6", ", 8 6 C: 0", "8 6", "", "8 6", "more"];
    const result = await run(["check", "addition", "--input", "2 9 + 5 7"], `${lines.join("\n")}\n`);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const verdicts = jsonLines(result.stdout);
    expect(verdicts.map((verdict) => verdict.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(verdicts.map((verdict) => verdict.ok)).toEqual([true, true, false, true, false, false, true, false]);
    expect(verdicts[2]).toMatchObject({
      expected: "2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1",
      fields: { carry: { ok: false, got: "6", expected: "1" } },
      diagnosis: { id: "digit-carry-swapped" },
    });
    expect(verdicts[4]).toMatchObject({ expected: "0 8 6", diagnosis: { id: "final-carry-missing" } });
    expect(verdicts[7]?.message).toMatch(/already complete/);
    expect(Object.keys(verdicts[0] ?? {})).toEqual(["line", "ok", "expected", "fields", "diagnosis", "message", "normalized"]);
  });

  it("requires comments with --strict", async () => {
    const stdin = "<scratch>\n2 9 + 5 7 , C: 0\n2 + 5 , 6 C: 1\n";
    const lenient = jsonLines((await run(["check", "addition", "--input", "2 9 + 5 7"], stdin)).stdout);
    const strict = jsonLines((await run(["check", "addition", "--input", "2 9 + 5 7", "--strict"], stdin)).stdout);
    expect(lenient.map((verdict) => verdict.ok)).toEqual([true, true, true]);
    expect(strict.map((verdict) => verdict.ok)).toEqual([true, true, false]);
  });

  it("reports a bad --input as bad input and a missing one as a usage error", async () => {
    const bad = await run(["check", "addition", "--input", "2 9 + x"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^scratchpad check: bad --input: The input may contain only digits/);
    const missing = await run(["check", "addition"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing --input/);
  });
});

describe("cli: commands and help", () => {
  it("prints the overview for --help, -h and help", async () => {
    for (const argv of [["--help"], ["-h"], ["help"]]) {
      const result = await run(argv);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toMatch(/^usage: scratchpad <command> <task>/);
      for (const command of ["target", "dataset", "check"]) expect(result.stdout).toContain(`  ${command} `);
    }
  });

  it("prints a command's usage for <command> --help", async () => {
    const result = await run(["dataset", "addition", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: scratchpad dataset <task> --split train\|test\|ood --n N --seed S/);
  });

  it("rejects a missing or unknown command with exit code 2", async () => {
    expect(await run([])).toMatchObject({ code: 2, stdout: "" });
    const unknown = await run(["frobnicate", "addition"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'scratchpad: unknown command "frobnicate" (commands: target, dataset, check, trace, solve, eval; see scratchpad --help)\n',
    );
  });
});

describe("cli: the bin, spawned", () => {
  const spawn = (args: string[], input = "") =>
    spawnSync(process.execPath, ["bin/scratchpad.mjs", ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 30_000 });

  it("reproduces the FORMATS.md targets", () => {
    const result = spawn(["target", "addition"], '{"input": "2 9 + 5 7"}\n{"input": "1 2 3 + 4 5"}\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(jsonLines(result.stdout).map((line) => line.target)).toEqual([TARGET_29_57, TARGET_123_45]);
  });

  it("exits 1 with one line on stderr for bad input, after the good lines", () => {
    const result = spawn(["target", "addition"], '{"input": "1 + 2"}\n{"input": "1 + 2 + 3"}\n');
    expect(result.status).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([{ input: "1 + 2", target: expect.stringMatching(/^<scratch>/) }]);
    expect(result.stderr).toBe("scratchpad target: line 2: The input needs exactly one `+` between the two numbers: write the digits of a, then `+`, then the digits of b, e.g. `2 9 + 5 7`.\n");
  });

  it("exits 2 for bad arguments without a stack trace, 0 for --help", () => {
    const bad = spawn(["dataset", "addition", "--split", "train"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/\bat\s.*:\d+:\d+/);
    const help = spawn(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: scratchpad/);
  });

  it("checks lines from stdin and generates datasets", () => {
    const check = spawn(["check", "addition", "--input", "2 9 + 5 7"], "<scratch>\r\n2 9 + 5 7 , C: 1\r\n");
    expect(check.status).toBe(0);
    expect(jsonLines(check.stdout).map((verdict) => verdict.ok)).toEqual([true, false]);
    const dataset = spawn(["dataset", "addition", "--split", "test", "--n", "3", "--seed", "9"]);
    expect(dataset.status).toBe(0);
    expect(jsonLines(dataset.stdout)).toHaveLength(3);
  });
});
