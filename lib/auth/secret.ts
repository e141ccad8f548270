import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { env } from "../env";

const SECRET_FILE = resolve(process.cwd(), "data", "auth-secret");

/**
 * The secret that signs sign-in sessions: AUTH_SECRET, or one made once and kept in
 * data/auth-secret so that sessions survive a restart with no configuration.
 */
export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  try {
    return readFileSync(SECRET_FILE, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  // data/ holds the secret and the SQLite database: only this account may look inside.
  mkdirSync(dirname(SECRET_FILE), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("hex");
  try {
    // "wx": if another process made it first, theirs wins and is read back.
    writeFileSync(SECRET_FILE, secret, { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    return readFileSync(SECRET_FILE, "utf8").trim();
  }
}
