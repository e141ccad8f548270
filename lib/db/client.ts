import "server-only";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, env } from "../env";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";

// Both generated clients come from the same data model (prisma/postgres/schema.prisma is
// generated from prisma/schema.prisma), so they expose the same API; the app is typed
// against the SQLite one.
export type Db = SqliteClient;

function createClient(url: string): Db {
  if (databaseProvider(url) === "postgresql") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
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
 * Runs `work` (a write transaction) after the ones before it when the database is SQLite.
 * SQLite has one writer at a time, and the libSQL driver opens a fresh connection for each
 * transaction, so concurrent transactions collide (SQLITE_BUSY) and depend on appendEvent's
 * retries; queued here, they run back to back and never collide within this process.
 * PostgreSQL needs no queue.
 * (Several app processes on one SQLite file are not supported: use PostgreSQL for that.)
 */
export function serializeWrites<T>(work: () => Promise<T>): Promise<T> {
  if (!sqlite) return work();
  const result = writing.then(work, work);
  writing = result.catch(() => undefined);
  return result;
}
