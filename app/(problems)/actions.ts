"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ensureViewer } from "@/lib/auth/viewer";
import { createSessionOnNewProblem } from "@/lib/db/practice-sessions";
import { MAX_PROGRAM_CHARS, MAX_STUDENT_STEPS } from "@/lib/practice/python-limits";
import { tracePython } from "@/lib/python/trace";

export type CreateProgramState = { ok: false; error: string } | null;

const programSchema = z.object({
  title: z.string().trim().min(1, "Give the program a title").max(80, "A title can have at most 80 characters"),
  difficulty: z.coerce.number().int().min(1, "Difficulty goes from 1 to 5").max(5, "Difficulty goes from 1 to 5"),
  program: z
    .string()
    .refine((text) => text.trim().length > 0, "Write a program first")
    .refine((text) => text.length <= MAX_PROGRAM_CHARS, `A program can have at most ${MAX_PROGRAM_CHARS.toLocaleString("en")} characters`)
    .refine((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text), "The program contains control characters"),
});

/**
 * Traces a program once in the sandbox and keeps it as a problem with that trace as its
 * reference; students' lines are later judged against the stored trace, with no Python run.
 */
export async function createPythonProblem(_previous: CreateProgramState, formData: FormData): Promise<CreateProgramState> {
  const viewer = await ensureViewer();

  const parsed = programSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "The form was not understood." };
  // Browsers send CRLF from a textarea; the trace quotes source lines, so keep LF only.
  const program = parsed.data.program.replace(/\r\n?/g, "\n");

  const result = await tracePython(program, { stepLimit: MAX_STUDENT_STEPS });
  if (result.error) {
    const reason = result.error.kind === "step-limit"
      ? `The program runs more than ${MAX_STUDENT_STEPS} steps, too many to trace by hand. Make it shorter.`
      : result.error.message;
    return { ok: false, error: `The program could not be traced: ${reason}` };
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
}
