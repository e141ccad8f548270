import "server-only";
import { randomUUID } from "node:crypto";
import { db, serializeWrites } from "./client";
import { withLimitLocks } from "./limit-locks";

/** One sign-in attempt, counted as a failure under each of its keys until it is taken back. */
export type SignInAttempt = { ids: string[] };

/**
 * Counts a sign-in attempt as a failure under every key before its password is checked,
 * unless one of the keys already has `limit` failures since `since` (then null: refused).
 * The check and the count are one step under the keys' locks, so a burst of simultaneous
 * attempts cannot all pass the check before any is counted: no more than `limit` reach the
 * password. Old failures of these keys are pruned as it goes.
 */
export async function beginSignInAttempt({ keys, since }: { keys: { key: string; limit: number }[]; since: Date }): Promise<SignInAttempt | null> {
  return withLimitLocks(
    keys.map(({ key }) => `sign-in|${key}`),
    async (tx) => {
      await tx.signInFailure.deleteMany({ where: { key: { in: keys.map(({ key }) => key) }, createdAt: { lte: since } } });
      for (const { key, limit } of keys) {
        if ((await tx.signInFailure.count({ where: { key, createdAt: { gt: since } } })) >= limit) return null;
      }
      // Our own ids, so that the attempt can later take back exactly its rows and no others.
      const rows = keys.map(({ key }) => ({ id: randomUUID(), key }));
      await tx.signInFailure.createMany({ data: rows });
      return { ids: rows.map(({ id }) => id) };
    },
  );
}

/**
 * Takes back an attempt that turned out not to be a failure (the password was right). Only
 * its own rows go, so attempts counted meanwhile stay counted.
 */
export async function forgetSignInAttempt({ ids }: SignInAttempt): Promise<void> {
  await serializeWrites(() => db.signInFailure.deleteMany({ where: { id: { in: ids } } }));
}
