import "server-only";
import { takeRateLimitIf } from "./rate-limits";

/**
 * The class with this code, counting a miss (a code that names no class) against `key`;
 * refused, without looking, once `key` has `limit` misses in the last `windowMs`. Looking and
 * counting are one step under the key's lock, so a burst of guesses cannot all be looked up
 * before any miss is counted, and right codes cost nothing.
 */
export async function findClassCountingMisses({ code, key, limit, windowMs }: { code: string; key: string; limit: number; windowMs: number }) {
  return takeRateLimitIf({ bucket: "classCodeMiss", key, limit, windowMs }, async (tx) => {
    const found = await tx.class.findUnique({ where: { code: code.trim().toUpperCase() }, select: { id: true, name: true } });
    return { value: found, counts: !found };
  });
}
