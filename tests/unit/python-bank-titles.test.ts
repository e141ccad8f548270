import { describe, expect, it } from "vitest";
import { pythonBank } from "@/lib/problems/python-bank";
import bankTraces from "@/lib/problems/python-bank-traces.json";
import { problemTitle, pythonBankTitlesJa } from "@/lib/problems/python-bank-titles";
import { buildReplay } from "@/lib/review/replay";
import type { ReviewSession } from "@/lib/review/types";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const doubleIt = pythonBank.find((entry) => entry.slug === "double-it")!;
const stored = (overrides: Partial<{ source: string; title: string | null; input: string }> = {}) => ({
  source: "bank",
  title: doubleIt.title,
  input: doubleIt.program,
  ...overrides,
});

describe("Japanese titles of the Python bank", () => {
  it("has one for every bank program, and none for a program not in the bank", () => {
    const missing = pythonBank.filter((entry) => !JAPANESE.test(pythonBankTitlesJa[entry.slug]?.trim() ?? "")).map((entry) => entry.slug);
    expect(missing).toEqual([]);
    const slugs = new Set(pythonBank.map((entry) => entry.slug));
    expect(Object.keys(pythonBankTitlesJa).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it("gives every bank program its own title", () => {
    const titles = pythonBank.map((entry) => pythonBankTitlesJa[entry.slug]);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe("problemTitle", () => {
  it("shows a bank program's Japanese title to Japanese readers", () => {
    expect(problemTitle(stored(), "ja")).toBe("2 倍にする");
    expect(problemTitle({ source: "bank", title: doubleIt.title }, "ja")).toBe("2 倍にする");
    for (const entry of pythonBank) {
      expect(problemTitle({ source: "bank", title: entry.title, input: entry.program }, "ja")).toBe(pythonBankTitlesJa[entry.slug]);
    }
  });

  it("keeps the stored title in English", () => {
    expect(problemTitle(stored(), "en")).toBe("Double it");
  });

  it("leaves other problems' titles alone", () => {
    expect(problemTitle(stored({ source: "custom" }), "ja")).toBe("Double it");
    expect(problemTitle(stored({ source: "custom", title: "My loop" }), "ja")).toBe("My loop");
    expect(problemTitle({ title: doubleIt.title, input: doubleIt.program }, "ja")).toBe("Double it");
    // A bank row whose program no longer matches python-bank.ts is not guessed at.
    expect(problemTitle(stored({ input: "output = 1\n" }), "ja")).toBe("Double it");
    expect(problemTitle(stored({ title: "Renamed" }), "ja")).toBe("Renamed");
  });

  it("keeps a missing title missing, so that callers say 'untitled' themselves", () => {
    expect(problemTitle(stored({ title: null }), "ja")).toBeNull();
    expect(problemTitle(stored({ source: "custom", title: null }), "en")).toBeNull();
  });

  it("titles an instructor's replay of a bank program in their language", () => {
    const session = (): ReviewSession => ({
      id: "s",
      student: { id: "u", name: "Ana" },
      classId: null,
      assignment: null,
      problem: { id: "p", kind: "python", input: doubleIt.program, target: (bankTraces as Record<string, string>)[doubleIt.slug]!, title: doubleIt.title, source: "bank" },
      mode: "alone",
      modelId: null,
      status: "active",
      startedAt: "2026-01-01T10:00:00.000Z",
      solvedAt: null,
      events: [],
    });
    expect(buildReplay(session(), "ja")?.title).toBe("2 倍にする");
    expect(buildReplay(session(), "en")?.title).toBe("Double it");
  });
});
