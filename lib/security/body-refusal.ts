import { getTranslations } from "next-intl/server";
import { type BodyRefusal, KIB } from "./request-body";

/** A refused request body as a route's JSON error, in the requester's language. */
export async function bodyRefusalResponse(refusal: BodyRefusal): Promise<Response> {
  const t = await getTranslations("common.request");
  const error =
    refusal.reason === "tooLarge"
      ? t("tooLarge", { kib: Math.floor(refusal.maxBytes / KIB) })
      : refusal.reason === "tooDeep"
        ? t("tooDeep", { depth: refusal.maxDepth })
        : t(refusal.reason);
  return Response.json({ error }, { status: refusal.status, headers: { "Cache-Control": "no-store" } });
}
