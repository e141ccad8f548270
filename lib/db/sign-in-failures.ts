import "server-only";
import { db } from "./client";

/** Failed sign-ins under any of `keys` since `since`. */
export async function countSignInFailures({ keys, since }: { keys: string[]; since: Date }): Promise<number> {
  return db.signInFailure.count({ where: { key: { in: keys }, createdAt: { gt: since } } });
}

export async function recordSignInFailure({ keys }: { keys: string[] }): Promise<void> {
  await db.signInFailure.createMany({ data: keys.map((key) => ({ key })) });
}
