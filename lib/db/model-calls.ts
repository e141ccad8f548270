import "server-only";
import { db, serializeWrites } from "./client";

export type ModelPurpose = "watch" | "turn" | "spot" | "compare";
export type ModelCallEnd = "done" | "failed" | "aborted";

export type StartCallResult = { ok: true; id: string } | { ok: false; reason: "rate-limited" | "busy"; retryAfterSeconds: number };

const MINUTE_MS = 60_000;

/**
 * Records a model call unless the person is over their limit or the session already has a
 * model at work. Kept in the database, not in memory, so that the limit holds across
 * several app instances. A call left "running" by a crashed process stops counting as
 * busy after `staleAfterMs`.
 */
export async function startModelCall({
  userId,
  sessionId,
  modelId,
  purpose,
  perMinute,
  staleAfterMs,
}: {
  userId: string;
  sessionId: string;
  modelId: string;
  purpose: ModelPurpose;
  perMinute: number;
  staleAfterMs: number;
}): Promise<StartCallResult> {
  return serializeWrites(() => db.$transaction(async (tx) => {
    const now = Date.now();
    const recent = await tx.modelCall.findMany({
      where: { userId, startedAt: { gt: new Date(now - MINUTE_MS) } },
      orderBy: { startedAt: "asc" },
      select: { startedAt: true },
    });
    if (recent.length >= perMinute) {
      const oldest = recent[recent.length - perMinute]?.startedAt.getTime() ?? now;
      return { ok: false, reason: "rate-limited", retryAfterSeconds: Math.max(1, Math.ceil((oldest + MINUTE_MS - now) / 1000)) } as const;
    }
    const running = await tx.modelCall.findFirst({
      where: { sessionId, status: "running", startedAt: { gt: new Date(now - staleAfterMs) } },
      select: { startedAt: true },
    });
    if (running) {
      return { ok: false, reason: "busy", retryAfterSeconds: Math.max(1, Math.ceil((running.startedAt.getTime() + staleAfterMs - now) / 1000)) } as const;
    }
    const { id } = await tx.modelCall.create({ data: { userId, sessionId, modelId, purpose }, select: { id: true } });
    return { ok: true, id } as const;
  }));
}

export async function finishModelCall({
  id,
  status,
  lines,
  error = null,
}: {
  id: string;
  status: ModelCallEnd;
  lines: number;
  error?: string | null;
}): Promise<void> {
  await db.modelCall.update({ where: { id }, data: { status, lines, error, finishedAt: new Date() } });
}

/** Whether a model has finished a run of this purpose (and variant set) in the session. */
export async function hasFinishedRun({ sessionId, purpose }: { sessionId: string; purpose: ModelPurpose }): Promise<boolean> {
  const found = await db.modelCall.findFirst({ where: { sessionId, purpose, status: "done" }, select: { id: true } });
  return found !== null;
}

/** The last failed call's message, for a page that reloads after a model failed. */
export async function lastModelCall({ sessionId }: { sessionId: string }) {
  return db.modelCall.findFirst({
    where: { sessionId },
    orderBy: { startedAt: "desc" },
    select: { status: true, error: true, purpose: true, startedAt: true },
  });
}
