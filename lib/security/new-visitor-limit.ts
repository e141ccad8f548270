import "server-only";
import { type RateDecision, takeRateLimit } from "../db/rate-limits";
import { addressKey } from "./address-key";

/**
 * New anonymous visitors (each a new account, made by ensureViewer) per address. A classroom
 * of 40 behind one address (a school's network), each student on two browsers, stays under
 * it, and so does the end-to-end suite (about 30 from 127.0.0.1); a script that drops its
 * cookie to start afresh is stopped after 100, and meanwhile its anonymous accounts count
 * against the address's limits too (lib/security/rate-limit.ts).
 */
export const NEW_VISITORS_PER_ADDRESS = { limit: 100, windowMs: 10 * 60_000 } as const;

export async function takeNewVisitor(): Promise<RateDecision> {
  return takeRateLimit({ bucket: "newVisitor", key: await addressKey(), ...NEW_VISITORS_PER_ADDRESS });
}
