import "server-only";
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { countSignInFailures, recordSignInFailure } from "../db/sign-in-failures";

/** Failed sign-ins allowed per account name, and per address, in the window. */
export const MAX_FAILURES = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const WINDOW_MS = 15 * 60 * 1000;

/** Keys are hashed: the table never holds email addresses or names in clear. */
const key = (kind: string, value: string) => `${kind}:${createHash("sha256").update(value.toLowerCase()).digest("hex").slice(0, 32)}`;

async function address(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "local";
}

/**
 * Slows down password guessing: after MAX_FAILURES failed sign-ins for one account (or
 * MAX_FAILURES_PER_ADDRESS from one address) within 15 minutes, sign-in is refused until
 * the window has passed. Kept in the database so that every app instance sees it.
 */
export async function signInAllowed(account: string): Promise<boolean> {
  const since = new Date(Date.now() - WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    countSignInFailures({ keys: [key("account", account)], since }),
    countSignInFailures({ keys: [key("address", await address())], since }),
  ]);
  return byAccount < MAX_FAILURES && byAddress < MAX_FAILURES_PER_ADDRESS;
}

export async function noteSignInFailure(account: string): Promise<void> {
  await recordSignInFailure({ keys: [key("account", account), key("address", await address())] });
}
