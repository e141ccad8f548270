// SQLite faults, for faults-database.test.ts's SQLite run: another process holding the file's
// lock, and a full disk. Both must end in a DatabaseUnavailableError (a clear error that
// actions turn into words) with nothing half-stored, and the app must work again after.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitLine, startPractice } from "@/app/(practice)/actions";
import { db, WRITE_WAIT_MS } from "@/lib/db/client";
import { appendEvent } from "@/lib/db/event-log";
import { DatabaseUnavailableError } from "@/lib/db/unavailable";
import { lineDraft } from "@/lib/practice/log-event";
import { formOf } from "./hostile";
import { actAs, Browser, redirectOf } from "./next-request";

const root = resolve(import.meta.dirname, "..", "..");
const file = () => resolve(root, process.env.DATABASE_URL!.slice("file:".length));

/** Another process that takes the file's exclusive lock and keeps it for `holdMs`. */
async function holdLock(holdMs: number): Promise<ChildProcess> {
  const script = `const Database = require("libsql"); const db = new Database(process.argv[1]); db.exec("BEGIN EXCLUSIVE");
    process.stdout.write("locked\\n"); setTimeout(() => { db.exec("COMMIT"); process.exit(0); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ["-e", script, file(), String(holdMs)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((done, fail) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && done());
    child.once("exit", (code) => fail(new Error(`the lock holder exited (${code}) before taking the lock`)));
  });
  return child;
}

const exited = (child: ChildProcess) => new Promise((done) => (child.exitCode !== null ? done(null) : child.once("exit", done)));

export function sqliteFaults() {
  describe("SQLite: a lock held by another process, and a full disk", () => {
    const student = new Browser();
    let sessionId = "";
    const line = (text: string, requestId = randomUUID()) =>
      appendEvent({ sessionId, requestId, decide: () => ({ append: lineDraft(1, text, { ok: false, index: 1, message: "x", fields: {} } as never) }) });

    beforeAll(async () => {
      actAs(student);
      sessionId = (await redirectOf(() => startPractice(null, formOf({ source: "addition-numbers", a: "29", b: "57" })))).split("/").at(-1)!;
    });

    it("waits for a short lock, and gives up on a long one with a clear error and nothing stored", async () => {
      const short = await holdLock(800);
      let began = Date.now();
      await expect(line("written once the lock is gone")).resolves.toMatchObject({ status: "appended" });
      expect(Date.now() - began, "the append waited for the lock").toBeGreaterThanOrEqual(500);
      await exited(short);

      const before = await db.event.count({ where: { sessionId } });
      const long = await holdLock(WRITE_WAIT_MS + 3000);
      began = Date.now();
      const error = await line("never written").catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as DatabaseUnavailableError).trouble).toBe("busy");
      expect(Date.now() - began).toBeGreaterThanOrEqual(WRITE_WAIT_MS - 200);

      // Through the action: a typed refusal with words, not a crash (reads are locked out too).
      actAs(student);
      const refused = await submitLine({ sessionId, requestId: randomUUID(), line: "2 9 + 5 7 , C: 0" }).catch((caught: unknown) => ({ threw: String(caught) }));
      expect(refused, "submitLine refuses with { ok: false, error } while the file is locked").toMatchObject({ ok: false, error: expect.stringMatching(/\S/) });

      await exited(long);
      expect(await db.event.count({ where: { sessionId } })).toBe(before);
      actAs(student);
      expect(await submitLine({ sessionId, requestId: randomUUID(), line: "2 9 + 5 7 , C: 0" })).toMatchObject({ ok: true });
    }, 30_000);

    describe("a full disk", () => {
      let dir = "";
      beforeAll(() => {
        dir = mkdtempSync(join(tmpdir(), "scratchpad-full-"));
      });
      afterAll(() => rmSync(dir, { recursive: true, force: true }));

      it("refuses writes with a clear error, stores no half session, and works once space is freed", () => {
        // A tmpfs of its own needs a mount namespace: the same unshare the Python sandbox uses.
        const probe = spawnSync("unshare", ["--user", "--map-root-user", "--mount", "true"], { encoding: "utf8" });
        if (probe.status !== 0) throw new Error(`This test mounts a tiny tmpfs in a user and mount namespace and needs \`unshare --user --map-root-user --mount\` (util-linux, user namespaces allowed): ${probe.stderr || probe.error}`);
        // A consistent copy of the migrated test database (nothing else holds it now).
        const copy = join(dir, "copy.db");
        copyFileSync(file(), copy);
        const size = Math.ceil(statSync(copy).size / 1024) + 512;
        const disk = join(dir, "disk");
        const script = [
          `mkdir -p ${disk} && mount -t tmpfs -o size=${size}k tmpfs ${disk} && cp ${copy} ${disk}/test.db`,
          `exec ${process.execPath} --conditions=react-server --import tsx tests/support/sqlite-full-child.ts`,
        ].join(" && ");
        const output = execFileSync("unshare", ["--user", "--map-root-user", "--mount", "sh", "-c", script], {
          cwd: root,
          encoding: "utf8",
          env: { ...process.env, DATABASE_URL: `file:${disk}/test.db`, FILLER: `${disk}/filler`, NODE_ENV: "test" },
          timeout: 60_000,
        });
        const result = JSON.parse(output.trim().split("\n").at(-1)!) as {
          initial: { events: number };
          acknowledged: number;
          lineFailure: { trouble: string | null; message: string } | null;
          afterLines: { events: number };
          started: number;
          startFailures: Array<{ trouble: string | null; message: string }>;
          afterFreed: string | null;
          final: { events: number };
        };
        expect(result.lineFailure, "appending on a full disk fails").not.toBeNull();
        expect(result.lineFailure?.trouble, result.lineFailure?.message).toBe("full");
        // Every acknowledged line is stored, and the failed one is not.
        expect(result.afterLines.events).toBe(result.initial.events + result.acknowledged);
        expect(result.startFailures.length).toBeGreaterThan(0);
        for (const failure of result.startFailures) expect(failure.trouble, failure.message).toBe("full");
        expect(result.afterFreed, "writes work again once space is freed").toBeNull();
        expect(result.final.events).toBe(result.initial.events + result.acknowledged + 1);
      }, 90_000);
    });
  });
}
