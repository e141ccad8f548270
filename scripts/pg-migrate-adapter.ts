import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Prisma 6.19's JS schema engine reads PostgreSQL's catalogs, whose `name` columns
// (type OID 19) @prisma/adapter-pg refuses to map (prisma/prisma#27403), so every
// `migrate` command fails. `name` is text to every reader, so we report it as text.
// Only the Prisma CLI uses this; the app's own queries never touch catalog columns.
const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function relabelNameColumns<R>(result: R): R {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

function patchQuery(target: { query: (...args: never[]) => unknown }) {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  target.query = ((...args: unknown[]) => {
    const result = original(...args);
    return result instanceof Promise ? result.then(relabelNameColumns) : result;
  }) as typeof target.query;
}

export function pgAdapterForMigrate(connectionString: string) {
  const pool = new pg.Pool({ connectionString });
  patchQuery(pool as never);
  // Clients handed out for transactions answer queries too. pool.query itself calls
  // connect with a callback internally, so only the promise form is wrapped.
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    if (args.length > 0) return connect(...args);
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      patchQuery(client as never);
      return client;
    });
  }) as typeof pool.connect;
  return new PrismaPg(pool);
}
