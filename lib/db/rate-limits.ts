import "server-only";
import type { Prisma } from "./client";
import { withLimitLocks } from "./limit-locks";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Window = { bucket: string; limit: number; windowMs: number; now?: Date };

const lockName = (bucket: string, key: string) => `${bucket}|${key}`;

/** Whether `key` may use `bucket` once more, counting nothing; pruning its used-up hits as it goes. */
async function room(tx: Prisma.TransactionClient, { bucket, key, limit, windowMs, now }: Required<Window> & { key: string }): Promise<RateDecision> {
  const since = new Date(now.getTime() - windowMs);
  await tx.rateLimitHit.deleteMany({ where: { bucket, key, createdAt: { lte: since } } });
  const hits = await tx.rateLimitHit.findMany({
    where: { bucket, key, createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
    take: limit,
  });
  if (hits.length < limit) return { allowed: true };
  const oldest = hits[0]?.createdAt ?? now;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000)) };
}

/**
 * Counts one use of `bucket` under every one of `keys` if each has had fewer than `limit` in
 * the last `windowMs`; if any has not, counts nothing and says when the last of them frees up.
 * In the database, so several app instances share one count; checked and counted under
 * withLimitLocks, so a burst cannot slip past the limit together.
 */
export async function takeRateLimits({ bucket, keys, limit, windowMs, now = new Date() }: Window & { keys: string[] }): Promise<RateDecision> {
  return withLimitLocks(
    keys.map((key) => lockName(bucket, key)),
    async (tx) => {
      let retryAfterSeconds = 0;
      for (const key of keys) {
        const decision = await room(tx, { bucket, key, limit, windowMs, now });
        if (!decision.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, decision.retryAfterSeconds);
      }
      if (retryAfterSeconds > 0) return { allowed: false, retryAfterSeconds } as const;
      for (const key of keys) await tx.rateLimitHit.create({ data: { bucket, key, createdAt: now } });
      return { allowed: true } as const;
    },
  );
}

/** takeRateLimits for one key. */
export async function takeRateLimit({ key, ...window }: Window & { key: string }): Promise<RateDecision> {
  return takeRateLimits({ ...window, keys: [key] });
}

/**
 * Runs `attempt` when `key` has room in `bucket`, and counts a use only if the attempt says it
 * counts: for limits on failures (wrong class codes), where only the lookup itself can tell.
 * The check, the attempt and the count are one step under the key's lock, so a burst of
 * failures cannot all pass the check before any is counted, and successes cost nothing.
 */
export async function takeRateLimitIf<T>(
  { bucket, key, limit, windowMs, now = new Date() }: Window & { key: string },
  attempt: (tx: Prisma.TransactionClient) => Promise<{ value: T; counts: boolean }>,
): Promise<{ allowed: true; value: T } | { allowed: false; retryAfterSeconds: number }> {
  return withLimitLocks([lockName(bucket, key)], async (tx) => {
    const decision = await room(tx, { bucket, key, limit, windowMs, now });
    if (!decision.allowed) return decision;
    const { value, counts } = await attempt(tx);
    if (counts) await tx.rateLimitHit.create({ data: { bucket, key, createdAt: now } });
    return { allowed: true, value } as const;
  });
}
