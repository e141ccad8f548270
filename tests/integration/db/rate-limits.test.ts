import { describe, expect, it } from "vitest";
import { POST as labSolve } from "@/app/api/lab/solve/route";
import { db } from "@/lib/db/client";
import { takeRateLimit } from "@/lib/db/rate-limits";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { actAs, Browser } from "../../support/next-request";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";

describe(`rate limits in the database on ${provider}`, () => {
  it("allows `limit` uses in the window, then says when to come back, then allows again", async () => {
    const at = (seconds: number) => new Date(Date.UTC(2026, 10, 26, 12, 0, seconds));
    const take = (seconds: number) => takeRateLimit({ bucket: "test", key: "k1", limit: 3, windowMs: 10_000, now: at(seconds) });
    expect(await take(0)).toEqual({ allowed: true });
    expect(await take(2)).toEqual({ allowed: true });
    expect(await take(4)).toEqual({ allowed: true });
    // The oldest use (at 0 s) leaves the window at 10 s.
    expect(await take(5)).toEqual({ allowed: false, retryAfterSeconds: 5 });
    expect(await take(11)).toEqual({ allowed: true });
    // Other keys and buckets count apart.
    expect(await takeRateLimit({ bucket: "test", key: "k2", limit: 3, windowMs: 10_000, now: at(5) })).toEqual({ allowed: true });
    expect(await takeRateLimit({ bucket: "other", key: "k1", limit: 3, windowMs: 10_000, now: at(5) })).toEqual({ allowed: true });
    // Used-up hits are pruned, so the table does not grow without bound.
    expect(await db.rateLimitHit.count({ where: { bucket: "test", key: "k1" } })).toBe(3);
  });

  it("never lets a burst of simultaneous requests past the limit", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => takeRateLimit({ bucket: "burst", key: "k", limit: 5, windowMs: 60_000 })),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
  });

  it("answers the Lab's model route with 429 and Retry-After once a visitor has used it up", async () => {
    const visitor = new Browser();
    actAs(visitor);
    const ask = () =>
      labSolve(new Request("http://localhost/api/lab/solve", { method: "POST", body: JSON.stringify({ modelId: "addition-direct", input: "1 + 2" }) }));
    for (let i = 0; i < RATE_LIMITS.labSolve.limit; i += 1) {
      const response = await ask();
      expect(response.status).toBe(200);
      await response.text();
    }
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toMatch(/\d+ s/);

    // Another visitor is not affected; a bad request is refused as such, not counted.
    actAs(new Browser());
    const other = await ask();
    expect(other.status).toBe(200);
    await other.text();
    actAs(visitor);
    const bad = await labSolve(new Request("http://localhost/api/lab/solve", { method: "POST", body: "{}" }));
    expect(bad.status).toBe(400);
  });
});
