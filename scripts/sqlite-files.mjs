// The SQLite database holds password hashes and every student's work: only the account that
// runs the app may read it. Used by scripts/setup.mjs and scripts/serve.mjs.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";

/** The database file of a "file:" DATABASE_URL, resolved against `root`; null for PostgreSQL. */
export function sqliteFileOf(url, root) {
  if (!url.startsWith("file:")) return null;
  return path.resolve(root, url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/**
 * Makes the database's folder 0700 and the database with its -wal, -shm and -journal files
 * 0600. A missing file is created empty (SQLite takes an empty file as an empty database)
 * with that mode, and SQLite gives the files it adds later the mode of the database. A
 * folder that already exists is tightened only when it is the app's own (`ownFolder`):
 * DATABASE_URL may point into a folder that other programs share. Where the file system
 * refuses a mode, a warning says so and the app still starts.
 *
 * @param {string} file
 * @param {{ ownFolder?: boolean }} [options]
 */
export function protectSqliteFiles(file, { ownFolder = false } = {}) {
  const folder = path.dirname(file);
  const tighten = (target, mode) => {
    try {
      chmodSync(target, mode);
    } catch (error) {
      if (error?.code !== "ENOENT") console.warn(`Could not make ${target} private (mode ${mode.toString(8)}): ${error?.message ?? error}`);
    }
  };
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: 0o700 });
  else if (ownFolder) tighten(folder, 0o700);
  closeSync(openSync(file, "a", 0o600));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) tighten(`${file}${suffix}`, 0o600);
}
