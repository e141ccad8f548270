import "server-only";
import { headers } from "next/headers";

/**
 * The header our server (scripts/serve.mjs) sets on every request it hands to Next.js: the
 * client's address as it decided it, from the connection or, with TRUST_PROXY_HOPS=N, the
 * N-th X-Forwarded-For entry from the right. It always replaces any value the client sent,
 * so the app never reads an address the client chose.
 */
export const CLIENT_ADDRESS_HEADER = "x-scratchpad-client-address";

/**
 * Where the request comes from, for per-address limits. "unknown" when the app is served
 * without our server (plain `next start`): every such request then shares one count, which
 * errs on the side of limiting rather than trusting a header anyone can send.
 */
export async function clientAddress(): Promise<string> {
  const value = (await headers()).get(CLIENT_ADDRESS_HEADER)?.trim();
  return value || "unknown";
}
