import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { currentViewer } from "@/lib/auth/viewer";
import { startModelRun, type RunMessage } from "@/lib/model-work/run";
import { bodyRefusalResponse } from "@/lib/security/body-refusal";
import { respondWithDatabase } from "@/lib/security/database-errors";
import { KIB, readJsonBody } from "@/lib/security/request-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const paramsSchema = z.object({ sessionId: z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i) });
const bodySchema = z.object({ requestId: z.uuid() });
// `{"requestId":"<uuid>"}` is 51 bytes: 1 KiB is room for any client's spacing, and no more.
const BODY_LIMITS = { maxBytes: KIB, maxDepth: 4 };

/**
 * Lets the session's model write: its lines, judged and stored, streamed as NDJSON
 * (`RunMessage` per line) as each is complete. Closing the request stops the model.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/practice/[sessionId]/model">): Promise<Response> {
  return respondWithDatabase(async () => {
    const [locale, t] = await Promise.all([getLocale(), getTranslations("practice.errors")]);
    const viewer = await currentViewer();
    if (!viewer) return Response.json({ error: t("noViewer") }, { status: 401 });

    const path = paramsSchema.safeParse(await params);
    if (!path.success) return Response.json({ error: t("sessionNotFound") }, { status: 404 });
    const sent = await readJsonBody(request, BODY_LIMITS);
    if (!sent.ok) return bodyRefusalResponse(sent);
    const body = bodySchema.safeParse(sent.value);
    if (!body.success) return Response.json({ error: t("fieldIssue", { field: "requestId", message: t("validation.uuid") }) }, { status: 400 });

    // Ownership, mode, turn and the per-person limit are checked before any model runs.
    const run = await startModelRun({ userId: viewer.id, sessionId: path.data.sessionId, requestId: body.data.requestId, signal: request.signal, locale });
    if (!run.ok) {
      const headers = run.retryAfterSeconds ? { "Retry-After": String(run.retryAfterSeconds) } : undefined;
      // `busy`: another run of this session is still closing; the page waits and asks again.
      return Response.json({ error: run.error, ...(run.busy ? { busy: true } : {}) }, { status: run.status, headers });
    }

    const encoder = new TextEncoder();
    const { messages } = run;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await messages.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(`${JSON.stringify(next.value satisfies RunMessage)}\n`));
      },
      async cancel() {
        await messages.return();
      },
    });
    return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
  });
}
