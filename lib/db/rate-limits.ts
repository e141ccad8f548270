import "server-only";
import { db, serializeWrites } from "./client";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one use of `bucket` by `key` if fewer than `limit` fell in the last `windowMs`.
 * In the database, so several app instances share one count; a transaction per call, so
 * a burst on one instance cannot all slip under the limit at once (on PostgreSQL two
 * instances can overshoot by at most one each, which a limit meant to protect the CPU
 * can live with). Old hits of the key are pruned as it goes.
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
