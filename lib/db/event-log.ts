import "server-only";
import type { EventDraft, LogEvent } from "../practice/log-event";
import type { Verdict } from "../scratchpad/types";
import { db, Prisma, serializeWrites } from "./client";

type EventRow = {
  seq: number;
  type: string;
  actor: string;
  modelId: string | null;
  variant: string | null;
  lineIndex: number;
  text: string;
  ok: boolean | null;
  verdict: unknown;
  diagnosisId: string | null;
  hintLevel: number | null;
  skills?: string;
  createdAt: Date;
};

export function toLogEvent(row: EventRow): LogEvent {
  return {
    seq: row.seq,
    type: row.type === "hint" || row.type === "spot" ? row.type : "line",
    actor: row.actor === "model" || row.actor === "app" ? row.actor : "student",
    modelId: row.modelId,
    variant: row.variant === "scratchpad" || row.variant === "direct" ? row.variant : null,
    lineIndex: row.lineIndex,
    text: row.text,
    ok: row.ok,
    verdict: (row.verdict as Verdict | null) ?? null,
    diagnosisId: row.diagnosisId,
    hintLevel: row.hintLevel,
    skills: row.skills ? row.skills.split(",") : [],
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the caller decides from the log as it stands inside the transaction. */
export type AppendDecision = { append: EventDraft; solves?: boolean } | { reject: string };

export type AppendResult =
  | { status: "appended"; event: LogEvent }
  | { status: "replayed"; event: LogEvent }
  | { status: "rejected"; reason: string };

const MAX_ATTEMPTS = 5;

function isRetryable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  const message = error instanceof Error ? error.message : String(error);
  return /SQLITE_BUSY|database is locked|could not serialize/i.test(message);
}

/**
 * Appends one event to a session's log, exactly once per requestId.
 *
 * `decide` sees the log inside the same transaction, so a verdict is always judged
 * against the state it is stored after. Two concurrent appends collide on the unique
 * (sessionId, seq) or (sessionId, requestId) keys; the loser retries and then either
 * finds its own earlier event (a double submit) or is judged after the winner.
 */
export async function appendEvent({
  sessionId,
  requestId,
  decide,
}: {
  sessionId: string;
  requestId: string;
  decide: (events: LogEvent[]) => AppendDecision;
}): Promise<AppendResult> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await serializeWrites(() => db.$transaction(async (tx) => {
        const existing = await tx.event.findUnique({ where: { sessionId_requestId: { sessionId, requestId } } });
        if (existing) return { status: "replayed", event: toLogEvent(existing) } as const;

        const rows = await tx.event.findMany({ where: { sessionId }, orderBy: { seq: "asc" } });
        const decision = decide(rows.map(toLogEvent));
        if ("reject" in decision) return { status: "rejected", reason: decision.reject } as const;

        const { append } = decision;
        const created = await tx.event.create({
          data: {
            sessionId,
            requestId,
            seq: (rows.at(-1)?.seq ?? 0) + 1,
            type: append.type,
            actor: append.actor,
            modelId: append.modelId,
            variant: append.variant,
            lineIndex: append.lineIndex,
            text: append.text,
            ok: append.ok,
            verdict: append.verdict === null ? Prisma.DbNull : (append.verdict as unknown as Prisma.InputJsonValue),
            diagnosisId: append.diagnosisId,
            hintLevel: append.hintLevel,
            skills: (append.skills ?? []).join(","),
          },
        });
        const now = new Date();
        await tx.practiceSession.update({
          where: { id: sessionId },
          data: decision.solves ? { status: "solved", solvedAt: now } : { updatedAt: now },
        });
        return { status: "appended", event: toLogEvent(created) } as const;
      }));
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 10));
    }
  }
}

/** A session's log in order (the caller has checked that the session is the viewer's). */
export async function listEvents({ sessionId }: { sessionId: string }): Promise<LogEvent[]> {
  const rows = await db.event.findMany({ where: { sessionId }, orderBy: { seq: "asc" } });
  return rows.map(toLogEvent);
}
