import { z } from "zod";
import { signedInViewer } from "@/lib/auth/viewer";
import { findTaughtClass } from "@/lib/db/classes";
import { listClassSessions } from "@/lib/db/review";
import { EXPORT_FORMATS } from "@/lib/review/export-formats";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const id = z.string().regex(/^[a-z0-9]{1,64}$/i, "is not an id");
const querySchema = z.object({
  format: z.enum(["csv", "datashop", "jsonl"], { message: "format must be csv, datashop or jsonl" }),
  student: id.optional(),
  kind: z.enum(["addition", "polynomial", "python"]).optional(),
  assignment: id.optional(),
  status: z.enum(["active", "solved"]).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/** A class's sessions as a file, for the instructor who teaches the class and nobody else. */
export async function GET(request: Request, { params }: RouteContext<"/teach/classes/[classId]/export">): Promise<Response> {
  const viewer = await signedInViewer();
  if (viewer?.role !== "instructor") return Response.json({ error: "Sign in as the class's instructor." }, { status: 401 });

  const { classId } = await params;
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success || !id.safeParse(classId).success) {
    return Response.json({ error: query.success ? "Not a class id." : (query.error.issues[0]?.message ?? "Bad query") }, { status: 400 });
  }
  const taught = await findTaughtClass({ classId, instructorId: viewer.id });
  if (!taught) return Response.json({ error: "That class was not found among yours." }, { status: 404 });

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
}
