import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signedInViewer } from "@/lib/auth/viewer";
import { findTaughtClass } from "@/lib/db/classes";
import { listClassSessions } from "@/lib/db/review";
import { EXPORT_FORMATS } from "@/lib/review/export-formats";
import { respondWithDatabase } from "@/lib/security/database-errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const id = z.string().regex(/^[a-z0-9]{1,64}$/i);

type T = Awaited<ReturnType<typeof getTranslations<"teach.export">>>;

/** The query, with its complaints in the instructor's language (the parameter names stay as typed). */
const querySchema = (t: T) => {
  const bad = (field: string) => t("badField", { field });
  const idOf = (field: string) => z.string(bad(field)).regex(/^[a-z0-9]{1,64}$/i, bad(field));
  return z.object({
    format: z.enum(["csv", "datashop", "jsonl"], t("badFormat")),
    student: idOf("student").optional(),
    kind: z.enum(["addition", "polynomial", "python"], bad("kind")).optional(),
    assignment: idOf("assignment").optional(),
    status: z.enum(["active", "solved", "watched"], bad("status")).optional(),
    from: z.iso.date(bad("from")).optional(),
    to: z.iso.date(bad("to")).optional(),
  });
};

/**
 * A class's sessions as a file, for the instructor who teaches the class and nobody else.
 * The files are data for other tools: their columns and values are English whatever the
 * instructor reads; only the error responses are in the instructor's language.
 */
export async function GET(request: Request, { params }: RouteContext<"/teach/classes/[classId]/export">): Promise<Response> {
  return respondWithDatabase(async () => {
    const t = await getTranslations("teach.export");
    const viewer = await signedInViewer();
    if (viewer?.role !== "instructor") return Response.json({ error: t("signIn") }, { status: 401 });

    const { classId } = await params;
    const query = querySchema(t).safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success || !id.safeParse(classId).success) {
      return Response.json({ error: query.success ? t("notAClass") : (query.error.issues[0]?.message ?? t("badFormat")) }, { status: 400 });
    }
    const taught = await findTaughtClass({ classId, instructorId: viewer.id });
    if (!taught) return Response.json({ error: t("notYours") }, { status: 404 });

    const { format, student, kind, assignment, status, from, to } = query.data;
    const sessions = await listClassSessions({
      classId,
      instructorId: viewer.id,
      take: 100_000,
      filters: {
        studentId: student,
        kind,
        assignmentId: assignment,
        status,
        from: from ? new Date(`${from}T00:00:00Z`) : undefined,
        to: to ? new Date(`${to}T23:59:59.999Z`) : undefined,
      },
    });
    const chosen = EXPORT_FORMATS[format];
    const name = `${taught.name.replace(/[^\w-]+/g, "-").slice(0, 40) || "class"}-${format}.${chosen.extension}`;
    return new Response(chosen.build(sessions), {
      headers: {
        "Content-Type": chosen.contentType,
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
