import "server-only";
import { takeRateLimits, type RateDecision } from "../db/rate-limits";
import { currentViewer } from "../auth/viewer";
import { addressKey } from "./address-key";

/** The expensive public resources and how often one visitor may use each. */
export const RATE_LIMITS = {
  /** The Lab's live models: each request decodes up to 1,024 tokens. */
  labSolve: { limit: 30, windowMs: 60_000 },
  /** Tracing a new Python program: one sandboxed interpreter per request. */
  traceProgram: { limit: 10, windowMs: 60_000 },
} as const;

export type RateLimitedResource = keyof typeof RATE_LIMITS;

/**
 * Who is asking, for counting. A signed-in account counts on its own wherever it connects
 * from, so a class behind one address (a school's network) does not share one limit. An
 * anonymous account counts against itself and its address: anyone can make a new one by
 * dropping the cookie, so on its own it would be a fresh limit per request. No account:
 * the address.
 */
async function visitorKeys(): Promise<string[]> {
  const viewer = await currentViewer();
  if (viewer?.signedIn) return [`user:${viewer.id}`];
  if (viewer) return [`user:${viewer.id}`, await addressKey()];
  return [await addressKey()];
}

export async function takeVisitorRateLimit(resource: RateLimitedResource): Promise<RateDecision> {
  const { limit, windowMs } = RATE_LIMITS[resource];
  return takeRateLimits({ bucket: resource, keys: await visitorKeys(), limit, windowMs });
}
