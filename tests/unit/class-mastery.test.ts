import { describe, expect, it } from "vitest";
import { bktParams, bktUpdate, lineSkills } from "@/lib/learning";
import type { LogEvent } from "@/lib/practice/log-event";
import { classMastery } from "@/lib/progress/class-mastery";
import type { ReviewSession } from "@/lib/review/types";
import { addition } from "@/lib/scratchpad";

const parsed = addition.parseInput("2 9 + 5 7");
if (!parsed.ok) throw new Error(parsed.error);
const problem = parsed.value;
const skillsOf = (index: number) => lineSkills("addition", problem, index);

function event(seq: number, lineIndex: number, ok: boolean, actor: LogEvent["actor"] = "student"): LogEvent {
  return {
    seq,
    type: "line",
    actor,
    modelId: null,
    variant: null,
    lineIndex,
    text: "",
    ok,
    verdict: null,
    diagnosisId: null,
    hintLevel: null,
    skills: skillsOf(lineIndex),
    createdAt: new Date(Date.UTC(2026, 10, 20, 10, 0, seq)).toISOString(),
  };
}

function session(id: string, student: { id: string; name: string }, events: LogEvent[]): ReviewSession {
  return {
    id,
    student,
    classId: "c",
    assignment: null,
    problem: { id: "p", kind: "addition", input: "2 9 + 5 7", target: addition.target(problem), title: null },
    mode: "alone",
    modelId: null,
    status: "active",
    startedAt: new Date(Date.UTC(2026, 10, 20)).toISOString(),
    solvedAt: null,
    events,
  };
}

describe("classMastery", () => {
  it("traces each student's first tries separately, sorted by name, model lines ignored", () => {
    const ben = { id: "b", name: "Ben" };
    const ada = { id: "a", name: "Ada" };
    // Line 2 of 29 + 57 is the ones column: 9 + 7 carries.
    expect(skillsOf(2)).toContain("addition.carry");
    const result = classMastery([
      session("s1", ben, [event(1, 2, false), event(2, 2, true)]),
      session("s2", ada, [event(1, 2, true), event(2, 3, true, "model")]),
    ]);
    expect(result.kinds.map((kind) => kind.kind)).toEqual(["addition"]);
    expect(result.students.map((student) => student.name)).toEqual(["Ada", "Ben"]);
    const params = bktParams("addition.carry");
    expect(result.students[0]?.skills["addition.carry"]?.pKnown).toBeCloseTo(bktUpdate(params.pInit, true, params), 10);
    expect(result.students[1]?.skills["addition.carry"]?.pKnown).toBeCloseTo(bktUpdate(params.pInit, false, params), 10);
    expect(result.students[0]?.skills["addition.carry"]?.attempts).toBe(1);
  });

  it("is empty for a class with no sessions", () => {
    expect(classMastery([])).toEqual({ kinds: [], students: [] });
  });
});
