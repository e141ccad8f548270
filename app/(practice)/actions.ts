"use server";

import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { modelsFor } from "@/lib/ai/registry";
import { currentViewer, ensureViewer } from "@/lib/auth/viewer";
import { appendEvent, listEvents } from "@/lib/db/event-log";
import { findAssignmentProblemForMember } from "@/lib/db/assignments";
import { hasFinishedRun } from "@/lib/db/model-calls";
import {
  createPracticeSession,
  createSessionOnNewProblem,
  findOwnedSessionProblem,
  type SessionSetup,
} from "@/lib/db/practice-sessions";
import { findProblem, LISTED_SOURCES } from "@/lib/db/problems";
import { MAX_LINE_LENGTH } from "@/lib/practice/limits";
import { hintDraft, lineDraft, spotDraft } from "@/lib/practice/log-event";
import { MODE_INFO, MODES, isMode, studentWrites, type Mode } from "@/lib/practice/modes";
import { firstWrongLine, isRightPick, modelTranscript, spotAnswer } from "@/lib/practice/transcript";
import { isLastLine, loadStoredProblem } from "@/lib/practice/stored-problem";
import { deriveProgress } from "@/lib/practice/progress";
import {
  LEVELS,
  problemForLevel,
  problemFromNumbers,
  problemFromPolynomial,
  type NewProblem,
} from "@/lib/practice/start-problem";
import type { Hint, Verdict } from "@/lib/scratchpad";

export type ActionError = { ok: false; error: string };

// Sessions belong to the browser that started them (an httpOnly cookie); without it there is
// nothing this request may touch.
const NO_VIEWER: ActionError = {
  ok: false,
  error: "This browser has no practice sessions (cookies may have been cleared). Start a new problem.",
};

const MODEL_WRITES: ActionError = { ok: false, error: "In this mode the model writes the lines; start the problem alone or take turns to write your own." };

const sessionId = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i, "is not a session id");
const requestId = z.uuid({ message: "must be a UUID" });

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The request was not understood.";
  const field = issue.path.join(".");
  return field ? `${field}: ${issue.message}` : issue.message;
}

/** The session, if it is this user's, with its problem loaded through its task. */
async function ownedProblem(sessionId: string, userId: string) {
  const session = await findOwnedSessionProblem({ sessionId, userId });
  if (!session) return { ok: false, error: "This practice session was not found." } as const;
  const loaded = loadStoredProblem(session.problem);
  if (!loaded.ok) return { ok: false, error: `This problem can no longer be practised: ${loaded.error}` } as const;
  return { ok: true, session, task: loaded.task, problem: loaded.value } as const;
}

// ---------------------------------------------------------------------------------------
// Start a practice session
// ---------------------------------------------------------------------------------------

const levelField = (kind: keyof typeof LEVELS, unit: string) =>
  z.coerce
    .number({ message: "Choose a level" })
    .int("Choose a level")
    .min(LEVELS[kind].min, `Levels go from ${LEVELS[kind].min} to ${LEVELS[kind].max}${unit}`)
    .max(LEVELS[kind].max, `Levels go from ${LEVELS[kind].min} to ${LEVELS[kind].max}${unit}`);

const startSchema = z.discriminatedUnion("source", [
  z.object({ source: z.literal("addition-level"), level: levelField("addition", " digits") }),
  z.object({
    source: z.literal("addition-numbers"),
    a: z.string().max(200, "The first number is too long"),
    b: z.string().max(200, "The second number is too long"),
  }),
  z.object({ source: z.literal("polynomial-level"), level: levelField("polynomial", "") }),
  z.object({
    source: z.literal("polynomial-input"),
    expression: z.string().max(200, "The polynomial is too long"),
    x: z.string().max(20, "x is too long"),
  }),
  z.object({ source: z.literal("problem"), problemId: sessionId }),
  // The problem of one of this person's sessions, to work again (e.g. in another mode).
  z.object({ source: z.literal("session"), sessionId }),
  // A problem of an assignment of one of this person's classes, in the assignment's mode.
  z.object({ source: z.literal("assignment"), assignmentId: sessionId, position: z.coerce.number().int().min(0).max(1000) }),
]);

/** How to work the problem; a model id is checked against the registry for the problem's kind. */
const setupSchema = z.object({
  mode: z.enum(MODES, { message: "Choose how to work the problem" }).default("alone"),
  modelId: z.string().trim().max(100, "That is not a model id").optional(),
  planted: z.literal("on").optional(),
});

export type StartState = ActionError | { ok: true } | null;

