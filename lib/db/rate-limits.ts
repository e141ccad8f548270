import "server-only";
import { databaseProvider, env } from "../env";
import { db, serializeWrites } from "./client";

const postgres = databaseProvider(env.DATABASE_URL) === "postgresql";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one use of `bucket` by `key` if fewer than `limit` fell in the last `windowMs`.
 * In the database, so several app instances share one count. Checking and counting must
 * not interleave, or a burst slips past the limit together: SQLite has one writer at a
 * time (and serializeWrites in-process); on PostgreSQL a transaction-scoped advisory lock
 * on the bucket and key orders them across every instance. Old hits are pruned as it goes.
 */
export async function takeRateLimit({
  bucket,
  key,
  limit,
  windowMs,
  now = new Date(),
}: {
  bucket: string;
  key: string;
  limit: number;
  windowMs: number;
  now?: Date;
}): Promise<RateDecision> {
  const since = new Date(now.getTime() - windowMs);
  return serializeWrites(() =>
    db.$transaction(async (tx) => {
      if (postgres) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`${bucket}|${key}`}))::text`;
      await tx.rateLimitHit.deleteMany({ where: { bucket, key, createdAt: { lte: since } } });
      const hits = await tx.rateLimitHit.findMany({
        where: { bucket, key, createdAt: { gt: since } },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
        take: limit,
      });
      if (hits.length >= limit) {
        const oldest = hits[0]?.createdAt ?? now;
        const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000));
        return { allowed: false, retryAfterSeconds } as const;
      }
      await tx.rateLimitHit.create({ data: { bucket, key, createdAt: now } });
      return { allowed: true } as const;
    }),
  );
}
