// The one place scripts turn DATABASE_URL into a provider. lib/env.ts does the same for
// the app (with zod); both default to the embedded SQLite file.
export const DEFAULT_DATABASE_URL = "file:./data/scratchpad.db";

export function databaseUrl() {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url) {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.slice(0, 40)}"`,
  );
}
