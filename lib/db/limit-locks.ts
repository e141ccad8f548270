import "server-only";
import { databaseProvider, env } from "../env";
import { db, type Prisma, serializeWrites } from "./client";

const postgres = databaseProvider(env.DATABASE_URL) === "postgresql";

/**
 * Runs `work` as one write transaction that no other holder of any of `names` interleaves
 * with, so that a limit's check and its count happen as one step and a burst cannot all pass
 * the check before any is counted. SQLite has one writer at a time (and serializeWrites
 * in-process); on PostgreSQL a transaction-scoped advisory lock per name orders them across
 * every instance. The locks are taken in one order (sorted), so two transactions that need
 * the same two names never wait for each other in a circle.
 */
export function withLimitLocks<T>(names: string[], work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  const locks = [...new Set(names)].sort();
  return serializeWrites(() =>
    db.$transaction(async (tx) => {
      if (postgres) for (const name of locks) await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${name}))::text`;
      return work(tx);
    }),
  );
}
