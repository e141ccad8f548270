import { describe, expect, it } from "vitest";
import { progressSummary, type ProgressEvent, type ProgressSession } from "@/lib/progress/summary";

const at = (iso: string) => new Date(iso);
const session = (id: string, over: Partial<ProgressSession> = {}): ProgressSession => ({
  id,
  kind: "addition",
  status: "active",
  mode: "alone",
  startedAt: at("2026-11-20T09:00:00Z"),
  solvedAt: null,
  ...over,
});
const line = (sessionId: string, lineIndex: number, ok: boolean, iso: string, actor = "student"): ProgressEvent => ({
  sessionId,
  type: "line",
  actor,
  lineIndex,
  ok,
  createdAt: at(iso),
});
const hint = (sessionId: string, lineIndex: number, iso: string): ProgressEvent => ({
  sessionId,
  type: "hint",
  actor: "student",
  lineIndex,
  ok: null,
  createdAt: at(iso),
});

describe("progressSummary", () => {
  it("counts problems the student solved, by kind, not the ones a model finished", () => {
    const summary = progressSummary({
      sessions: [
        session("a", { status: "solved", solvedAt: at("2026-11-20T10:00:00Z") }),
        session("b", { kind: "polynomial", status: "solved", solvedAt: at("2026-11-21T10:00:00Z") }),
        session("c", { mode: "watch", status: "solved", solvedAt: at("2026-11-21T10:00:00Z") }),
        session("d", { mode: "turns", status: "solved", solvedAt: at("2026-11-21T11:00:00Z") }),
        session("e"),
      ],
      events: [],
      now: at("2026-11-21T12:00:00Z"),
    });
    expect(summary.solved).toBe(3);
    expect(summary.solvedByKind).toEqual({ addition: 2, polynomial: 1 });
    expect(summary.days.map((day) => [day.day, day.solved])).toEqual([
      ["2026-11-20", 1],
      ["2026-11-21", 2],
    ]);
  });

  it("scores only first tries; a hint before the first try makes it wrong; model lines do not count", () => {
    const summary = progressSummary({
      sessions: [session("a")],
      events: [
        line("a", 1, false, "2026-11-20T10:00:00Z"),
        line("a", 1, true, "2026-11-20T10:01:00Z"),
        hint("a", 2, "2026-11-20T10:02:00Z"),
        line("a", 2, true, "2026-11-20T10:03:00Z"),
        line("a", 3, true, "2026-11-21T10:04:00Z"),
        line("a", 4, true, "2026-11-21T10:05:00Z", "model"),
      ],
      now: at("2026-11-21T12:00:00Z"),
    });
    expect([summary.firstTries, summary.firstTriesRight]).toEqual([3, 1]);
    expect(summary.days.map((day) => [day.day, day.firstTries, day.firstTriesRight])).toEqual([
      ["2026-11-20", 2, 0],
      ["2026-11-21", 1, 1],
    ]);
  });

  it("finds the best run of lines right first time", () => {
    const events = [true, true, false, true, true, true, false, true].map((ok, i) =>
      line("a", i + 1, ok, `2026-11-20T10:0${i}:00Z`),
    );
    expect(progressSummary({ sessions: [session("a")], events, now: at("2026-11-20T12:00:00Z") }).bestRun).toBe(3);
  });

  it("counts streaks of consecutive practice days, kept until the end of the next day", () => {
    const days = ["2026-11-10", "2026-11-11", "2026-11-12", "2026-11-15", "2026-11-16"];
    const events = days.map((day, i) => line("a", i + 1, true, `${day}T10:00:00Z`));
    const on = (iso: string) => progressSummary({ sessions: [session("a")], events, now: at(iso) });
    expect(on("2026-11-16T23:00:00Z")).toMatchObject({ currentStreakDays: 2, longestStreakDays: 3 });
    expect(on("2026-11-17T08:00:00Z").currentStreakDays).toBe(2);
    expect(on("2026-11-18T08:00:00Z").currentStreakDays).toBe(0);
  });

  it("is empty for a new student", () => {
    const summary = progressSummary({ sessions: [], events: [], now: at("2026-11-20T12:00:00Z") });
    expect(summary).toMatchObject({ solved: 0, firstTries: 0, days: [], currentStreakDays: 0, longestStreakDays: 0, bestRun: 0 });
  });
});
