import "server-only";
import { db } from "./client";

export type Viewer = { id: string; role: "student" | "instructor" };

function toViewer(user: { id: string; role: string }): Viewer {
  return { id: user.id, role: user.role === "instructor" ? "instructor" : "student" };
}

export async function findUserByTokenHash({ tokenHash }: { tokenHash: string }): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { tokenHash }, select: { id: true, role: true } });
  return user ? toViewer(user) : null;
}

export async function createAnonymousStudent({ tokenHash }: { tokenHash: string }): Promise<Viewer> {
  const user = await db.user.create({ data: { tokenHash, role: "student" }, select: { id: true, role: true } });
  return toViewer(user);
}