/** Where a new problem comes from: a level, what the student typed, or a listed problem. */
function newProblem(
  input: Exclude<z.infer<typeof startSchema>, { source: "problem" | "session" | "assignment" }>,
): { ok: true; problem: NewProblem } | ActionError {
  switch (input.source) {
    case "addition-level":
      return { ok: true, problem: problemForLevel("addition", input.level, randomInt(2 ** 31)) };
    case "polynomial-level":
      return { ok: true, problem: problemForLevel("polynomial", input.level, randomInt(2 ** 31)) };
    case "addition-numbers":
      return problemFromNumbers(input.a, input.b);
    case "polynomial-input":
      return problemFromPolynomial(input.expression, input.x);
  }
}

/** The mode with a model that can work `kind` in it: the one asked for, or the first that can. */
function sessionSetup(kind: string, setup: z.infer<typeof setupSchema>): { ok: true; setup: SessionSetup } | ActionError {
  const mode: Mode = setup.mode;
  if (mode === "alone") return { ok: true, setup: { mode } };
  const offered = modelsFor(kind, { needsDirect: mode === "compare" });
  const model = setup.modelId ? offered.find((entry) => entry.id === setup.modelId) : offered[0];
  if (!model) {
    return {
      ok: false,
      error: setup.modelId
        ? `The model "${setup.modelId}" cannot work this problem in "${MODE_INFO[mode].label}".`
        : `No model on this server can work this kind of problem in "${MODE_INFO[mode].label}".`,
    };
  }
  return { ok: true, setup: { mode, modelId: model.id, planted: mode === "spot" && setup.planted === "on" } };
}

export async function startPractice(_previous: StartState, formData: FormData): Promise<StartState> {
  const viewer = await ensureViewer();

  const fields = Object.fromEntries(formData);
  const parsed = startSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const how = setupSchema.safeParse(fields);
  if (!how.success) return { ok: false, error: firstIssue(how.error) };
  const input = parsed.data;

  let session: { id: string };
  if (input.source === "assignment") {
    const item = await findAssignmentProblemForMember({ assignmentId: input.assignmentId, position: input.position, userId: viewer.id });
    if (!item) return { ok: false, error: "That assignment is not one of your classes'." };
    const setup = sessionSetup(item.problem.kind, { mode: isMode(item.assignment.mode) ? item.assignment.mode : "alone" });
    if (!setup.ok) return setup;
    session = await createPracticeSession({ userId: viewer.id, problemId: item.problem.id, assignmentId: item.assignment.id, ...setup.setup });
  } else if (input.source === "problem" || input.source === "session") {
    // A listed problem (demo, bank), one this person wrote, or one of their sessions'; no other by id.
    const problemId = input.source === "problem" ? input.problemId : (await findOwnedSessionProblem({ sessionId: input.sessionId, userId: viewer.id }))?.problemId;
    const problem = problemId ? await findProblem({ id: problemId }) : null;
    const allowed = problem && (input.source === "session" || LISTED_SOURCES.has(problem.source) || problem.createdById === viewer.id);
    if (!problem || !allowed) return { ok: false, error: "That problem does not exist." };
    const setup = sessionSetup(problem.kind, how.data);
    if (!setup.ok) return setup;
    session = await createPracticeSession({ userId: viewer.id, problemId: problem.id, ...setup.setup });
  } else {
    const made = newProblem(input);
    if (!made.ok) return made;
    const setup = sessionSetup(made.problem.kind, how.data);
    if (!setup.ok) return setup;
    session = await createSessionOnNewProblem({ userId: viewer.id, problem: made.problem, ...setup.setup });
  }

  revalidatePath("/");
  redirect(`/practice/${session.id}`);
}

// ---------------------------------------------------------------------------------------
// Submit the next line
// ---------------------------------------------------------------------------------------

const CONTROL_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const submitSchema = z.object({
  sessionId,
  requestId,
  line: z
    .string()
    .max(MAX_LINE_LENGTH, `A line can have at most ${MAX_LINE_LENGTH} characters`)
    // Neither can be typed, and PostgreSQL cannot store them: refuse rather than alter the line.
    .refine((text) => !CONTROL_CHARACTER.test(text), "A line cannot contain control characters")
    .refine((text) => !LONE_SURROGATE.test(text), "A line cannot contain broken Unicode characters"),
});

export type SubmitResult = ActionError | { ok: true; verdict: Verdict; solved: boolean; replayed: boolean };

