import "server-only";
import { findClassCountingMisses } from "../db/class-code-guesses";
import { takeRateLimit } from "../db/rate-limits";
import { addressKey } from "./address-key";

const TEN_MINUTES = 10 * 60_000;

/**
 * How fast class codes may be tried. Codes are 6 characters of 31 (about 887 million codes),
 * so 20 wrong codes per address per 10 minutes leaves guessing hopeless (under 3,000 a day),
 * while a classroom behind one address (a school's network) has room for its typos. Joins
 * with a real code are counted per code, to bound what a leaked code can do: 200 per 10
 * minutes lets a class of 40, or a lecture of 150, join at once.
 */
export const CLASS_JOIN_LIMITS = {
  wrongCodesPerAddress: { limit: 20, windowMs: TEN_MINUTES },
  joinsPerCode: { limit: 200, windowMs: TEN_MINUTES },
} as const;

export type ClassToJoin =
  | { ok: true; found: { id: string; name: string } }
  | { ok: false; refused: "noClass" }
  | { ok: false; refused: "wrongCodes" | "joinBusy"; minutes: number };

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * The class a join names, within the limits. Once an address has used up its wrong codes,
 * every code from it is refused, the right one too: were the right one let through, the
 * answer would tell a guesser which guess was right.
 */
export async function findClassToJoin(code: string): Promise<ClassToJoin> {
  const lookup = await findClassCountingMisses({ code, key: await addressKey(), ...CLASS_JOIN_LIMITS.wrongCodesPerAddress });
  if (!lookup.allowed) return { ok: false, refused: "wrongCodes", minutes: minutes(lookup.retryAfterSeconds) };
  if (!lookup.value) return { ok: false, refused: "noClass" };
  const join = await takeRateLimit({ bucket: "classJoin", key: `class:${lookup.value.id}`, ...CLASS_JOIN_LIMITS.joinsPerCode });
  if (!join.allowed) return { ok: false, refused: "joinBusy", minutes: minutes(join.retryAfterSeconds) };
  return { ok: true, found: lookup.value };
}
