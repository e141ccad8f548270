// Issue #14, point 7: dropping the cookie must not buy a fresh limit. Anonymous visitors are
// counted per address as well as per account, and new anonymous visitors are themselves
// limited per address; signed-in accounts behind the same address count on their own.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signUpInstructor } from "@/app/(account)/actions";
import { practiceNext } from "@/app/(learn)/actions";
import { startPractice } from "@/app/(practice)/actions";
import { createPythonProblem } from "@/app/(problems)/actions";
import { db } from "@/lib/db/client";
import { NEW_VISITORS_PER_ADDRESS } from "@/lib/security/new-visitor-limit";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { actAs, asBrowser, Browser, redirectOf } from "../../support/next-request";
import { form, outcome } from "../../support/forms";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;



describe(`anonymous visitors' limits per address on ${provider}`, () => {
  // Ten programs are traced in a sandbox each: slow on a busy machine, whatever the limits.
  it("counts cookieless traces against the address: of 14 at once, the 11th on is refused", { timeout: 180_000 }, async () => {
    const script = new Browser();
    const users = await db.user.count();
    // What the attacker did: no cookie, so every request is a new anonymous visitor (here a new
    // browser at the same address). All at once, so that every request is counted before the
    // first trace ends: the one-minute window cannot let one through however slowly the sandbox traces.
    const said = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        asBrowser(new Browser(script.address), () =>
          outcome(() => createPythonProblem(null, form({ title: `Trace ${i}`, difficulty: "1", program: `x = ${i}\ny = x + 1\n` }))),
        ),
      ),
    );
    expect(await db.user.count()).toBe(users + 14);
    const refused = said.filter((words) => /many programs.*Wait \d+ s/.test(words));
    expect(refused, said.join("\n")).toHaveLength(14 - RATE_LIMITS.traceProgram.limit);

    // An instructor behind the same address (a school's network) counts per account.
    const instructor = new Browser(script.address);
    actAs(instructor);
    await redirectOf(() => signUpInstructor(null, form({ name: "Behind NAT", email: `nat-${randomUUID().slice(0, 8)}@example.org`, password: "instructor pass" })));
    actAs(instructor);
    expect(await outcome(() => createPythonProblem(null, form({ title: "Mine", difficulty: "1", program: "x = 1\n" })))).not.toMatch(/many programs/);
  });

  it("refuses new anonymous visitors from one address past the limit, in words, wherever one would be made", async () => {
    const address = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const regular = new Browser(address);
    actAs(regular);
    // A visitor who came before keeps their cookie, and with it their account, afterwards.
    expect(await createPythonProblem(null, form({ title: "", difficulty: "1", program: "x = 1" }))).toMatchObject({ ok: false, error: expect.stringContaining("title") });
    const script = new Browser(address);
    actAs(script);
    const before = await db.user.count();
    for (let i = 1; i < NEW_VISITORS_PER_ADDRESS.limit; i += 1) {
      script.jar.clear();
      // The title is missing: each request makes its visitor, then stops at the form.
      expect(await createPythonProblem(null, form({ title: "", difficulty: "1", program: "x = 1" }))).toMatchObject({ ok: false, error: expect.stringContaining("title") });
    }
    expect(await db.user.count()).toBe(before + NEW_VISITORS_PER_ADDRESS.limit - 1);

    script.jar.clear();
    for (const refused of [
      await createPythonProblem(null, form({ title: "Too many", difficulty: "1", program: "x = 1" })),
      await startPractice(null, form({ source: "addition-level", level: "1" })),
      await practiceNext(null, form({ kind: "any" })),
    ]) {
      expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/new visitors.*Wait \d+ min/) });
    }
    script.acceptLanguage = "ja";
    expect(await practiceNext(null, form({ kind: "any" }))).toMatchObject({ ok: false, error: expect.stringMatching(JAPANESE) });
    expect(script.jar.size).toBe(0);
    expect(await db.user.count()).toBe(before + NEW_VISITORS_PER_ADDRESS.limit - 1);

    actAs(regular);
    expect(await redirectOf(() => startPractice(null, form({ source: "addition-level", level: "1" })))).toMatch(/^\/practice\//);
    // Another address is not held back by this one.
    actAs(new Browser());
    expect(await redirectOf(() => startPractice(null, form({ source: "addition-level", level: "1" })))).toMatch(/^\/practice\//);
  });
});
