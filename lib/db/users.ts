import "server-only";
import { db } from "./client";

/** Who is asking: an anonymous student (cookie token), or a signed-in instructor or student. */
export type Viewer = { id: string; role: "student" | "instructor"; name: string | null; signedIn: boolean };

function toViewer(user: { id: string; role: string; name: string | null }, signedIn: boolean): Viewer {
  return { id: user.id, role: user.role === "instructor" ? "instructor" : "student", name: user.name, signedIn };
}

export async function findUserByTokenHash({ tokenHash }: { tokenHash: string }): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { tokenHash }, select: { id: true, role: true, name: true } });
  return user ? toViewer(user, false) : null;
}

/** A signed-in user by id, with the role stored (never the role a session or form claims). */
export async function findSignedInUser({ userId }: { userId: string }): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true, name: true } });
  return user ? toViewer(user, true) : null;
}

export async function createAnonymousStudent({ tokenHash }: { tokenHash: string }): Promise<Viewer> {
  const user = await db.user.create({ data: { tokenHash, role: "student" }, select: { id: true, role: true, name: true } });
  return toViewer(user, false);
}

/** Undoes an account made a moment ago whose setup could not be finished. */
export async function deleteUser({ userId }: { userId: string }): Promise<void> {
  await db.user.deleteMany({ where: { id: userId } });
}
