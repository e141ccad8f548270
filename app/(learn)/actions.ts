"use server";

import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ensureViewer } from "@/lib/auth/viewer";
import { createPracticeSession, createSessionOnNewProblem } from "@/lib/db/practice-sessions";
import { findProblem, LISTED_SOURCES } from "@/lib/db/problems";
import { pickNextProblem } from "@/lib/learning";
import { loadLearner, practicePrograms, TASK_KINDS } from "@/lib/progress/learner";
import { findTask } from "@/lib/scratchpad";
import { withDatabase } from "@/lib/security/database-errors";
import { fieldsOf } from "@/lib/security/form-fields";

export type PracticeNextState = { ok: false; error: string } | null;

const nextSchema = z.object({ kind: z.enum(["any", ...TASK_KINDS]).default("any") });

/**
 * "Practice next": the problem that best exercises the student's weakest unmastered skills
 * at a level open to them (lib/learning/select.ts), started as a new session. The skills
 * it aims at travel in the URL only to be shown; they are checked against the catalog there.
 */
export async function practiceNext(_previous: PracticeNextState, formData: FormData): Promise<PracticeNextState> {
  return withDatabase(async () => {
    const asking = await ensureViewer();
    if (!asking.ok) return asking;
    const viewer = asking.viewer;
    const t = await getTranslations("progress.next");

    const fields = fieldsOf(formData);
    const parsed = nextSchema.safeParse(fields);
    if (!fields || !parsed.success) return { ok: false, error: t("badKind") };
    const kinds = parsed.data.kind === "any" ? TASK_KINDS : [parsed.data.kind];

    const [learner, programs] = await Promise.all([loadLearner({ userId: viewer.id }), practicePrograms()]);
    const choice = pickNextProblem({ mastery: learner.mastery, kinds, random: randomInt(2 ** 31), pythonPrograms: programs });
    if (!choice) return { ok: false, error: t("nothing") };

    let session: { id: string };
    if (choice.kind === "python") {
      // Only a listed bank program can be chosen: the selector got nothing else.
      const problem = choice.programId ? await findProblem({ id: choice.programId }) : null;
      if (!problem || !LISTED_SOURCES.has(problem.source)) return { ok: false, error: t("nothing") };
      session = await createPracticeSession({ userId: viewer.id, problemId: problem.id });
    } else {
      const task = findTask(choice.kind);
      const problem = task?.parseInput(choice.input);
      if (!task || !problem?.ok) return { ok: false, error: t("nothing") };
      session = await createSessionOnNewProblem({
        userId: viewer.id,
        problem: { kind: choice.kind, input: task.formatInput(problem.value), target: task.target(problem.value), difficulty: choice.level },
      });
    }

    revalidatePath("/");
    revalidatePath("/progress");
    const focus = choice.targets.join(",");
    redirect(focus ? `/practice/${session.id}?focus=${encodeURIComponent(focus)}` : `/practice/${session.id}`);
  });
}
