// Run by faults-sqlite.ts inside its own mount namespace, on a database in a tiny tmpfs that
// a filler file has all but filled: writes until the disk is full, then frees it. Prints one
// JSON line for the test to check. (`node --conditions=react-server --import tsx`.)
import { randomUUID } from "node:crypto";
import { closeSync, openSync, rmSync, truncateSync, writeSync, fstatSync } from "node:fs";
import { createSessionOnNewProblem } from "@/lib/db/practice-sessions";
import { appendEvent } from "@/lib/db/event-log";
import { db } from "@/lib/db/client";
import { databaseTrouble } from "@/lib/db/unavailable";
import { lineDraft } from "@/lib/practice/log-event";

const filler = process.env.FILLER!;
const trouble = (error: unknown) => ({ trouble: databaseTrouble(error), message: String((error as Error)?.message ?? error).slice(0, 300) });

function fillDisk(leaveBytes: number) {
  const fd = openSync(filler, "w");
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    // ENOSPC: the disk is full
  }
  const size = fstatSync(fd).size;
  closeSync(fd);
  truncateSync(filler, Math.max(0, size - leaveBytes));
}

const counts = async () => ({ problems: await db.problem.count(), sessions: await db.practiceSession.count(), events: await db.event.count() });
const user = await db.user.create({ data: {} });
const session = await createSessionOnNewProblem({ userId: user.id, problem: { kind: "addition", input: "1 + 1", target: "x", difficulty: 1 } });
const initial = await counts();
fillDisk(24 * 1024);

const line = (text: string) => appendEvent({
  sessionId: session.id,
  requestId: randomUUID(),
  decide: () => ({ append: lineDraft(1, text, { ok: false, index: 1, message: "x", fields: {} } as never) }),
});

let acknowledged = 0;
let lineFailure: ReturnType<typeof trouble> | null = null;
for (let i = 0; i < 2000 && !lineFailure; i += 1) {
  try {
    await line("x".repeat(2000));
    acknowledged += 1;
  } catch (error) {
    lineFailure = trouble(error);
  }
}
const afterLines = await counts();

const startFailures: Array<ReturnType<typeof trouble>> = [];
let started = 0;
for (let i = 0; i < 50 && startFailures.length < 3; i += 1) {
  const before = await counts();
  try {
    await createSessionOnNewProblem({ userId: user.id, problem: { kind: "addition", input: `${i} + ${"9".repeat(3000)}`, target: "y".repeat(3000), difficulty: 1 } });
    started += 1;
  } catch (error) {
    startFailures.push(trouble(error));
    const after = await counts();
    if (after.problems !== before.problems || after.sessions !== before.sessions) startFailures.push({ trouble: null, message: `partial rows: ${JSON.stringify({ before, after })}` });
  }
}

rmSync(filler);
let afterFreed: string | null = null;
try {
  await line("after the disk was freed");
} catch (error) {
  afterFreed = String((error as Error).message);
}
process.stdout.write(`${JSON.stringify({ initial, acknowledged, lineFailure, afterLines, started, startFailures, afterFreed, final: await counts() })}\n`);
await db.$disconnect();
