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
