import "server-only";
import { db } from "./client";

export type LearnerSession = {
  id: string;
  kind: string;
  mode: string;
  status: string;
  startedAt: Date;
  solvedAt: Date | null;
  problemId: string;
  input: string;
};

export type LearnerEvent = {
  sessionId: string;
  kind: string;
  type: "line" | "hint" | "spot";
  actor: "student" | "model" | "app";
  lineIndex: number;
  ok: boolean | null;
  skills: string[];
  createdAt: Date;
};

/** Bounds one student's history read per page; older work beyond it stops counting. */
const MAX_SESSIONS = 2000;

/**
 * Everything a student has done, oldest first: the input to mastery (BKT) and the progress
 * page. Only the student's own sessions; events in log order within each session.
 */
export async function listLearnerHistory({ userId }: { userId: string }): Promise<{ sessions: LearnerSession[]; events: LearnerEvent[] }> {
  const rows = await db.practiceSession.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take: MAX_SESSIONS,
    select: {
      id: true,
      mode: true,
      status: true,
      startedAt: true,
      solvedAt: true,
      problem: { select: { id: true, kind: true, input: true } },
      events: {
        orderBy: { seq: "asc" },
        select: { type: true, actor: true, lineIndex: true, ok: true, skills: true, createdAt: true },
      },
    },
  });
  rows.reverse();
  const sessions = rows.map((row) => ({
    id: row.id,
    kind: row.problem.kind,
    mode: row.mode,
    status: row.status,
    startedAt: row.startedAt,
    solvedAt: row.solvedAt,
    problemId: row.problem.id,
    input: row.problem.input,
  }));
  const events = rows.flatMap((row) =>
    row.events.map((event): LearnerEvent => ({
      sessionId: row.id,
      kind: row.problem.kind,
      type: event.type === "hint" || event.type === "spot" ? event.type : "line",
      actor: event.actor === "model" || event.actor === "app" ? event.actor : "student",
      lineIndex: event.lineIndex,
      ok: event.ok,
      skills: event.skills ? event.skills.split(",") : [],
      createdAt: event.createdAt,
    })),
  );
  events.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime());
  return { sessions, events };
}
