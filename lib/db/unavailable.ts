// Recognising a database that cannot answer right now, so that callers can tell the user
// "try again in a moment" instead of failing with a driver's stack trace.
//
// Errors reach us in several wrappings (a pg or libSQL driver error, a Prisma driver-adapter
// error with the driver's code in `cause` or `meta`, a PrismaClientKnownRequestError), so
// the whole chain is searched for the codes and phrases each layer uses.

/** Why the database cannot take the request: it is down or unreachable, locked by another writer, or out of space. */
export type DatabaseTrouble = "unavailable" | "busy" | "full";

export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
  constructor(
    readonly trouble: DatabaseTrouble,
    options?: { cause?: unknown },
  ) {
    super(DESCRIPTIONS[trouble], options);
  }
}

// For logs and for callers that show no translated text; the app's pages use their own words.
const DESCRIPTIONS: Record<DatabaseTrouble, string> = {
  unavailable: "The database is unavailable (down, restarting or unreachable).",
  busy: "The database is busy: another writer held its lock for too long.",
  full: "The database or its disk is full.",
};

const FULL = /SQLITE_FULL|database or disk is full|ENOSPC|no space left on device|\b53100\b|disk_full|could not extend file/i;
// P2028: every pooled connection stayed busy longer than a transaction may wait for one.
const BUSY = /SQLITE_BUSY|SQLITE_LOCKED|database is locked|database table is locked|\b55P03\b|lock_not_available|\bP2028\b|Unable to start a transaction in the given time/i;
const UNAVAILABLE = new RegExp(
  [
    // Sockets and pg's own messages when the server goes away or is not there.
    "ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EPIPE|EHOSTUNREACH",
    "Connection terminated|connection ended|Connection closed|Client has encountered a connection error",
    "terminating connection|server closed the connection|the database system is (starting up|shutting down|in recovery|not yet accepting connections)",
    // SQLSTATE classes 08 (connection exception) and 57P (operator intervention), too many connections.
    "\\b08(000|001|003|004|006|007|P01)\\b|\\b57P0[1-4]\\b|\\b53300\\b",
    // Prisma: can't reach, timed out, closed, pool timeout; its driver-adapter error kinds.
    "\\bP10(01|02|08|17)\\b|\\bP2024\\b|Can't reach database server|Timed out fetching a new connection|Operations? (has )?timed out",
    "DatabaseNotReachable|ConnectionClosed|SocketTimeout|TooManyConnections",
    // SQLite: the file cannot be opened or read back (disk gone, I/O error).
    "SQLITE_CANTOPEN|SQLITE_IOERR|unable to open database file|disk I/O error",
  ].join("|"),
  "i",
);

/** Every code, kind and message found along the error's cause chain (and Prisma's `meta`). */
export function troubleText(error: unknown, depth = 0, seen = new Set<unknown>()): string {
  if (error === null || error === undefined || depth > 6 || seen.has(error)) return "";
  if (typeof error !== "object") return String(error);
  seen.add(error);
  const record = error as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of ["name", "code", "kind", "originalCode", "message", "originalMessage", "reason"]) {
    if (typeof record[key] === "string" || typeof record[key] === "number") parts.push(String(record[key]));
  }
  for (const key of ["cause", "meta", "driverAdapterError", "error"]) parts.push(troubleText(record[key], depth + 1, seen));
  return parts.filter(Boolean).join(" ");
}

/** What is wrong with the database, when `error` says it cannot answer now; null for any other error. */
export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  if (error instanceof DatabaseUnavailableError) return error.trouble;
  // Next.js's redirect() and notFound() are control flow, never database trouble.
  if (typeof (error as { digest?: unknown } | null)?.digest === "string") return null;
  const text = troubleText(error);
  if (FULL.test(text)) return "full";
  if (BUSY.test(text)) return "busy";
  if (UNAVAILABLE.test(text)) return "unavailable";
  return null;
}

/** The same error as a DatabaseUnavailableError when it is database trouble; otherwise unchanged. */
export function asDatabaseError(error: unknown): unknown {
  const trouble = databaseTrouble(error);
  return trouble && !(error instanceof DatabaseUnavailableError) ? new DatabaseUnavailableError(trouble, { cause: error }) : error;
}

/**
 * Runs `run`; when it fails because the database cannot answer, returns the action's typed
 * error with `message(trouble)` (the caller's translated words) instead of throwing.
 * Anything else, Next's redirect() and notFound() included, is thrown on unchanged.
 */
export async function orDatabaseError<T>(
  run: () => Promise<T>,
  message: (trouble: DatabaseTrouble) => string | Promise<string>,
): Promise<T | { ok: false; error: string; trouble: DatabaseTrouble }> {
  try {
    return await run();
  } catch (error) {
    const trouble = databaseTrouble(error);
    if (!trouble) throw error;
    return { ok: false, error: await message(trouble), trouble };
  }
}

/** A route handler's answer when the database cannot answer: 503 (507 when full), with Retry-After. */
export function databaseTroubleResponse(trouble: DatabaseTrouble, error: string): Response {
  return Response.json({ error, trouble }, { status: trouble === "full" ? 507 : 503, headers: { "Retry-After": "5" } });
}
