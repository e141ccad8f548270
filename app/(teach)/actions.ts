"use server";

import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { auth, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/better-auth";
import { signedInViewer } from "@/lib/auth/viewer";
import { createAssignment, findChoosableProblems } from "@/lib/db/assignments";
import { createClass, findTaughtClass, isStudentOfInstructor } from "@/lib/db/classes";
import { modelsFor } from "@/lib/ai/registry";
import { MODES } from "@/lib/practice/modes";
import { LEVELS, MAX_ASSIGNMENT_PROBLEMS, problemForLevel, problemsFromText, type NewProblem } from "@/lib/practice/start-problem";
import { withDatabase } from "@/lib/security/database-errors";
import { fieldsOf } from "@/lib/security/form-fields";

export type TeachState = { ok: false; error: string } | { ok: true; message: string } | null;

/** The instructors' texts, in the language of the request (cookie, then Accept-Language). */
type T = Awaited<ReturnType<typeof getTranslations<"teach">>>;
const texts = () => getTranslations("teach");

const notInstructor = (t: T): TeachState => ({ ok: false, error: t("errors.notInstructor") });
const notUnderstood = (t: T): TeachState => ({ ok: false, error: t("errors.notUnderstood") });

// The schemas are built per request, so that their complaints are in the instructor's language.
const idSchema = (t: T) => z.string(t("errors.badId")).trim().min(1, t("errors.badId")).max(64, t("errors.badId")).regex(/^[a-z0-9]+$/i, t("errors.badId"));

function firstIssue(t: T, error: z.ZodError): TeachState {
  return { ok: false, error: error.issues[0]?.message ?? t("errors.notUnderstood") };
}

/** The signed-in instructor, with the role as stored: a form can never raise it. */
async function instructor() {
  const viewer = await signedInViewer();
  return viewer?.role === "instructor" ? viewer : null;
}

// ---------------------------------------------------------------------------------------

const CLASS_NAME_MAX = 80;
const classSchema = (t: T) =>
  z.object({
    name: z
      .string(t("errors.nameRequired"))
      .trim()
      .min(1, t("errors.nameRequired"))
      .max(CLASS_NAME_MAX, t("errors.nameTooLong", { max: CLASS_NAME_MAX })),
  });

export async function createClassAction(_previous: TeachState, data: FormData): Promise<TeachState> {
  return withDatabase(async () => {
    const t = await texts();
    const viewer = await instructor();
    if (!viewer) return notInstructor(t);
    const fields = fieldsOf(data);
    if (!fields) return notUnderstood(t);
    const parsed = classSchema(t).safeParse(fields);
    if (!parsed.success) return firstIssue(t, parsed.error);
    const made = await createClass({ instructorId: viewer.id, name: parsed.data.name });
    revalidatePath("/teach");
    redirect(`/teach/classes/${made.id}`);
  });
}

// ---------------------------------------------------------------------------------------

const TITLE_MAX = 120;
const LEVEL = { min: 1, max: 12 };

const assignmentSchema = (t: T) => {
  const tooMany = t("errors.tooManyProblems", { max: MAX_ASSIGNMENT_PROBLEMS });
  const badLevel = t("errors.badLevel", LEVEL);
  return z
    .object({
      classId: idSchema(t),
      title: z
        .string(t("errors.titleRequired"))
        .trim()
        .min(1, t("errors.titleRequired"))
        .max(TITLE_MAX, t("errors.titleTooLong", { max: TITLE_MAX })),
      mode: z.enum(MODES, t("errors.chooseMode")),
      /** Other modes allowed besides the assignment's (a checkbox: "on" or absent). */
      otherModes: z.literal("on", t("errors.chooseMode")).optional(),
      /**
       * The due time as the browser read it in the instructor's time zone (an ISO instant);
       * without JavaScript only `dueLocal`, the form's own field, is sent, and is read as UTC.
       */
      dueLocal: z.string(t("errors.badDue")).max(40, t("errors.badDue")).optional(),
      dueAt: z
        .string(t("errors.badDue"))
        .trim()
        .max(40, t("errors.badDue"))
        .optional()
        .transform((value) => (value ? new Date(value) : null))
        .refine((value) => value === null || !Number.isNaN(value.getTime()), t("errors.badDue")),
      source: z.enum(["level", "written", "chosen"], t("errors.chooseSource")),
      kind: z.enum(["addition", "polynomial"], t("errors.chooseKind")).optional(),
      level: z.coerce.number(badLevel).int(badLevel).min(LEVEL.min, badLevel).max(LEVEL.max, badLevel).optional(),
      count: z.coerce
        .number(t("errors.countNotNumber"))
        .int(t("errors.countNotNumber"))
        .min(1, t("errors.countTooFew"))
        .max(MAX_ASSIGNMENT_PROBLEMS, tooMany)
        .optional(),
      written: z.string(t("errors.tooMuchText")).max(20_000, t("errors.tooMuchText")).optional(),
      problemIds: z.array(idSchema(t), t("errors.chooseProblems")).max(MAX_ASSIGNMENT_PROBLEMS, tooMany).default([]),
    })
    .refine((value) => value.source === "chosen" || value.kind !== undefined, { message: t("errors.chooseKind") });
};

export async function createAssignmentAction(_previous: TeachState, data: FormData): Promise<TeachState> {
  return withDatabase(async () => {
    const t = await texts();
    const viewer = await instructor();
    if (!viewer) return notInstructor(t);
    const fields = fieldsOf(data, ["problemIds"]);
    if (!fields) return notUnderstood(t);
    const parsed = assignmentSchema(t).safeParse(fields);
    if (!parsed.success) return firstIssue(t, parsed.error);
    const input = parsed.data;

    const taught = await findTaughtClass({ classId: input.classId, instructorId: viewer.id });
    if (!taught) return { ok: false, error: t("errors.notYours") };

    let problems: NewProblem[];
    if (input.source === "level") {
      const kind = input.kind ?? "addition";
      const level = input.level ?? 1;
      if (level > LEVELS[kind].max) return { ok: false, error: t("errors.levelRange", { min: LEVELS[kind].min, max: LEVELS[kind].max }) };
      problems = Array.from({ length: input.count ?? 5 }, () => problemForLevel(kind, level, randomInt(2 ** 31)));
    } else if (input.source === "written") {
      const made = problemsFromText(input.kind ?? "addition", input.written ?? "", await getLocale());
      if (!made.ok) return made;
      problems = made.problems;
    } else {
      const chosen = await findChoosableProblems({ ids: input.problemIds, instructorId: viewer.id });
      if (chosen.length === 0 || chosen.length !== new Set(input.problemIds).size) return { ok: false, error: t("errors.chooseProblems") };
      problems = input.problemIds.map((problemId) => chosen.find((problem) => problem.id === problemId)!);
    }
    if (input.mode !== "alone" && problems.some((problem) => modelsFor(problem.kind, { needsDirect: input.mode === "compare" }).length === 0)) {
      return { ok: false, error: t("errors.noModel", { alone: t("modes.alone") }) };
    }

    const dueAt = input.dueAt ?? (input.dueLocal ? new Date(`${input.dueLocal}Z`) : null);
    if (dueAt !== null && Number.isNaN(dueAt.getTime())) return { ok: false, error: t("errors.badDue") };
    await createAssignment({
      classId: taught.id,
      createdById: viewer.id,
      title: input.title,
      mode: input.mode,
      otherModes: input.otherModes === "on",
      dueAt,
      problems,
    });
    revalidatePath(`/teach/classes/${taught.id}`);
    return { ok: true, message: t("done.assigned", { title: input.title, count: problems.length }) };
  });
}

// ---------------------------------------------------------------------------------------

const resetSchema = (t: T) =>
  z.object({
    classId: idSchema(t),
    studentId: idSchema(t),
    password: z
      .string(t("errors.passwordTooShort", { min: PASSWORD_MIN }))
      .min(PASSWORD_MIN, t("errors.passwordTooShort", { min: PASSWORD_MIN }))
      .max(PASSWORD_MAX, t("errors.passwordTooLong", { max: PASSWORD_MAX })),
  });

export async function resetStudentPassword(_previous: TeachState, data: FormData): Promise<TeachState> {
  return withDatabase(async () => {
    const t = await texts();
    const viewer = await instructor();
    if (!viewer) return notInstructor(t);
    const fields = fieldsOf(data);
    if (!fields) return notUnderstood(t);
    const parsed = resetSchema(t).safeParse(fields);
    if (!parsed.success) return firstIssue(t, parsed.error);
    const { classId, studentId, password } = parsed.data;
    if (!(await isStudentOfInstructor({ classId, userId: studentId, instructorId: viewer.id }))) {
      return { ok: false, error: t("errors.notYourStudent") };
    }
    const context = await auth.$context;
    await context.internalAdapter.updatePassword(studentId, await context.password.hash(password));
    // Whoever knew the old password is signed out everywhere.
    await context.internalAdapter.deleteUserSessions(studentId);
    revalidatePath(`/teach/classes/${classId}`);
    return { ok: true, message: t("done.passwordChanged") };
  });
}
