import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pythonBank } from "@/lib/problems/python-bank";
import { findTask } from "@/lib/scratchpad";
import { MAX_PROGRAM_CHARS, encode, python, readJson } from "@/lib/scratchpad/python";
import {
  FORMATS_PROGRAM,
  FORMATS_TRACE,
  RATIO_PROGRAM,
  RATIO_TRACE,
  formatsProblem,
  judge,
  load,
  traces,
} from "./python-fixtures";

describe("parseInput", () => {
  it("refuses, saying a Python problem needs its stored reference trace", () => {
    const parsed = python.parseInput(FORMATS_PROGRAM);
    expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/needs its reference trace.*fromStored/) });
  });

  it("refuses an empty or over-long program with that reason instead", () => {
    expect(python.parseInput("  \n")).toEqual({ ok: false, error: expect.stringMatching(/^The program is empty/) });
    const long = "x = 1\n".repeat(MAX_PROGRAM_CHARS / 5);
    expect(python.parseInput(long)).toEqual({ ok: false, error: expect.stringMatching(/characters long; at most 20,000/) });
  });
});

describe("fromStored", () => {
  it("accepts FORMATS.md's example and keeps the program as the input", () => {
    const p = formatsProblem();
    expect(python.formatInput(p)).toBe(FORMATS_PROGRAM);
    expect(python.target(p)).toBe(FORMATS_TRACE);
    expect(python.target(p, "scratchpad")).toBe(FORMATS_TRACE);
  });

  it("refuses traces that the tracer cannot have written for this program", () => {
    const cases: Array<[string, RegExp]> = [
      ["", /empty/],
      ["line: x = 1", /should be a `state:` line/],
      ["state: {}\nstate: {}", /Line 2 of the trace should be a `line:` line/],
      ["state: {}\nline: def remove_Occ(s,ch):", /ends with a `line:` line/],
      ["state: {}\nline: def remove_Occ(s,ch):\nstate: {'a': 1}", /Line 3 of the trace is not a valid state: at character 2/],
      ["state: {}\nline: def remove_Occ(s,ch):\nstate: [1]", /not an object/],
      ["state: {}\nline: x = 2\nstate: {}", /`line: x = 2`, is not a line of the program/],
      ["state: {}\nexception: ValueError: x", /may only end the trace after a `line:` line/],
      ["state: {}\nline: def remove_Occ(s,ch):\nexception: E: m\nstate: {}", /may only end the trace/],
      ["state:{}\nline: def remove_Occ(s,ch):\nstate: {}", /starts with none of/],
      ["state: {}\r\nline: def remove_Occ(s,ch):\r\nstate: {}", /not a valid state|not a line of the program/],
    ];
    for (const [trace, pattern] of cases) {
      const parsed = python.fromStored(FORMATS_PROGRAM, trace);
      expect(parsed.ok, trace).toBe(false);
      if (!parsed.ok) expect(parsed.error, trace).toMatch(pattern);
    }
    expect(python.fromStored("", FORMATS_TRACE).ok).toBe(false);
  });

  it("never throws on arbitrary input and trace texts", () => {
    const line = fc.oneof(
      fc.constantFrom("state: {}", "line: def remove_Occ(s,ch):", 'state: {"a": 1}', "exception: E: m", "line: return s"),
      fc.string({ unit: "binary", maxLength: 40 }).map((text) => `state: ${text}`),
      fc.string({ unit: "binary", maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.constant(FORMATS_PROGRAM), fc.string({ unit: "binary", maxLength: 300 })), fc.array(line, { maxLength: 12 }), (program, lines) => {
        const parsed = python.fromStored(program, lines.join("\n"));
        if (parsed.ok) {
          for (const reference of python.referenceLines(parsed.value)) judge(parsed.value, reference.index, reference.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("survives JSON, as a problem passed around the app may", () => {
    const p = formatsProblem();
    const copy = JSON.parse(JSON.stringify(p)) as typeof p;
    for (const line of python.referenceLines(p)) {
      expect(judge(copy, line.index, "state: {}")).toEqual(judge(p, line.index, "state: {}"));
      expect(judge(copy, line.index, line.text).ok).toBe(true);
    }
  });
});

describe("target and reference lines", () => {
  it("lists every trace line with its role, none structural", () => {
    const p = load(RATIO_PROGRAM, RATIO_TRACE);
    expect(python.referenceLines(p).map((line) => line.role)).toEqual(["state", "line", "state", "line", "state", "line", "exception"]);
    expect(python.referenceLines(p).every((line, index) => line.index === index && !line.structural)).toBe(true);
  });

  it("direct: output and its JSON, or the exception the program ends with", () => {
    expect(python.target(formatsProblem(), "direct")).toBe('output: "HP"');
    expect(python.target(load(RATIO_PROGRAM, RATIO_TRACE), "direct")).toBe("exception: ZeroDivisionError: division by zero");
    const noOutput = load("x = 1\n", 'state: {}\nline: x = 1\nstate: {"x": 1}');
    expect(python.target(noOutput, "direct")).toBe("exception: NameError: name 'output' is not defined");
  });

  it("is registered as the python task", () => {
    expect(findTask("python")).toBe(python);
  });
});

describe("the bank", () => {
  const lines = (slug: string) => (traces[slug] ?? "").split("\n");

  it("has at least 60 programs with unique slugs and titles, and every difficulty", () => {
    expect(pythonBank.length).toBeGreaterThanOrEqual(60);
    expect(new Set(pythonBank.map((entry) => entry.slug)).size).toBe(pythonBank.length);
    expect(new Set(pythonBank.map((entry) => entry.title)).size).toBe(pythonBank.length);
    expect(new Set(pythonBank.map((entry) => entry.difficulty))).toEqual(new Set([1, 2, 3, 4, 5]));
    for (const entry of pythonBank) {
      expect(entry.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(entry.program.trimEnd().split("\n").at(-1)).toMatch(/^output = \w+\(/);
    }
  });

  it("has one committed trace per program, each ending with the final state", () => {
    expect(Object.keys(traces).sort()).toEqual(pythonBank.map((entry) => entry.slug).sort());
    for (const entry of pythonBank) {
      const parsed = python.fromStored(entry.program, traces[entry.slug] ?? "");
      expect(parsed.ok, entry.slug).toBe(true);
      expect(lines(entry.slug).at(-1), entry.slug).toMatch(/^state: \{.*"output": /);
    }
  });

  it("keeps traces workable: difficulty 1 within 15 lines, most within 60, all far below the step limit", () => {
    for (const entry of pythonBank) {
      const count = lines(entry.slug).length;
      if (entry.difficulty === 1) expect(count, entry.slug).toBeLessThanOrEqual(15);
      expect((count - 1) / 2, entry.slug).toBeLessThan(1000);
    }
    const short = pythonBank.filter((entry) => lines(entry.slug).length <= 61).length;
    expect(short / pythonBank.length).toBeGreaterThanOrEqual(0.9);
  });

  it("writes values exactly as the tracer does (the judge's encoder round-trips every state)", () => {
    for (const slug of Object.keys(traces)) {
      for (const line of lines(slug)) {
        if (!line.startsWith("state: ")) continue;
        const read = readJson(line.slice("state: ".length));
        expect(read.ok && encode(read.value), `${slug}: ${line}`).toBe(line.slice("state: ".length));
      }
    }
  });
});
