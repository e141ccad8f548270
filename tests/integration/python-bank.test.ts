/**
 * The committed reference traces against the real tracer: a tracer change (a new Python,
 * a new value encoding) that alters any bank trace fails here, and `npm run bank:trace`
 * brings the committed file up to date. Also checks the pure tests' inlined fixtures.
 *
 * Each trace runs in a fresh sandbox child, so the bank takes tens of seconds on two cores.
 */
import { afterAll, describe, expect, it } from "vitest";
import { pythonBank } from "@/lib/problems/python-bank";
import bankTraces from "@/lib/problems/python-bank-traces.json";
import { shutdownTracer, tracePython } from "@/lib/python/trace";
import { python } from "@/lib/scratchpad/python";
import {
  FORMATS_PROGRAM,
  FORMATS_TRACE,
  RATIO_PROGRAM,
  RATIO_TRACE,
  SPIN_PROGRAM,
  SPIN_TRACE,
} from "../unit/python-fixtures";

const traces: Record<string, string> = bankTraces;

afterAll(async () => {
  await shutdownTracer();
});

describe("the Python bank", () => {
  it("has at least 60 programs, unique slugs and titles, and difficulties 1 to 5", () => {
    expect(pythonBank.length).toBeGreaterThanOrEqual(60);
    expect(new Set(pythonBank.map((entry) => entry.slug)).size).toBe(pythonBank.length);
    expect(new Set(pythonBank.map((entry) => entry.title)).size).toBe(pythonBank.length);
    expect([...new Set(pythonBank.map((entry) => entry.difficulty))].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("re-traces every program to exactly its committed trace", async () => {
    const results = await Promise.all(pythonBank.map((entry) => tracePython(entry.program)));
    const mismatched: string[] = [];
    results.forEach((result, i) => {
      const entry = pythonBank[i];
      if (!entry) return;
      expect(result.error, entry.slug).toBeNull();
      if (result.trace !== traces[entry.slug]) mismatched.push(entry.slug);
    });
    expect(mismatched, "run `npm run bank:trace` if the tracer changed on purpose").toEqual([]);
    for (const entry of pythonBank) {
      const parsed = python.fromStored(entry.program, traces[entry.slug] ?? "");
      expect(parsed.ok, entry.slug).toBe(true);
    }
  }, 150_000);

  it("the pure tests' fixtures are what the tracer writes", async () => {
    expect((await tracePython(FORMATS_PROGRAM)).trace).toBe(FORMATS_TRACE);
    expect((await tracePython(RATIO_PROGRAM)).trace).toBe(RATIO_TRACE);
    expect((await tracePython(SPIN_PROGRAM, { stepLimit: 3 })).trace).toBe(SPIN_TRACE);
  }, 60_000);
});
