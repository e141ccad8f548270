// PostgreSQL stops in the middle of students' work and comes back: the app, with the same
// client and process, must refuse cleanly while it is gone and recover by itself, and every
// line must be stored exactly once. Runs on a private cluster; on the SQLite project this
// file checks the SQLite faults instead (tests/support/faults-sqlite.ts): each database its own.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formOf, outcomeOf } from "../../support/hostile";
import { actAs, Browser, redirectOf } from "../../support/next-request";
import { startPrivatePostgres, type PrivatePostgres } from "../../support/private-postgres";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";
const OUTAGE_MS = 6000;

// Imported only for SQLite: it loads the app's db client, which must not exist yet here.
if (provider === "sqlite") (await import("../../support/faults-sqlite")).sqliteFaults();
else
  describe("a PostgreSQL restart in the middle of a run", () => {
    let cluster: PrivatePostgres | undefined;
    let app: {
      startPractice: typeof import("@/app/(practice)/actions").startPractice;
      submitLine: typeof import("@/app/(practice)/actions").submitLine;
      db: typeof import("@/lib/db/client").db;
      addition: typeof import("@/lib/scratchpad").addition;
    };
    const saved = { url: process.env.DATABASE_URL, client: (globalThis as { scratchpadDb?: unknown }).scratchpadDb };

    beforeAll(async () => {
      cluster = await startPrivatePostgres();
      // The app reads DATABASE_URL once, when lib/env and lib/db/client are first imported.
      process.env.DATABASE_URL = cluster.url;
      delete (globalThis as { scratchpadDb?: unknown }).scratchpadDb;
      const [actions, client, scratchpad] = await Promise.all([import("@/app/(practice)/actions"), import("@/lib/db/client"), import("@/lib/scratchpad")]);
      app = { startPractice: actions.startPractice, submitLine: actions.submitLine, db: client.db, addition: scratchpad.addition };
    }, 120_000);

    afterAll(async () => {
      await app?.db.$disconnect().catch(() => undefined);
      cluster?.destroy();
      process.env.DATABASE_URL = saved.url;
      (globalThis as { scratchpadDb?: unknown }).scratchpadDb = saved.client;
    });

    it("refuses cleanly while the server is down, recovers on its own, and stores each line once", async () => {
      const { startPractice, submitLine, db, addition } = app;
      const numbers = { a: "9".repeat(30), b: "1".repeat(30) };
      const lines = addition.referenceLines(numbers).filter((line) => !line.structural).map((line) => line.text);
      // One browser with three sessions: the mocked request has one cookie jar at a time.
      const student = new Browser();
      const sessions: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        actAs(student);
        sessions.push((await redirectOf(() => startPractice(null, formOf({ source: "addition-numbers", ...numbers })))).split("/").at(-1)!);
      }

      const acknowledged = new Map<string, string>(); // requestId → session
      const refusals: unknown[] = [];
      let down = false;
      let stopAfter = 10;
      let stopped: Promise<void> | undefined;

      // Each session is written the scratchpad line by line, as the page does: a refused line is
      // sent again with the same requestId until it is taken.
      const write = async (sessionId: string) => {
        for (const line of lines) {
          const requestId = randomUUID();
          for (;;) {
            actAs(student);
            const outcome = await outcomeOf("submitLine during a restart", () => submitLine({ sessionId, requestId, line }));
            const result = outcome.kind === "value" ? (outcome.value as { ok: boolean; error?: string; verdict?: { ok: boolean } }) : null;
            if (result?.ok) {
              expect(result.verdict?.ok).toBe(true);
              acknowledged.set(requestId, sessionId);
              if ((stopAfter -= 1) === 0) stopped = outage();
              break;
            }
            // Only the outage may refuse a right line, and then with words, not a crash.
            expect(result, "a refusal is the typed { ok: false, error }").toMatchObject({ ok: false, error: expect.stringMatching(/\S/) });
            expect(down || stopped !== undefined, `a right line was refused while the server was up: ${result?.error}`).toBe(true);
            refusals.push(result);
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      };
      const outage = async () => {
        down = true;
        cluster!.stop();
        await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
        cluster!.start();
        down = false;
      };

      await Promise.all(sessions.map((sessionId) => write(sessionId)));
      await stopped;

      expect(refusals.length, "the outage was seen by the students").toBeGreaterThan(0);
      // The same client object, never re-created: the pool reconnected by itself.
      expect((globalThis as { scratchpadDb?: unknown }).scratchpadDb).toBe(db);
      for (const sessionId of sessions) {
        const events = await db.event.findMany({ where: { sessionId }, orderBy: { seq: "asc" } });
        expect(events.map((event) => event.text)).toEqual(lines);
        expect(events.map((event) => event.seq)).toEqual(lines.map((_, index) => index + 1));
        // Exactly the acknowledged requests, each once: an in-doubt commit was answered as a replay.
        const mine = [...acknowledged].filter(([, session]) => session === sessionId).map(([requestId]) => requestId);
        expect(events.map((event) => event.requestId).sort()).toEqual(mine.sort());
        expect((await db.practiceSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("solved");
      }
    }, 90_000);
  });
