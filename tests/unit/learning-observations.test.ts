import { describe, expect, it } from "vitest";
import { bktUpdate, mergeBktParams, traceMastery, type LearningEvent } from "@/lib/learning";

// One skill with round parameters, so the expected values can be worked out by hand.
const params = mergeBktParams({ defaults: { pInit: 0.3, pTransit: 0.15, pSlip: 0.1, pGuess: 0.2 }, skills: {} });
const p = { pInit: 0.3, pTransit: 0.15, pSlip: 0.1, pGuess: 0.2 };
const AFTER_RIGHT = 0.7097560976; // 0.3 → 0.658536… (Bayes) → 0.709756… (transit)
const AFTER_WRONG = 0.1932203390; // 0.3 → 0.050847… → 0.193220…

let clock = 0;
function event(partial: Partial<LearningEvent>): LearningEvent {
  clock += 1;
  return {
    sessionId: "s1",
    kind: "addition",
    lineIndex: 2,
    type: "line",
    actor: "student",
    ok: true,
    skills: ["x.skill"],
    createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, clock)),
    ...partial,
  };
}

describe("traceMastery", () => {
  it("counts only the first attempt at each line of a session", () => {
    const mastery = traceMastery([event({ ok: false }), event({ ok: true }), event({ ok: true })], { params });
    expect(mastery["x.skill"]).toMatchObject({ attempts: 1, correct: 0 });
    expect(mastery["x.skill"]?.pKnown).toBeCloseTo(AFTER_WRONG, 9);
  });

  it("counts the same line again in another session, and other lines of the same session", () => {
    const mastery = traceMastery(
      [event({ ok: true }), event({ sessionId: "s2", ok: true }), event({ lineIndex: 3, ok: false })],
      { params },
    );
    const state = mastery["x.skill"];
    expect(state).toMatchObject({ attempts: 3, correct: 2 });
    expect(state?.history.map((point) => point.correct)).toEqual([true, true, false]);
    expect(state?.pKnown).toBeCloseTo(bktUpdate(bktUpdate(bktUpdate(0.3, true, p), true, p), false, p), 12);
  });

  it("a hint before the first attempt makes the line an error, and the attempt does not count again", () => {
    const mastery = traceMastery([event({ type: "hint", ok: null }), event({ ok: true })], { params });
    expect(mastery["x.skill"]).toMatchObject({ attempts: 1, correct: 0 });
    expect(mastery["x.skill"]?.pKnown).toBeCloseTo(AFTER_WRONG, 9);
  });

  it("a hint stored without skills takes the skills of the line's first attempt", () => {
    const mastery = traceMastery([event({ type: "hint", ok: null, skills: [] }), event({ ok: true })], { params });
    expect(mastery["x.skill"]).toMatchObject({ attempts: 1, correct: 0 });
  });

  it("a hint after the first attempt changes nothing", () => {
    const mastery = traceMastery([event({ ok: true }), event({ type: "hint", ok: null })], { params });
    expect(mastery["x.skill"]).toMatchObject({ attempts: 1, correct: 1 });
    expect(mastery["x.skill"]?.pKnown).toBeCloseTo(AFTER_RIGHT, 9);
  });

  it("ignores model and app lines, spot picks and unjudged lines", () => {
    const mastery = traceMastery(
      [
        event({ actor: "model", ok: false }),
        event({ actor: "app", ok: false }),
        event({ type: "spot", ok: false }),
        event({ ok: null }),
        event({ ok: true }),
      ],
      { params },
    );
    // Only the last event is observed, and it is still the line's first attempt.
    expect(mastery["x.skill"]).toMatchObject({ attempts: 1, correct: 1 });
    expect(mastery["x.skill"]?.pKnown).toBeCloseTo(AFTER_RIGHT, 9);
  });

  it("updates every skill of the line, once each", () => {
    const mastery = traceMastery([event({ skills: ["a.one", "b.two", "a.one"], ok: true })], { params });
    expect(Object.keys(mastery).sort()).toEqual(["a.one", "b.two"]);
    expect(mastery["a.one"]?.attempts).toBe(1);
    expect(mastery["b.two"]?.pKnown).toBeCloseTo(AFTER_RIGHT, 9);
  });

  it("keeps the history for charts and marks mastery at the threshold", () => {
    const events = Array.from({ length: 6 }, (_, i) => event({ lineIndex: 10 + i, ok: true }));
    const state = traceMastery(events, { params })["x.skill"];
    expect(state?.history).toHaveLength(6);
    expect(state?.history.map((point) => point.lineIndex)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(state?.history[0]?.at).toEqual(events[0]?.createdAt);
    const values = state?.history.map((point) => point.pKnown) ?? [];
    expect(values.every((value, i) => i === 0 || value > (values[i - 1] ?? 1))).toBe(true);
    // 0.3 → 0.7098 → 0.9292 → 0.9839…: mastered from the third right line on.
    expect(values[1]).toBeCloseTo(0.9291914596, 9);
    expect(state?.mastered).toBe(true);
    expect(traceMastery(events.slice(0, 2), { params })["x.skill"]?.mastered).toBe(false);
    expect(traceMastery(events.slice(0, 2), { params, threshold: 0.9 })["x.skill"]?.mastered).toBe(true);
  });
});
