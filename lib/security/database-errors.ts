import "server-only";
import { getTranslations } from "next-intl/server";
import { databaseTrouble, databaseTroubleResponse, orDatabaseError, type DatabaseTrouble } from "../db/unavailable";

/** What to tell the person when the database cannot answer, in the request's language. */
export async function databaseMessage(trouble: DatabaseTrouble): Promise<string> {
  const t = await getTranslations("common.database");
  return t(trouble);
}

/**
 * Runs a Server Action's body; when the database is down, locked or full, the action
 * answers with its typed `{ ok: false, error }` in words instead of failing the request
 * (nothing half-stored: each write is one transaction). Next's redirect() and notFound()
 * and every other error pass through unchanged.
 */
export function withDatabase<T>(body: () => Promise<T>): Promise<T | { ok: false; error: string; trouble: DatabaseTrouble }> {
  return orDatabaseError(body, databaseMessage);
}

/** The same for a route handler: 503 (507 when full) with Retry-After and the words as `error`. */
export async function respondWithDatabase(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    const trouble = databaseTrouble(error);
    if (!trouble) throw error;
    return databaseTroubleResponse(trouble, await databaseMessage(trouble));
  }
}
