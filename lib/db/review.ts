import "server-only";
import type { ReviewSession } from "../review/types";
import { db, type Prisma } from "./client";
import { toLogEvent } from "./event-log";

export type SessionFilters = {
  studentId?: string;
  kind?: string;
  assignmentId?: string;
  status?: string;
  from?: Date;
  to?: Date;
};

const reviewSelect = {
  id: true,
  mode: true,
  modelId: true,
  status: true,
  startedAt: true,
  solvedAt: true,
  assignment: { select: { id: true, title: true, classId: true } },
  user: { select: { id: true, name: true } },
  problem: { select: { id: true, kind: true, input: true, target: true, title: true, source: true } },
  events: { orderBy: { seq: "asc" } },
} satisfies Prisma.PracticeSessionSelect;

type Row = Prisma.PracticeSessionGetPayload<{ select: typeof reviewSelect }>;

function toReview(row: Row, classId: string | null): ReviewSession {
  return {
    id: row.id,
    student: { id: row.user.id, name: row.user.name ?? "Anonymous" },
    classId: row.assignment?.classId ?? classId,
    assignment: row.assignment ? { id: row.assignment.id, title: row.assignment.title } : null,
    problem: row.problem,
    mode: row.mode,
    modelId: row.modelId,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    solvedAt: row.solvedAt?.toISOString() ?? null,
    events: row.events.map(toLogEvent),
  };
}

/**
 * The sessions of a class's students, if `instructorId` teaches the class: its
 * assignments' sessions and its members' other practice while signed in. Anonymous
 * practice has no account, so it is never anyone's class work.
 */
export async function listClassSessions({
  classId,
  instructorId,
  filters = {},
  take = 500,
}: {
  classId: string;
  instructorId: string;
  filters?: SessionFilters;
  take?: number;
}): Promise<ReviewSession[]> {
  const rows = await db.practiceSession.findMany({
    where: {
      user: { memberships: { some: { classId, class: { instructorId } } } },
      OR: [{ assignmentId: null }, { assignment: { classId } }],
      ...(filters.studentId ? { userId: filters.studentId } : {}),
      ...(filters.kind ? { problem: { kind: filters.kind } } : {}),
      ...(filters.assignmentId ? { assignmentId: filters.assignmentId } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.from || filters.to ? { startedAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } } : {}),
    },
    orderBy: { startedAt: "desc" },
    take,
    select: reviewSelect,
  });
  return rows.map((row) => toReview(row, classId));
}

/** One session, if its student is in a class `instructorId` teaches; null otherwise. */
export async function findReviewSession({ sessionId, instructorId }: { sessionId: string; instructorId: string }): Promise<ReviewSession | null> {
  const row = await db.practiceSession.findFirst({
    where: {
      id: sessionId,
      user: { memberships: { some: { class: { instructorId } } } },
      // Work for another instructor's assignment stays theirs, even for a shared student.
      OR: [{ assignmentId: null }, { assignment: { class: { instructorId } } }],
    },
    select: reviewSelect,
  });
  return row ? toReview(row, null) : null;
}
