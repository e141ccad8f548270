import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { jsonLines, run } from "./cli-in-process";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXAMPLE_INPUT = "Evaluate 3*x**2 - 5*x + 7 at x = 4";
const EXAMPLE_TARGET = "<scratch>\n3*x**2: 48\n-5*x: -20\n7: 7\n</scratch>\n35";


/** The value of a canonical input, computed here: `Evaluate … at x = N`. */
function valueOf(input: string): bigint {
  const [, poly = "", x = ""] = /^Evaluate (.*) at x = (-?\d+)$/.exec(input) ?? [];
  let total = 0n;
  for (const [, sign, c, hasX, p] of `+${poly.replace(/ /g, "")}`.replace(/^\+-/, "-").matchAll(/([+-])(\d+)?(?:\*?(x))?(?:\*\*(\d))?/g)) {
    const magnitude = BigInt(c ?? "1") * (hasX ? BigInt(x) ** BigInt(p ?? "1") : 1n);
    total += sign === "-" ? -magnitude : magnitude;
  }
  return total;
}

describe("cli: polynomial", () => {
  it("target writes the FORMATS.md §2 target, inputs canonicalised, and direct targets", async () => {
    const stdin = `{"input": "${EXAMPLE_INPUT}"}\n{"input": "evaluate -x**2+1*x at x=-3"}\n`;
    const result = await run(["target", "polynomial"], stdin);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(jsonLines(result.stdout)).toEqual([
      { input: EXAMPLE_INPUT, target: EXAMPLE_TARGET },
      { input: "Evaluate -x**2 + x at x = -3", target: "<scratch>\n-x**2: -9\nx: -3\n</scratch>\n-12" },
    ]);
    const direct = await run(["target", "polynomial", "--direct"], stdin);
    expect(jsonLines(direct.stdout).map((line) => line.target)).toEqual(["35", "-12"]);
  });

  it("target stops at a bad input with the parser's reason", async () => {
    const result = await run(["target", "polynomial"], `{"input": "${EXAMPLE_INPUT}"}\n{"input": "Evaluate 11*x at x = 1"}\n`);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toHaveLength(1);
    expect(result.stderr).toBe(
      "scratchpad target: line 2: The term `11*x` has the coefficient 11; coefficients are whole numbers from -10 to 10.\n",
    );
  });

  it("dataset writes train and test splits, deterministic, valid, and disjoint", async () => {
    const train = await run(["dataset", "polynomial", "--split", "train", "--n", "300", "--seed", "5"]);
    const again = await run(["dataset", "polynomial", "--split=train", "--n=300", "--seed=5"]);
    const test = await run(["dataset", "polynomial", "--split", "test", "--n", "300", "--seed", "5", "--direct"]);
    expect(train).toMatchObject({ code: 0, stderr: "" });
    expect(train.stdout).toBe(again.stdout);
    const trainExamples = jsonLines(train.stdout);
    expect(trainExamples).toHaveLength(300);
    for (const { input, target } of trainExamples) {
      expect(String(target)).toMatch(/^<scratch>\n/);
      const value = valueOf(String(input));
      expect(String(target).split("\n").at(-1)).toBe(value.toString());
      expect(value >= -1000n && value <= 10_000n).toBe(true);
    }
    const testExamples = jsonLines(test.stdout);
    for (const { input, target } of testExamples) expect(target).toBe(valueOf(String(input)).toString());
    const trainInputs = new Set(trainExamples.map((example) => example.input));
    expect(testExamples.filter((example) => trainInputs.has(example.input))).toEqual([]);
  });

  it("dataset refuses ood for polynomials as a usage error", async () => {
    const result = await run(["dataset", "polynomial", "--split", "ood", "--n", "5", "--seed", "1"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe(
      "scratchpad dataset: polynomial evaluation has no ood split (the paper defines one for addition only); use train or test (see scratchpad dataset --help)\n",
    );
  });

  it("check judges each line of stdin as that line of the target", async () => {
    const lines = ["<scratch>", "3 * x ** 2 : 48", "-5*x: 20", "7:7", "</scratch>", "36"];
    const result = await run(["check", "polynomial", "--input", EXAMPLE_INPUT], `${lines.join("\n")}\n`);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const verdicts = jsonLines(result.stdout);
    expect(verdicts.map((verdict) => verdict.ok)).toEqual([true, true, false, true, true, false]);
    expect(verdicts[2]).toMatchObject({
      line: 3,
      expected: "-5*x: -20",
      fields: { term: { ok: true }, value: { ok: false, got: "20", expected: "-20" } },
      diagnosis: { id: "sign-error" },
      message: "Not quite: -5*x at x = 4 is -20, not 20.",
    });
    expect(verdicts[5]).toMatchObject({ diagnosis: { id: "wrong-final-sum" }, fields: { answer: { got: "36", expected: "35" } } });
  });

  it("check reports a bad --input as bad input", async () => {
    const result = await run(["check", "polynomial", "--input", "Evaluate x + x**2 at x = 1"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^scratchpad check: bad --input: The terms go from the highest power down/);
  });

  it("the bin, spawned, writes the target", () => {
    const result = spawnSync(process.execPath, ["bin/scratchpad.mjs", "target", "polynomial"], {
      cwd: ROOT,
      input: `{"input": "${EXAMPLE_INPUT}"}\n`,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(jsonLines(result.stdout)).toEqual([{ input: EXAMPLE_INPUT, target: EXAMPLE_TARGET }]);
  });
});
