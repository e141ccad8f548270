"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ensureViewer } from "@/lib/auth/viewer";
import { createSessionOnNewProblem } from "@/lib/db/practice-sessions";
import { MAX_PROGRAM_CHARS, MAX_STUDENT_STEPS } from "@/lib/practice/python-limits";
import { tracePython } from "@/lib/python/trace";
import { withDatabase } from "@/lib/security/database-errors";
import { fieldsOf } from "@/lib/security/form-fields";
import { takeVisitorRateLimit } from "@/lib/security/rate-limit";

/** A refusal; `field` is the box it is about, `line` the program's line the tracer named. */
export type CreateProgramState = { ok: false; error: string; field?: ProgramField; line?: number } | null;
type ProgramField = "title" | "difficulty" | "program";

/** The texts of this file's messages, in the request's language. */
type Texts = Awaited<ReturnType<typeof texts>>;
const texts = () => getTranslations("problems.errors");

// The schema is built once; its messages are keys of `problems.errors`, put in words (and in
// the request's language) with the limits below as their values.
type MessageKey = Parameters<Texts>[0];
const key = (name: MessageKey) => name;
const TITLE_MAX = 80;
const LIMITS = { titleMax: TITLE_MAX, programMax: MAX_PROGRAM_CHARS, minDifficulty: 1, maxDifficulty: 5 };

const programSchema = z.object({
  title: z.string({ message: key("title") }).trim().min(1, key("title")).max(TITLE_MAX, key("titleTooLong")),
  difficulty: z.coerce.number({ message: key("difficulty") }).int(key("difficulty")).min(1, key("difficulty")).max(5, key("difficulty")),
  program: z
    .string({ message: key("empty") })
    .refine((text) => text.trim().length > 0, key("empty"))
    .refine((text) => text.length <= MAX_PROGRAM_CHARS, key("tooLong"))
    .refine((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text), key("controlCharacters")),
});

function firstIssue(t: Texts, error: z.ZodError): CreateProgramState {
  const issue = error.issues[0];
  const message = issue?.message as MessageKey | undefined;
  if (message === undefined) return { ok: false, error: t("notUnderstood") };
  const field = String(issue?.path[0] ?? "");
  const said = t.has(message) ? t(message, LIMITS) : t("notUnderstood");
  return field === "title" || field === "difficulty" || field === "program" ? { ok: false, error: said, field } : { ok: false, error: said };
}

/**
 * Traces a program once in the sandbox and keeps it as a problem with that trace as its
 * reference; students' lines are later judged against the stored trace, with no Python run.
 */
export async function createPythonProblem(_previous: CreateProgramState, formData: FormData): Promise<CreateProgramState> {
  return withDatabase(async () => {
    const asking = await ensureViewer();
    if (!asking.ok) return asking;
    const viewer = asking.viewer;
    const t = await texts();

    const fields = fieldsOf(formData);
    if (!fields) return { ok: false, error: t("notUnderstood") };
    const parsed = programSchema.safeParse(fields);
    if (!parsed.success) return firstIssue(t, parsed.error);
    // Browsers send CRLF from a textarea; the trace quotes source lines, so keep LF only.
    const program = parsed.data.program.replace(/\r\n?/g, "\n");

    // Each trace starts a sandboxed interpreter: counted per person, across every instance.
    const limit = await takeVisitorRateLimit("traceProgram");
    if (!limit.allowed) return { ok: false, error: t("rateLimited", { seconds: limit.retryAfterSeconds }) };

    const result = await tracePython(program, { stepLimit: MAX_STUDENT_STEPS });
    if (result.error) {
      // The tracer's own message (Python's SyntaxError, say) is passed on as Python wrote it.
      const reason = result.error.kind === "step-limit" ? t("tooManySteps", { steps: MAX_STUDENT_STEPS }) : result.error.message;
      const line = result.error.line;
      return { ok: false, error: t("notTraced", { reason }), field: "program", ...(line === undefined ? {} : { line }) };
    }

    const session = await createSessionOnNewProblem({
      userId: viewer.id,
      problem: {
        kind: "python",
        input: program,
        target: result.trace,
        title: parsed.data.title,
        difficulty: parsed.data.difficulty,
        source: "custom",
      },
    });
    revalidatePath("/");
    redirect(`/practice/${session.id}`);
  });
}