export async function submitLine(input: z.input<typeof submitSchema>): Promise<SubmitResult> {
  const viewer = await currentViewer();
  if (!viewer) return NO_VIEWER;

  const parsed = submitSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const { line } = parsed.data;

  const owned = await ownedProblem(parsed.data.sessionId, viewer.id);
  if (!owned.ok) return owned;
  const { session, task, problem } = owned;
  if (!studentWrites(session.mode)) return MODEL_WRITES;

  const reference = task.referenceLines(problem);
  const result = await appendEvent({
    sessionId: session.id,
    requestId: parsed.data.requestId,
    decide: (events) => {
      const { nextIndex } = deriveProgress(reference, events);
      if (nextIndex === null) return { reject: "This problem is already solved." };
      const verdict = task.judgeLine(problem, nextIndex, line, { actor: "student" });
      return { append: lineDraft(nextIndex, line, verdict), solves: verdict.ok && isLastLine(reference, nextIndex) };
    },
  });
  if (result.status === "rejected") return { ok: false, error: result.reason };

  revalidatePath(`/practice/${session.id}`);
  const verdict = result.event.verdict;
  if (!verdict) return { ok: false, error: "That request was already used for a hint." };
  const solved = verdict.ok && isLastLine(reference, result.event.lineIndex);
  return { ok: true, verdict, solved, replayed: result.status === "replayed" };
}

// ---------------------------------------------------------------------------------------
// Ask for a hint
// ---------------------------------------------------------------------------------------

const hintSchema = z.object({ sessionId, requestId });

export type HintResult = ActionError | { ok: true; hint: Hint; replayed: boolean };

export async function requestHint(input: z.input<typeof hintSchema>): Promise<HintResult> {
  const viewer = await currentViewer();
  if (!viewer) return NO_VIEWER;

  const parsed = hintSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };

  const owned = await ownedProblem(parsed.data.sessionId, viewer.id);
  if (!owned.ok) return owned;
  const { session, task, problem } = owned;
  if (!studentWrites(session.mode)) return MODEL_WRITES;

  const reference = task.referenceLines(problem);
  const result = await appendEvent({
    sessionId: session.id,
    requestId: parsed.data.requestId,
    decide: (events) => {
      const { nextIndex, hintsForNext } = deriveProgress(reference, events);
      if (nextIndex === null) return { reject: "This problem is already solved: no more hints." };
      // Past the last level the full line is shown again rather than refusing.
      const hint = task.hint(problem, nextIndex, hintsForNext + 1);
      return { append: hintDraft(nextIndex, hint) };
    },
  });
  if (result.status === "rejected") return { ok: false, error: result.reason };

  revalidatePath(`/practice/${session.id}`);
  const { event } = result;
  if (event.type !== "hint" || event.hintLevel === null) return { ok: false, error: "That request was already used for a line." };
  // Built from the stored event, so a replayed request shows exactly what was shown before.
  const hint: Hint = {
    level: event.hintLevel,
    text: event.text,
    final: event.hintLevel >= task.hintLevels(problem, event.lineIndex),
  };
  return { ok: true, hint, replayed: result.status === "replayed" };
}

// ---------------------------------------------------------------------------------------
// Spot the error: the student's pick
// ---------------------------------------------------------------------------------------

const spotSchema = z.object({
  sessionId,
  requestId,
  /** Reference index of the line picked as the first wrong one; -1 for "all correct". */
  pick: z.number({ message: "Pick a line" }).int("Pick a line").min(-1, "Pick a line").max(100_000, "Pick a line"),
});

export type SpotResult = ActionError | { ok: true; correct: boolean; pick: number; firstWrong: number | null; replayed: boolean };

export async function submitSpot(input: z.input<typeof spotSchema>): Promise<SpotResult> {
  const viewer = await currentViewer();
  if (!viewer) return NO_VIEWER;

  const parsed = spotSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const { pick } = parsed.data;

  const owned = await ownedProblem(parsed.data.sessionId, viewer.id);
  if (!owned.ok) return owned;
  const { session } = owned;
  if (session.mode !== "spot") return { ok: false, error: "This session is not a Spot the error exercise." };
  if (!(await hasFinishedRun({ sessionId: session.id, purpose: "spot" }))) {
    return { ok: false, error: "The model has not finished writing yet: wait for its last line." };
  }

  const result = await appendEvent({
    sessionId: session.id,
    requestId: parsed.data.requestId,
    decide: (events) => {
      if (spotAnswer(events)) return { reject: "You have already answered this one." };
      const lines = modelTranscript(events, "scratchpad");
      if (pick >= 0 && !lines.some((line) => line.index === pick)) return { reject: "Pick one of the model's lines, or “All correct”." };
      // Answering ends the exercise: stored with the pick, in the same transaction.
      return { append: spotDraft(pick, isRightPick(lines, pick)), solves: true };
    },
  });
  if (result.status === "rejected") return { ok: false, error: result.reason };
  if (result.event.type !== "spot") return { ok: false, error: "That request was already used for something else." };
  const firstWrong = firstWrongLine(modelTranscript(await listEvents({ sessionId: session.id }), "scratchpad"));

  revalidatePath(`/practice/${session.id}`);
  return { ok: true, correct: result.event.ok === true, pick: result.event.lineIndex, firstWrong, replayed: result.status === "replayed" };
}
