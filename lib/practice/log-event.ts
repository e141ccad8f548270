import type { Verdict } from "../scratchpad/types";

/** One row of a session's append-only log, as the app (server and browser) sees it. */
export type LogEvent = {
  seq: number;
  type: "line" | "hint";
  actor: "student" | "model";
  modelId: string | null;
  lineIndex: number;
  text: string;
  ok: boolean | null;
  verdict: Verdict | null;
  diagnosisId: string | null;
  hintLevel: number | null;
  createdAt: string;
};

/** What a caller asks the log to append; seq, ids and time are the log's business. */
export type EventDraft = Omit<LogEvent, "seq" | "createdAt">;

/** A student's line judged as reference line `lineIndex`, as the log stores it. */
export function lineDraft(lineIndex: number, text: string, verdict: Verdict): EventDraft {
  return {
    type: "line",
    actor: "student",
    modelId: null,
    lineIndex,
    text,
    ok: verdict.ok,
    verdict,
    diagnosisId: verdict.diagnosis?.id ?? null,
    hintLevel: null,
  };
}

/** A hint shown for reference line `lineIndex`. */
export function hintDraft(lineIndex: number, hint: { level: number; text: string }): EventDraft {
  return {
    type: "hint",
    actor: "student",
    modelId: null,
    lineIndex,
    text: hint.text,
    ok: null,
    verdict: null,
    diagnosisId: null,
    hintLevel: hint.level,
  };
}
