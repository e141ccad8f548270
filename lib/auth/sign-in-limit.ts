import "server-only";
import { createHash } from "node:crypto";
import { beginSignInAttempt, forgetSignInAttempt, type SignInAttempt } from "../db/sign-in-failures";
import { clientAddress } from "../security/client-address";

export type { SignInAttempt };

/** Failed sign-ins allowed per account name, and per address, in the window. */
export const MAX_FAILURES = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const WINDOW_MS = 15 * 60 * 1000;

/** Keys are hashed: the table never holds email addresses or names in clear. */
const key = (kind: string, value: string) => `${kind}:${createHash("sha256").update(value.toLowerCase()).digest("hex").slice(0, 32)}`;

/**
 * Slows down password guessing: after MAX_FAILURES failed sign-ins for one account (or
 * MAX_FAILURES_PER_ADDRESS from one address, the address our server decided) within 15
 * minutes, sign-in is refused until the window has passed. Kept in the database so that
 * every app instance sees it.
 *
 * The attempt is counted as a failure before the password is checked (null: refused), and
 * taken back with `withdrawSignInAttempt` when the password was right. Counting only after a wrong
 * password let a burst of simultaneous guesses all reach the password check.
 */
export async function startSignInAttempt(account: string): Promise<SignInAttempt | null> {
  return beginSignInAttempt({
    keys: [
      { key: key("account", account), limit: MAX_FAILURES },
      { key: key("address", await clientAddress()), limit: MAX_FAILURES_PER_ADDRESS },
    ],
    since: new Date(Date.now() - WINDOW_MS),
  });
}

/** The attempt was no failure: the password was right (or it never got to be checked). */
export async function withdrawSignInAttempt(attempt: SignInAttempt): Promise<void> {
  await forgetSignInAttempt(attempt);
}
