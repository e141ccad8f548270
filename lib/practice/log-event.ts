import type { Variant, Verdict } from "../scratchpad/types";

/**
 * Who wrote an event: the student, the model, or the app itself — a planted error in
 * "Spot the error", which is never presented as the model's own line.
 */
export type EventActor = "student" | "model" | "app";

/** One row of a session's append-only log, as the app (server and browser) sees it. */
export type LogEvent = {
  seq: number;
  /** "spot": the student's pick of the first wrong line (lineIndex; -1 for "all correct"). */
  type: "line" | "hint" | "spot";
  actor: EventActor;
  modelId: string | null;
  /** For model lines: which of the model's answers (Compare runs both). */
  variant: Variant | null;
  lineIndex: number;
  text: string;
  ok: boolean | null;
  verdict: Verdict | null;
  diagnosisId: string | null;
  hintLevel: number | null;
  /** Skill ids the line exercises (lib/scratchpad/skills.ts); absent or empty for none. */
  skills?: string[];
  createdAt: string;
};

/** What a caller asks the log to append; seq, ids and time are the log's business. */
export type EventDraft = Omit<LogEvent, "seq" | "createdAt">;

/** A student's line judged as reference line `lineIndex`, as the log stores it. */
export function lineDraft(lineIndex: number, text: string, verdict: Verdict, skills: string[] = []): EventDraft {
  return {
    type: "line",
    actor: "student",
    modelId: null,
    variant: null,
    lineIndex,
    text,
    ok: verdict.ok,
    verdict,
    diagnosisId: verdict.diagnosis?.id ?? null,
    hintLevel: null,
    skills,
  };
}

/** A model's line (or a line the app planted in its place), judged like a student's. */
export function modelLineDraft(
  lineIndex: number,
  text: string,
  verdict: Verdict,
  { modelId, variant, actor = "model", skills = [] }: { modelId: string; variant: Variant; actor?: "model" | "app"; skills?: string[] },
): EventDraft {
  return { ...lineDraft(lineIndex, text, verdict, skills), actor, modelId, variant };
}

/** A hint shown for reference line `lineIndex`. */
export function hintDraft(lineIndex: number, hint: { level: number; text: string }, skills: string[] = []): EventDraft {
  return {
    type: "hint",
    actor: "student",
    modelId: null,
    variant: null,
    lineIndex,
    text: hint.text,
    ok: null,
    verdict: null,
    diagnosisId: null,
    hintLevel: hint.level,
    skills,
  };
}

/** The student's answer in "Spot the error": the line picked (-1: "all correct") and whether it was right. */
export function spotDraft(pick: number, correct: boolean): EventDraft {
  return {
    type: "spot",
    actor: "student",
    modelId: null,
    variant: null,
    lineIndex: pick,
    text: pick < 0 ? "all correct" : `line ${pick + 1}`,
    ok: correct,
    verdict: null,
    diagnosisId: null,
    hintLevel: null,
  };
}
