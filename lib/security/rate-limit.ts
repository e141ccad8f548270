import "server-only";
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { takeRateLimit, type RateDecision } from "../db/rate-limits";
import { currentViewer } from "../auth/viewer";

/** The expensive public resources and how often one visitor may use each. */
export const RATE_LIMITS = {
  /** The Lab's live models: each request decodes up to 1,024 tokens. */
  labSolve: { limit: 30, windowMs: 60_000 },
  /** Tracing a new Python program: one sandboxed interpreter per request. */
  traceProgram: { limit: 10, windowMs: 60_000 },
} as const;

export type RateLimitedResource = keyof typeof RATE_LIMITS;

/**
 * Who is asking, for counting: the signed-in or anonymous account when there is one
 * (so one person is one count wherever they connect from), else the address. Hashed,
 * so the table holds no addresses in clear.
 */
async function visitorKey(): Promise<string> {
  const viewer = await currentViewer();
  if (viewer) return `user:${viewer.id}`;
  const list = await headers();
  const address = list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "local";
  return `address:${createHash("sha256").update(address).digest("hex").slice(0, 32)}`;
}

export async function takeVisitorRateLimit(resource: RateLimitedResource): Promise<RateDecision> {
  const { limit, windowMs } = RATE_LIMITS[resource];
  return takeRateLimit({ bucket: resource, key: await visitorKey(), limit, windowMs });
}
