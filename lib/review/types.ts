/**
 * A practice session as instructors review it: who worked it, on what, how, and its whole
 * log. Pure data (dates as ISO strings), so review, analytics and exports can be computed
 * and tested without a database.
 */
import type { LogEvent } from "../practice/log-event";

export type ReviewSession = {
  id: string;
  student: { id: string; name: string };
  classId: string | null;
  assignment: { id: string; title: string } | null;
  /** `source` ("bank", "custom", …) picks a bank program's translated title (lib/problems/python-bank-titles.ts). */
  problem: { id: string; kind: string; input: string; target: string; title: string | null; source?: string };
  /** "alone" | "watch" | "turns" | "spot" | "compare" */
  mode: string;
  modelId: string | null;
  /** "active" | "solved" */
  status: string;
  startedAt: string;
  solvedAt: string | null;
  events: LogEvent[];
};
