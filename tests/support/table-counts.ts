// Row counts of every table, to prove that a refused request wrote nothing (not even half
// of something). The table list comes from the generated client, so a new model is counted
// without anyone remembering to add it here.
import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/client";

export type Counts = Record<string, number>;

type Countable = { count: () => Promise<number> };

export async function tableCounts(db: Db): Promise<Counts> {
  const names = Object.values(Prisma.ModelName) as string[];
  const counts = await Promise.all(
    names.map((name) => (db as unknown as Record<string, Countable>)[name.charAt(0).toLowerCase() + name.slice(1)]!.count()),
  );
  return Object.fromEntries(names.map((name, index) => [name, counts[index]!]));
}

/**
 * Every table has the rows it had, except `bookkeeping` tables (sign-in failures, rate
 * limits) that count refusals on purpose and may only grow.
 */
export function expectUnchanged(what: string, before: Counts, after: Counts, bookkeeping: readonly string[] = []): void {
  for (const [table, count] of Object.entries(before)) {
    if (bookkeeping.includes(table)) expect(after[table], `${what}: ${table}`).toBeGreaterThanOrEqual(count);
    else expect(after[table], `${what}: rows of ${table} changed on a refused request`).toBe(count);
  }
}

/** Tables that record refusals by design. */
export const BOOKKEEPING = ["SignInFailure", "RateLimitHit"] as const;
