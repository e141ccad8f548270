import "server-only";
import { db, serializeWrites } from "./client";

type NewProblem = { kind: string; input: string; target: string; difficulty: number; title?: string | null };

/** The assignment and its problems (stored once each, shared by kind and input), atomically. */
export async function createAssignment({
  classId,
  createdById,
  title,
  mode,
  otherModes = false,
  dueAt,
  problems,
}: {
  classId: string;
  createdById: string;
  title: string;
  mode: string;
  otherModes?: boolean;
  dueAt: Date | null;
  problems: NewProblem[];
}): Promise<{ id: string }> {
  return serializeWrites(() => db.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const problem of problems) {
      const { id } = await tx.problem.upsert({
        where: { kind_input: { kind: problem.kind, input: problem.input } },
        create: { ...problem, source: "assignment", createdById },
        update: {},
        select: { id: true },
      });
      ids.push(id);
    }
    return tx.assignment.create({
      data: { classId, createdById, title, mode, otherModes, dueAt, problems: { create: ids.map((problemId, position) => ({ problemId, position })) } },
      select: { id: true },
    });
  }));
}

/** An assignment as a member of its class sees it, with their own sessions on it; null for anyone else. */
export async function findAssignmentForMember({ assignmentId, userId }: { assignmentId: string; userId: string }) {
  return db.assignment.findFirst({
    where: { id: assignmentId, class: { members: { some: { userId } } } },
    select: {
      id: true,
      title: true,
      mode: true,
      otherModes: true,
      dueAt: true,
      class: { select: { id: true, name: true } },
      problems: { orderBy: { position: "asc" }, select: { position: true, problem: { select: { id: true, kind: true, input: true, title: true, source: true } } } },
      sessions: { where: { userId }, orderBy: { startedAt: "desc" }, select: { id: true, problemId: true, status: true, mode: true, events: { where: { type: "spot" }, select: { ok: true } } } },
    },
  });
}

/** The problem at `position` of an assignment whose class `userId` belongs to. */
export async function findAssignmentProblemForMember({ assignmentId, position, userId }: { assignmentId: string; position: number; userId: string }) {
  return db.assignmentProblem.findFirst({
    where: { assignmentId, position, assignment: { class: { members: { some: { userId } } } } },
    select: { problem: { select: { id: true, kind: true } }, assignment: { select: { id: true, mode: true } } },
  });
}

/** Problems the instructor may put in an assignment by id: listed ones and their own. */
export async function findChoosableProblems({ ids, instructorId }: { ids: string[]; instructorId: string }) {
  return db.problem.findMany({
    where: { id: { in: ids }, OR: [{ source: { in: ["demo", "bank"] } }, { createdById: instructorId }] },
    select: { id: true, kind: true, input: true, target: true, difficulty: true, title: true },
  });
}
