import { NoSuchModelError, streamText } from "ai";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { createSolver, SolveRequestError } from "@/lib/ai/solve";
import { bodyRefusalResponse } from "@/lib/security/body-refusal";
import { respondWithDatabase } from "@/lib/security/database-errors";
import { takeVisitorRateLimit } from "@/lib/security/rate-limit";
import { KIB, readJsonBody } from "@/lib/security/request-body";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type T = Awaited<ReturnType<typeof getTranslations<"lab.api">>>;

/** The request body, with its complaints in the visitor's language. */
const bodySchema = (t: T) =>
  z.object({
    modelId: z.string(t("badModel")).min(1, t("badModel")).max(100, t("badModel")),
    input: z.string(t("typeProblem")).min(1, t("typeProblem")).max(400, t("tooLong")),
  }, t("badRequest"));

// The schema's 500 characters take at most 3 kB as JSON (6 bytes for the longest escape):
// 8 KiB leaves room for any client's spacing. One object of strings is one level deep.
const BODY_LIMITS = { maxBytes: 8 * KIB, maxDepth: 4 };

/** Local models answer a few hundred tokens; this bounds a request whatever the model. */
const MAX_OUTPUT_TOKENS = 1024;

/**
 * The Lab's live comparison: streams one model's raw output for a problem. Public like the
 * Lab itself: it stores nothing and reads nothing of anyone's; the model id is checked
 * against the registry and the input is parsed by the task before any model runs.
 */
export async function POST(request: Request): Promise<Response> {
  return respondWithDatabase(async () => {
    const t = await getTranslations("lab.api");
    const sent = await readJsonBody(request, BODY_LIMITS);
    if (!sent.ok) return bodyRefusalResponse(sent);
    const body = bodySchema(t).safeParse(sent.value);
    if (!body.success) return Response.json({ error: body.error.issues[0]?.message ?? t("badRequest") }, { status: 400 });

    let call;
    try {
      call = createSolver({ modelId: body.data.modelId }).call(body.data.input);
    } catch (error) {
      if (NoSuchModelError.isInstance(error)) return Response.json({ error: t("unknownModel") }, { status: 404 });
      if (error instanceof SolveRequestError) return Response.json({ error: error.message }, { status: 400 });
      throw error;
    }

    // Counted only once a model will run: a bad request costs the server nothing.
    const limit = await takeVisitorRateLimit("labSolve");
    if (!limit.allowed) {
      return Response.json(
        { error: t("rateLimited", { seconds: limit.retryAfterSeconds }) },
        { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } },
      );
    }

    const result = streamText({
      model: call.model,
      prompt: call.prompt,
      temperature: call.temperature,
      maxOutputTokens: Math.min(call.maxOutputTokens ?? MAX_OUTPUT_TOKENS, MAX_OUTPUT_TOKENS),
      // Leaving the page (or a new request) stops the decoding.
      abortSignal: request.signal,
    });
    return result.toTextStreamResponse({ headers: { "Cache-Control": "no-store" } });
  });
}
