"use server";

import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/better-auth";
import { signedInViewer } from "@/lib/auth/viewer";
import { createAssignment, findChoosableProblems } from "@/lib/db/assignments";
import { createClass, findTaughtClass, isStudentOfInstructor } from "@/lib/db/classes";
import { modelsFor } from "@/lib/ai/registry";
import { count } from "@/lib/practice/count";
import { MODES } from "@/lib/practice/modes";
import { LEVELS, MAX_ASSIGNMENT_PROBLEMS, problemForLevel, problemsFromText, type NewProblem } from "@/lib/practice/start-problem";

export type TeachState = { ok: false; error: string } | { ok: true; message: string } | null;

const NOT_INSTRUCTOR: TeachState = { ok: false, error: "Only a signed-in instructor can do this. Sign in again." };
const NOT_YOURS: TeachState = { ok: false, error: "That class was not found among yours." };

const id = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i, "is not an id");

function firstIssue(error: z.ZodError): TeachState {
  return { ok: false, error: error.issues[0]?.message ?? "The form was not understood." };
}

/** The signed-in instructor, with the role as stored: a form can never raise it. */
async function instructor() {
  const viewer = await signedInViewer();
  return viewer?.role === "instructor" ? viewer : null;
}

// ---------------------------------------------------------------------------------------

const classSchema = z.object({ name: z.string().trim().min(1, "Name the class").max(80, "A class name has at most 80 characters") });

export async function createClassAction(_previous: TeachState, data: FormData): Promise<TeachState> {
  const viewer = await instructor();
  if (!viewer) return NOT_INSTRUCTOR;
  const parsed = classSchema.safeParse(Object.fromEntries(data));
  if (!parsed.success) return firstIssue(parsed.error);
  const made = await createClass({ instructorId: viewer.id, name: parsed.data.name });
  revalidatePath("/teach");
  redirect(`/teach/classes/${made.id}`);
}

// ---------------------------------------------------------------------------------------

const assignmentSchema = z
  .object({
    classId: id,
    title: z.string().trim().min(1, "Give the assignment a title").max(120, "A title has at most 120 characters"),
    mode: z.enum(MODES, { message: "Choose how the problems are worked" }),
    dueAt: z
      .string()
      .trim()
      .max(40)
      .optional()
      .transform((value) => (value ? new Date(value) : null))
      .refine((value) => value === null || !Number.isNaN(value.getTime()), "The due date is not a date"),
    source: z.enum(["level", "written", "chosen"], { message: "Choose where the problems come from" }),
    kind: z.enum(["addition", "polynomial"]).optional(),
    level: z.coerce.number().int().min(1).max(12).optional(),
    count: z.coerce.number().int("How many problems?").min(1, "At least one problem").max(MAX_ASSIGNMENT_PROBLEMS, `At most ${MAX_ASSIGNMENT_PROBLEMS} problems`).optional(),
    written: z.string().max(20_000, "That is too much text").optional(),
    problemIds: z.array(id).max(MAX_ASSIGNMENT_PROBLEMS, `At most ${MAX_ASSIGNMENT_PROBLEMS} problems`).default([]),
  })
  .refine((value) => value.source === "chosen" || value.kind !== undefined, { message: "Choose the kind of problem" });

export async function createAssignmentAction(_previous: TeachState, data: FormData): Promise<TeachState> {
  const viewer = await instructor();
  if (!viewer) return NOT_INSTRUCTOR;
  const parsed = assignmentSchema.safeParse({ ...Object.fromEntries(data), problemIds: data.getAll("problemIds") });
  if (!parsed.success) return firstIssue(parsed.error);
  const input = parsed.data;

  const taught = await findTaughtClass({ classId: input.classId, instructorId: viewer.id });
  if (!taught) return NOT_YOURS;

  let problems: NewProblem[];
  if (input.source === "level") {
    const kind = input.kind ?? "addition";
    const level = input.level ?? 1;
    if (level > LEVELS[kind].max) return { ok: false, error: `Levels for this kind go from ${LEVELS[kind].min} to ${LEVELS[kind].max}.` };
    problems = Array.from({ length: input.count ?? 5 }, () => problemForLevel(kind, level, randomInt(2 ** 31)));
  } else if (input.source === "written") {
    const made = problemsFromText(input.kind ?? "addition", input.written ?? "");
    if (!made.ok) return made;
    problems = made.problems;
  } else {
    const chosen = await findChoosableProblems({ ids: input.problemIds, instructorId: viewer.id });
    if (chosen.length === 0 || chosen.length !== new Set(input.problemIds).size) return { ok: false, error: "Choose problems from the list." };
    problems = input.problemIds.map((problemId) => chosen.find((problem) => problem.id === problemId)!);
  }
  if (input.mode !== "alone" && problems.some((problem) => modelsFor(problem.kind, { needsDirect: input.mode === "compare" }).length === 0)) {
    return { ok: false, error: "No model on this server can work every problem of this assignment in that mode; choose Alone." };
  }

  await createAssignment({ classId: taught.id, createdById: viewer.id, title: input.title, mode: input.mode, dueAt: input.dueAt, problems });
  revalidatePath(`/teach/classes/${taught.id}`);
  return { ok: true, message: `“${input.title}” was assigned (${count(problems.length, "problem")}).` };
}

// ---------------------------------------------------------------------------------------

const resetSchema = z.object({
  classId: id,
  studentId: id,
  password: z.string().min(PASSWORD_MIN, `A password has at least ${PASSWORD_MIN} characters`).max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters`),
});

export async function resetStudentPassword(_previous: TeachState, data: FormData): Promise<TeachState> {
  const viewer = await instructor();
  if (!viewer) return NOT_INSTRUCTOR;
  const parsed = resetSchema.safeParse(Object.fromEntries(data));
  if (!parsed.success) return firstIssue(parsed.error);
  const { classId, studentId, password } = parsed.data;
  if (!(await isStudentOfInstructor({ classId, userId: studentId, instructorId: viewer.id }))) {
    return { ok: false, error: "That student is not in one of your classes." };
  }
  const context = await auth.$context;
  await context.internalAdapter.updatePassword(studentId, await context.password.hash(password));
  // Whoever knew the old password is signed out everywhere.
  await context.internalAdapter.deleteUserSessions(studentId);
  revalidatePath(`/teach/classes/${classId}`);
  return { ok: true, message: "The password was changed. Give the student the new one; they are signed out everywhere." };
}
