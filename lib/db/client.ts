import "server-only";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseProvider, env } from "../env";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { asDatabaseError, databaseTrouble, DatabaseUnavailableError, troubleText } from "./unavailable";

// Both generated clients come from the same data model (prisma/postgres/schema.prisma is
// generated from prisma/schema.prisma), so they expose the same API; the app is typed
// against the SQLite one.
export type Db = SqliteClient;

/** How long a write transaction keeps trying while the database is locked by someone else, or restarting. */
export const WRITE_WAIT_MS = 3000;

/**
 * Gives back to the pool, to be discarded, a connection that died while checked out and that
 * nobody else will give back. Prisma 6.19's client releases a transaction's connection only
 * after its ROLLBACK or COMMIT succeeds; on a connection the server dropped (a restart) both
 * fail, and the connection would stay checked out for good: the pool shrinks with every
 * restart, and pool.end() ($disconnect) never finishes. The wait lets the adapter's own
 * release, where it has one (a failed BEGIN), come first.
 */
function releaseDeadConnections(pool: pg.Pool): pg.Pool {
  const checkedOut = new WeakSet<pg.PoolClient>();
  pool.on("acquire", (client) => checkedOut.add(client));
  pool.on("release", (_error, client) => checkedOut.delete(client));
  pool.on("connect", (client) => {
    client.once("end", () => {
      setTimeout(() => {
        if (!checkedOut.has(client)) return;
        try {
          client.release(new Error("Connection ended while checked out"));
        } catch {
          // released meanwhile after all
        }
      }, 1000).unref();
    });
  });
  return pool;
}

function createClient(url: string): Db {
  if (databaseProvider(url) === "postgresql") {
    const pool = releaseDeadConnections(new pg.Pool({ connectionString: url }));
    return new PostgresClient({
      adapter: new PrismaPg(pool, { disposeExternalPool: true }),
      // Under load every pooled connection can be busy for seconds: a transaction waits its
      // turn (Prisma's default is 2 s) rather than fail, and past that is answered "busy".
      transactionOptions: { maxWait: 10_000, timeout: 15_000 },
    }) as unknown as Db;
  }
  // The adapter's libSQL sets no busy timeout (a locked file fails at once, and a wait there
  // would block the event loop): serializeWrites waits for the lock instead, asynchronously.
  return new SqliteClient({ adapter: new PrismaLibSQL({ url }) });
}

// One client per process; Next's dev server re-evaluates modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { scratchpadDb?: Db };

export const db: Db = globalForDb.scratchpadDb ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.scratchpadDb = db;

export { Prisma } from "./generated/sqlite/client";

const sqlite = databaseProvider(env.DATABASE_URL) === "sqlite";
let writing: Promise<unknown> = Promise.resolve();

/**
 * Whether a failed transaction certainly did nothing, so running it again is safe whatever it
 * does: SQLite refused the lock (the transaction rolled back), or PostgreSQL could not be
 * reached or was still starting (no statement was sent). A connection lost mid-transaction
 * is not retried here: its COMMIT may have happened (appendEvent retries by requestId).
 */
function safeToRetry(error: unknown): boolean {
  if (sqlite) return databaseTrouble(error) === "busy";
  return /ECONNREFUSED|DatabaseNotReachable|\b57P03\b|starting up|Can't reach database server|\bP1001\b/i.test(troubleText(error));
}

/** Runs `work`, again while the database is briefly locked or restarting; then a DatabaseUnavailableError. */
async function withWaiting<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + WRITE_WAIT_MS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!safeToRetry(error) || Date.now() >= deadline) throw asDatabaseError(error);
      await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** attempt, 400, Math.max(0, deadline - Date.now()))));
    }
  }
}

/**
 * Runs `work` (a write transaction) after the ones before it when the database is SQLite.
 * SQLite has one writer at a time, and concurrent transactions collide (SQLITE_BUSY) and
 * depend on appendEvent's retries; queued here, they run back to back and never collide
 * within this process. PostgreSQL needs no queue.
 * (Several app processes on one SQLite file are not supported: use PostgreSQL for that.)
 *
 * A lock held by another process (a backup, the sqlite3 shell) or a PostgreSQL restart is
 * waited out for up to WRITE_WAIT_MS; past that, and when the database is full or gone, the
 * error is a DatabaseUnavailableError (see ./unavailable.ts) that actions turn into words.
 */
export function serializeWrites<T>(work: () => Promise<T>): Promise<T> {
  if (!sqlite) return withWaiting(work);
  const result = writing.then(() => withWaiting(work), () => withWaiting(work));
  writing = result.catch(() => undefined);
  return result;
}

export { DatabaseUnavailableError };
