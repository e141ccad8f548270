import "server-only";
import type { LogEvent } from "../practice/log-event";
import { db, serializeWrites } from "./client";
import { toLogEvent } from "./event-log";
import type { ProblemRecord } from "./problems";

/** The assignment a session was started for, as its practice page needs it. */
export type AssignmentLink = {
  id: string;
  title: string;
  mode: string;
  /** Whether its problems may also be worked in other modes (else the mode is the mode). */
  otherModes: boolean;
  /** This problem's position in the assignment, and the next problem's (null after the last). */
  position: number | null;
  nextPosition: number | null;
};

export type SessionRecord = {
  id: string;
  mode: string;
  modelId: string | null;
  planted: boolean;
  status: string;
  startedAt: string;
  solvedAt: string | null;
  problem: ProblemRecord;
  events: LogEvent[];
  assignment?: AssignmentLink | null;
};

/** How a session is worked: alone, or with a model (its registry id) in one of the model modes. */
export type SessionSetup = { mode?: string; modelId?: string | null; planted?: boolean; assignmentId?: string | null };

export async function createPracticeSession({
  userId,
  problemId,
  mode = "alone",
  modelId = null,
  planted = false,
  assignmentId = null,
}: {
  userId: string;
  problemId: string;
} & SessionSetup): Promise<{ id: string }> {
  return db.practiceSession.create({ data: { userId, problemId, mode, modelId, planted, assignmentId }, select: { id: true } });
}

/** Stores the problem (or finds the same one stored before) and starts a session on it, atomically. */
export async function createSessionOnNewProblem({
  userId,
  problem,
  mode = "alone",
  modelId = null,
  planted = false,
}: {
  userId: string;
  problem: { kind: string; input: string; target: string; difficulty: number; title?: string | null; source?: string };
} & SessionSetup): Promise<{ id: string }> {
  return serializeWrites(() => db.$transaction(async (tx) => {
    const { id: problemId } = await tx.problem.upsert({
      where: { kind_input: { kind: problem.kind, input: problem.input } },
      create: { ...problem, createdById: userId },
      update: {},
      select: { id: true },
    });
    return tx.practiceSession.create({ data: { userId, problemId, mode, modelId, planted }, select: { id: true } });
  }));
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
    include: {
      problem: true,
      events: { orderBy: { seq: "asc" } },
      assignment: {
        select: { id: true, title: true, mode: true, otherModes: true, problems: { orderBy: { position: "asc" }, select: { position: true, problemId: true } } },
      },
    },
  });
  if (!session) return null;
  const { problem } = session;
  const assigned = session.assignment;
  const here = assigned?.problems.find((item) => item.problemId === problem.id)?.position ?? null;
  const next = here === null ? undefined : assigned?.problems.find((item) => item.position > here);
  return {
    id: session.id,
    mode: session.mode,
    modelId: session.modelId,
    planted: session.planted,
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
    assignment: assigned
      ? { id: assigned.id, title: assigned.title, mode: assigned.mode, otherModes: assigned.otherModes, position: here, nextPosition: next?.position ?? null }
      : null,
  };
}

export async function listSessionsForUser({ userId, take = 10 }: { userId: string; take?: number }) {
  const sessions = await db.practiceSession.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take,
    select: { id: true, status: true, mode: true, startedAt: true, problem: { select: { kind: true, input: true, title: true, source: true } } },
  });
  return sessions.map((s) => ({
    id: s.id,
    status: s.status,
    mode: s.mode,
    startedAt: s.startedAt.toISOString(),
    kind: s.problem.kind,
    input: s.problem.input,
    title: s.problem.kind === "python" ? s.problem.title : null,
    source: s.problem.source,
  }));
}

/** Just enough to judge a line: the session's id and problem, if the session is the user's. */
export async function findOwnedSessionProblem({ sessionId, userId }: { sessionId: string; userId: string }) {
  return db.practiceSession.findFirst({
    where: { id: sessionId, userId },
    select: {
      id: true,
      problemId: true,
      mode: true,
      modelId: true,
      planted: true,
      status: true,
      problem: { select: { kind: true, input: true, target: true } },
      assignment: { select: { mode: true, otherModes: true } },
    },
  });
}

/**
 * Marks a session whose model did all the work (watch, compare) as watched: over, but never
 * the student's solving (analytics, progress and assignments count only their own work).
 */
export async function markWatched({ sessionId }: { sessionId: string }): Promise<void> {
  await db.practiceSession.updateMany({ where: { id: sessionId, status: "active" }, data: { status: "watched", solvedAt: new Date() } });
}
