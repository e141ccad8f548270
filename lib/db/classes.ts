import "server-only";
import { randomInt } from "node:crypto";
import { db, Prisma } from "./client";

/** Class codes: no 0/O, 1/I/L, so a code read aloud or from a board is typed right. */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 6;

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** How a student's name is compared within a class: "Ana", " ana " and "ＡＮＡ" are one name. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

export async function createClass({ instructorId, name }: { instructorId: string; name: string }) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.class.create({ data: { instructorId, name, code: newCode() }, select: { id: true, code: true } });
    } catch (error) {
      const clash = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!clash || attempt >= 5) throw error;
    }
  }
}

export async function listInstructorClasses({ instructorId }: { instructorId: string }) {
  return db.class.findMany({
    where: { instructorId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, code: true, createdAt: true, _count: { select: { members: true, assignments: true } } },
  });
}

/** The class with its roster and assignments, if `instructorId` teaches it. */
export async function findTaughtClass({ classId, instructorId }: { classId: string; instructorId: string }) {
  return db.class.findFirst({
    where: { id: classId, instructorId },
    select: {
      id: true,
      name: true,
      code: true,
      members: { orderBy: { joinedAt: "asc" }, select: { joinedAt: true, user: { select: { id: true, name: true } } } },
      assignments: {
        orderBy: { createdAt: "desc" },
        select: { id: true, title: true, mode: true, dueAt: true, createdAt: true, _count: { select: { problems: true, sessions: true } } },
      },
    },
  });
}

export async function findClassByCode({ code }: { code: string }) {
  return db.class.findUnique({ where: { code: code.trim().toUpperCase() }, select: { id: true, name: true } });
}

/** The member of a class with this name (compared by nameKey), with the sign-in name better-auth knows. */
export async function findMemberByName({ classId, name }: { classId: string; name: string }) {
  return db.membership.findUnique({
    where: { classId_nameKey: { classId, nameKey: nameKey(name) } },
    select: { user: { select: { id: true, username: true } } },
  });
}

export async function addMember({ classId, userId, name }: { classId: string; userId: string; name: string }) {
  await db.membership.create({ data: { classId, userId, nameKey: nameKey(name) } });
}

/** Whether `userId` is a student of a class `instructorId` teaches (for password resets). */
export async function isStudentOfInstructor({ classId, userId, instructorId }: { classId: string; userId: string; instructorId: string }) {
  const found = await db.membership.findFirst({ where: { classId, userId, class: { instructorId } }, select: { id: true } });
  return found !== null;
}

/** A student's classes with their assignments and the student's sessions on each. */
export async function listStudentClasses({ userId }: { userId: string }) {
  return db.class.findMany({
    where: { members: { some: { userId } } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      assignments: {
        orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          title: true,
          mode: true,
          dueAt: true,
          _count: { select: { problems: true } },
          sessions: { where: { userId, status: { in: ["solved", "watched"] } }, select: { problemId: true } },
        },
      },
    },
  });
}
