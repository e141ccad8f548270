import "server-only";
import type { LogEvent } from "../practice/log-event";
import { db } from "./client";
import { toLogEvent } from "./event-log";
import type { ProblemRecord } from "./problems";

export type SessionRecord = {
  id: string;
  mode: string;
  status: string;
  startedAt: string;
  solvedAt: string | null;
  problem: ProblemRecord;
  events: LogEvent[];
};

export async function createPracticeSession({
  userId,
  problemId,
  mode = "alone",
}: {
  userId: string;
  problemId: string;
  mode?: string;
}): Promise<{ id: string }> {
  return db.practiceSession.create({ data: { userId, problemId, mode }, select: { id: true } });
}

/** Stores the problem (or finds the same one stored before) and starts a session on it, atomically. */
export async function createSessionOnNewProblem({
  userId,
  problem,
  mode = "alone",
}: {
  userId: string;
  problem: { kind: string; input: string; target: string; difficulty: number; title?: string | null; source?: string };
  mode?: string;
}): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { id: problemId } = await tx.problem.upsert({
      where: { kind_input: { kind: problem.kind, input: problem.input } },
      create: { ...problem, createdById: userId },
      update: {},
      select: { id: true },
    });
    return tx.practiceSession.create({ data: { userId, problemId, mode }, select: { id: true } });
  });
}

/** A session with its problem and log, or null when it does not exist or is not the user's. */
export async function findOwnedSession({
  sessionId,
  userId,
}: {
  sessionId: string;
  userId: string;
}): Promise<SessionRecord | null> {
  const session = await db.practiceSession.findFirst({
    where: { id: sessionId, userId },
    include: { problem: true, events: { orderBy: { seq: "asc" } } },
  });
  if (!session) return null;
  const { problem } = session;
  return {
    id: session.id,
    mode: session.mode,
    status: session.status,
    startedAt: session.startedAt.toISOString(),
    solvedAt: session.solvedAt?.toISOString() ?? null,
    problem: {
      id: problem.id,
      kind: problem.kind,
      input: problem.input,
      target: problem.target,
      title: problem.title,
      difficulty: problem.difficulty,
      source: problem.source,
      createdById: problem.createdById,
    },
    events: session.events.map(toLogEvent),
  };
}

export async function listSessionsForUser({ userId, take = 10 }: { userId: string; take?: number }) {
  const sessions = await db.practiceSession.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take,
    select: { id: true, status: true, startedAt: true, problem: { select: { kind: true, input: true, title: true } } },
  });
  return sessions.map((s) => ({
    id: s.id,
    status: s.status,
    startedAt: s.startedAt.toISOString(),
    kind: s.problem.kind,
    input: s.problem.input,
    title: s.problem.kind === "python" ? s.problem.title : null,
  }));
}

/** Just enough to judge a line: the session's id and problem, if the session is the user's. */
export async function findOwnedSessionProblem({ sessionId, userId }: { sessionId: string; userId: string }) {
  return db.practiceSession.findFirst({
    where: { id: sessionId, userId },
    select: { id: true, problem: { select: { kind: true, input: true, target: true } } },
  });
}
