import { NoSuchModelError, streamText } from "ai";
import { z } from "zod";
import { createSolver, SolveRequestError } from "@/lib/ai/solve";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const bodySchema = z.object({
  modelId: z.string().min(1).max(100),
  input: z.string().min(1, "Type a problem").max(400, "The problem is too long"),
});

/** Local models answer a few hundred tokens; this bounds a request whatever the model. */
const MAX_OUTPUT_TOKENS = 1024;

/**
 * The Lab's live comparison: streams one model's raw output for a problem. Public like the
 * Lab itself: it stores nothing and reads nothing of anyone's; the model id is checked
 * against the registry and the input is parsed by the task before any model runs.
 */
export async function POST(request: Request): Promise<Response> {
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: body.error.issues[0]?.message ?? "Bad request" }, { status: 400 });

  let call;
  try {
    call = createSolver({ modelId: body.data.modelId }).call(body.data.input);
  } catch (error) {
    if (NoSuchModelError.isInstance(error)) return Response.json({ error: "Unknown model." }, { status: 404 });
    if (error instanceof SolveRequestError) return Response.json({ error: error.message }, { status: 400 });
    throw error;
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
}
