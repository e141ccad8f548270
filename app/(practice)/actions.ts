"use server";

import { randomInt } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
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
import { localizedHintText, localizedVerdict } from "@/lib/practice/localize-events";
import { hintDraft, lineDraft, spotDraft } from "@/lib/practice/log-event";
import { lineSkills } from "@/lib/scratchpad/skills";
import { withDatabase } from "@/lib/security/database-errors";
import { fieldsOf } from "@/lib/security/form-fields";
import { MODES, isMode, studentWrites, type Mode } from "@/lib/practice/modes";
import { firstWrongLine, isRightPick, modelTranscript, spotAnswer } from "@/lib/practice/transcript";
import { isLastLine, loadStoredProblem } from "@/lib/practice/stored-problem";
import { deriveProgress } from "@/lib/practice/progress";
import {
  LEVELS,
  problemForLevel,
  problemFromNumbers,
  problemFromPolynomial,
  type NewProblem,
  type StartField,
} from "@/lib/practice/start-problem";
import type { Hint, Locale, Verdict } from "@/lib/scratchpad";

export type ActionError = { ok: false; error: string };

/** The texts of this file's messages, in the request's language. */
type Texts = Awaited<ReturnType<typeof texts>>;
const texts = () => getTranslations("practice.errors");

// Sessions belong to the browser that started them (an httpOnly cookie); without it there is
// nothing this request may touch.
const noViewer = (t: Texts): ActionError => ({ ok: false, error: t("noViewer") });
const modelWrites = (t: Texts): ActionError => ({ ok: false, error: t("modelWrites") });

// Schemas are built once; their messages are keys of `practice.errors`, put in words (and in
// the request's language) by `firstIssue`, with the limits below as their values.
type MessageKey = Parameters<Texts>[0];
const key = (name: MessageKey) => name;

const sessionId = z.string().trim().min(1).max(64).regex(/^[a-z0-9]+$/i, key("validation.sessionId"));
const requestId = z.uuid({ message: key("validation.uuid") });

const LIMITS = {
  maxLength: MAX_LINE_LENGTH,
  additionMin: LEVELS.addition.min,
  additionMax: LEVELS.addition.max,
  polynomialMin: LEVELS.polynomial.min,
  polynomialMax: LEVELS.polynomial.max,
};

/** The first problem with a request, in words: "field: what is wrong". */
function firstIssue(t: Texts, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return t("notUnderstood");
  const message = issue.message as MessageKey;
  // zod's own messages (a field of the wrong type, say) are English: one plain sentence instead.
  const said = t.has(message) ? t(message, LIMITS) : t("validation.invalid");
  const field = issue.path.join(".");
  return field ? t("fieldIssue", { field, message: said }) : said;
}

/** The session, if it is this user's, with its problem loaded through its task. */
async function ownedProblem(t: Texts, locale: Locale, sessionId: string, userId: string) {
  const session = await findOwnedSessionProblem({ sessionId, userId });
  if (!session) return { ok: false, error: t("sessionNotFound") } as const;
  const loaded = loadStoredProblem(session.problem, locale);
  if (!loaded.ok) return { ok: false, error: t("unloadable", { reason: loaded.error }) } as const;
  return { ok: true, session, task: loaded.task, problem: loaded.value } as const;
}

// ---------------------------------------------------------------------------------------
// Start a practice session
// ---------------------------------------------------------------------------------------

const levelField = (kind: keyof typeof LEVELS) => {
  const range = key(kind === "addition" ? "validation.additionLevels" : "validation.polynomialLevels");
  return z.coerce
    .number({ message: key("validation.chooseLevel") })
    .int(key("validation.chooseLevel"))
    .min(LEVELS[kind].min, range)
    .max(LEVELS[kind].max, range);
};

const startSchema = z.discriminatedUnion(
  "source",
  [
  z.object({ source: z.literal("addition-level"), level: levelField("addition") }),
  z.object({
    source: z.literal("addition-numbers"),
    a: z.string().max(200, key("validation.firstTooLong")),
    b: z.string().max(200, key("validation.secondTooLong")),
  }),
  z.object({ source: z.literal("polynomial-level"), level: levelField("polynomial") }),
  z.object({
    source: z.literal("polynomial-input"),
    expression: z.string().max(200, key("validation.polynomialTooLong")),
    x: z.string().max(20, key("validation.xTooLong")),
  }),
  z.object({ source: z.literal("problem"), problemId: sessionId }),
  // The problem of one of this person's sessions, to work again (e.g. in another mode).
  z.object({ source: z.literal("session"), sessionId }),
  // A problem of an assignment of one of this person's classes, in the assignment's mode.
  z.object({ source: z.literal("assignment"), assignmentId: sessionId, position: z.coerce.number().int().min(0).max(1000) }),
  ],
  { message: key("validation.source") },
);

/** How to work the problem; a model id is checked against the registry for the problem's kind. */
const setupSchema = z.object({
  mode: z.enum(MODES, { message: key("validation.chooseMode") }).default("alone"),
  modelId: z.string().trim().max(100, key("validation.modelId")).optional(),
  planted: z.literal("on").optional(),
});

/** A refusal to start; `field` names the box of the start form it is about. */
export type StartRefusal = ActionError & { field?: StartField };
export type StartState = StartRefusal | { ok: true } | null;

/** Where a new problem comes from: a level, what the student typed, or a listed problem. */
function newProblem(
  input: Exclude<z.infer<typeof startSchema>, { source: "problem" | "session" | "assignment" }>,
  locale: Locale,
): { ok: true; problem: NewProblem } | StartRefusal {
  switch (input.source) {
    case "addition-level":
      return { ok: true, problem: problemForLevel("addition", input.level, randomInt(2 ** 31)) };
    case "polynomial-level":
      return { ok: true, problem: problemForLevel("polynomial", input.level, randomInt(2 ** 31)) };
    case "addition-numbers":
      return problemFromNumbers(input.a, input.b, locale);
    case "polynomial-input":
      return problemFromPolynomial(input.expression, input.x, locale);
  }
}

/** The mode with a model that can work `kind` in it: the one asked for, or the first that can. */
async function sessionSetup(kind: string, setup: z.infer<typeof setupSchema>): Promise<{ ok: true; setup: SessionSetup } | ActionError> {
  const mode: Mode = setup.mode;
  if (mode === "alone") return { ok: true, setup: { mode } };
  const offered = modelsFor(kind, { needsDirect: mode === "compare" });
  const model = setup.modelId ? offered.find((entry) => entry.id === setup.modelId) : offered[0];
  if (!model) {
    const t = await getTranslations("practice");
    const values = { model: setup.modelId ?? "", mode: t(`modes.${mode}.label`) };
    return { ok: false, error: setup.modelId ? t("errors.modelCannot", values) : t("errors.noModelFor", values) };
  }
  return { ok: true, setup: { mode, modelId: model.id, planted: mode === "spot" && setup.planted === "on" } };
}

export async function startPractice(_previous: StartState, formData: FormData): Promise<StartState> {
  return withDatabase(async () => {
    const asking = await ensureViewer();
    if (!asking.ok) return asking;
    const viewer = asking.viewer;
    const [t, locale] = await Promise.all([texts(), getLocale()]);

    const fields = fieldsOf(formData);
    if (!fields) return { ok: false, error: t("notUnderstood") };
    const parsed = startSchema.safeParse(fields);
    if (!parsed.success) return { ok: false, error: firstIssue(t, parsed.error) };
    const how = setupSchema.safeParse(fields);
    if (!how.success) return { ok: false, error: firstIssue(t, how.error) };
    const input = parsed.data;

    let session: { id: string };
    if (input.source === "assignment") {
      const item = await findAssignmentProblemForMember({ assignmentId: input.assignmentId, position: input.position, userId: viewer.id });
      if (!item) return { ok: false, error: t("assignmentNotYours") };
      const setup = await sessionSetup(item.problem.kind, { mode: isMode(item.assignment.mode) ? item.assignment.mode : "alone" });
      if (!setup.ok) return setup;
      session = await createPracticeSession({ userId: viewer.id, problemId: item.problem.id, assignmentId: item.assignment.id, ...setup.setup });
    } else if (input.source === "problem" || input.source === "session") {
      // A listed problem (demo, bank), one this person wrote, or one of their sessions'; no other by id.
      const from = input.source === "session" ? await findOwnedSessionProblem({ sessionId: input.sessionId, userId: viewer.id }) : null;
      // An assignment's problem is worked in its mode (watching a model would show the solution)
      // unless its instructor allowed other modes.
      const lock = from?.assignment && !from.assignment.otherModes ? from.assignment.mode : null;
      if (lock !== null && how.data.mode !== lock) {
        const modes = await getTranslations("practice.modes");
        return { ok: false, error: t("assignmentModeOnly", { mode: isMode(lock) ? modes(`${lock}.label`) : lock }) };
      }
      const problemId = input.source === "problem" ? input.problemId : from?.problemId;
      const problem = problemId ? await findProblem({ id: problemId }) : null;
      const allowed = problem && (input.source === "session" || LISTED_SOURCES.has(problem.source) || problem.createdById === viewer.id);
      if (!problem || !allowed) return { ok: false, error: t("problemMissing") };
      const setup = await sessionSetup(problem.kind, how.data);
      if (!setup.ok) return setup;
      session = await createPracticeSession({ userId: viewer.id, problemId: problem.id, ...setup.setup });
    } else {
      const made = newProblem(input, locale);
      if (!made.ok) return made;
      const setup = await sessionSetup(made.problem.kind, how.data);
      if (!setup.ok) return setup;
      session = await createSessionOnNewProblem({ userId: viewer.id, problem: made.problem, ...setup.setup });
    }

    revalidatePath("/");
    redirect(`/practice/${session.id}`);
  });
}

// ---------------------------------------------------------------------------------------
// Submit the next line
// ---------------------------------------------------------------------------------------

/**
 * The longest line worth judging for a problem: several times its longest reference line.
 * A line far beyond it is no attempt at this scratchpad, so it is refused, not stored.
 */
function lineLengthLimit(reference: readonly { text: string }[]): number {
  const longest = Math.max(0, ...reference.map((line) => line.text.length));
  return Math.min(MAX_LINE_LENGTH, 4 * longest + 100);
}

const CONTROL_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const submitSchema = z.object({
  sessionId,
  requestId,
  line: z
    .string()
    .max(MAX_LINE_LENGTH, key("validation.lineTooLong"))
    // Neither can be typed, and PostgreSQL cannot store them: refuse rather than alter the line.
    .refine((text) => !CONTROL_CHARACTER.test(text), key("validation.controlCharacters"))
    .refine((text) => !LONE_SURROGATE.test(text), key("validation.brokenUnicode")),
});

export type SubmitResult = ActionError | { ok: true; verdict: Verdict; solved: boolean; replayed: boolean };

export async function submitLine(input: z.input<typeof submitSchema>): Promise<SubmitResult> {
  return withDatabase(async () => {
    const [t, locale] = await Promise.all([texts(), getLocale()]);
    const viewer = await currentViewer();
    if (!viewer) return noViewer(t);

    const parsed = submitSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: firstIssue(t, parsed.error) };
    const { line } = parsed.data;
    // Not a try: nothing is stored and nothing counts against the student.
    if (line.trim() === "") return { ok: false, error: t("emptyLine") };

    const owned = await ownedProblem(t, locale, parsed.data.sessionId, viewer.id);
    if (!owned.ok) return owned;
    const { session, task, problem } = owned;
    if (!studentWrites(session.mode)) return modelWrites(t);

    const reference = task.referenceLines(problem);
    const limit = lineLengthLimit(reference);
    if (line.length > limit) return { ok: false, error: t("lineTooLongHere", { length: line.length, limit }) };
    const result = await appendEvent({
      sessionId: session.id,
      requestId: parsed.data.requestId,
      decide: (events) => {
        const { nextIndex } = deriveProgress(reference, events);
        if (nextIndex === null) return { reject: t("alreadySolved") };
        const verdict = task.judgeLine(problem, nextIndex, line, { actor: "student", locale });
        const skills = lineSkills(session.problem.kind, problem, nextIndex);
        return { append: lineDraft(nextIndex, line, verdict, skills), solves: verdict.ok && isLastLine(reference, nextIndex) };
      },
    });
    if (result.status === "rejected") return { ok: false, error: result.reason };

    revalidatePath(`/practice/${session.id}`);
    const { event } = result;
    if (!event.verdict) return { ok: false, error: t("usedForHint") };
    // A replayed request may have been judged in another language: said again in this one.
    const verdict = result.status === "replayed" ? (localizedVerdict(task, problem, event, locale) ?? event.verdict) : event.verdict;
    const solved = verdict.ok && isLastLine(reference, event.lineIndex);
    return { ok: true, verdict, solved, replayed: result.status === "replayed" };
  });
}

// ---------------------------------------------------------------------------------------
// Ask for a hint
// ---------------------------------------------------------------------------------------

const hintSchema = z.object({ sessionId, requestId });

export type HintResult = ActionError | { ok: true; hint: Hint; replayed: boolean };

export async function requestHint(input: z.input<typeof hintSchema>): Promise<HintResult> {
  return withDatabase(async () => {
    const [t, locale] = await Promise.all([texts(), getLocale()]);
    const viewer = await currentViewer();
    if (!viewer) return noViewer(t);

    const parsed = hintSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: firstIssue(t, parsed.error) };

    const owned = await ownedProblem(t, locale, parsed.data.sessionId, viewer.id);
    if (!owned.ok) return owned;
    const { session, task, problem } = owned;
    if (!studentWrites(session.mode)) return modelWrites(t);

    const reference = task.referenceLines(problem);
    const result = await appendEvent({
      sessionId: session.id,
      requestId: parsed.data.requestId,
      decide: (events) => {
        const { nextIndex, hintsForNext } = deriveProgress(reference, events);
        if (nextIndex === null) return { reject: t("solvedNoHints") };
        // The last level is the full line: another copy would only count another hint.
        if (hintsForNext >= task.hintLevels(problem, nextIndex)) return { reject: t("fullLineShown") };
        const hint = task.hint(problem, nextIndex, hintsForNext + 1, locale);
        return { append: hintDraft(nextIndex, hint, lineSkills(session.problem.kind, problem, nextIndex)) };
      },
    });
    if (result.status === "rejected") return { ok: false, error: result.reason };

    revalidatePath(`/practice/${session.id}`);
    const { event } = result;
    if (event.type !== "hint" || event.hintLevel === null) return { ok: false, error: t("usedForLine") };
    // Built from the stored event, so a replayed request shows the hint shown before (in this request's language).
    const hint: Hint = {
      level: event.hintLevel,
      text: result.status === "replayed" ? localizedHintText(task, problem, event, locale) : event.text,
      final: event.hintLevel >= task.hintLevels(problem, event.lineIndex),
    };
    return { ok: true, hint, replayed: result.status === "replayed" };
  });
}

// ---------------------------------------------------------------------------------------
// Spot the error: the student's pick
// ---------------------------------------------------------------------------------------

const spotSchema = z.object({
  sessionId,
  requestId,
  /** Reference index of the line picked as the first wrong one; -1 for "all correct". */
  pick: z
    .number({ message: key("validation.pickLine") })
    .int(key("validation.pickLine"))
    .min(-1, key("validation.pickLine"))
    .max(100_000, key("validation.pickLine")),
});

export type SpotResult = ActionError | { ok: true; correct: boolean; pick: number; firstWrong: number | null; replayed: boolean };

export async function submitSpot(input: z.input<typeof spotSchema>): Promise<SpotResult> {
  return withDatabase(async () => {
    const [t, locale] = await Promise.all([texts(), getLocale()]);
    const viewer = await currentViewer();
    if (!viewer) return noViewer(t);

    const parsed = spotSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: firstIssue(t, parsed.error) };
    const { pick } = parsed.data;

    const owned = await ownedProblem(t, locale, parsed.data.sessionId, viewer.id);
    if (!owned.ok) return owned;
    const { session } = owned;
    if (session.mode !== "spot") return { ok: false, error: t("notSpot") };
    if (!(await hasFinishedRun({ sessionId: session.id, purpose: "spot" }))) {
      return { ok: false, error: t("modelNotFinished") };
    }

    const result = await appendEvent({
      sessionId: session.id,
      requestId: parsed.data.requestId,
      decide: (events) => {
        if (spotAnswer(events)) return { reject: t("alreadyAnswered") };
        const lines = modelTranscript(events, "scratchpad");
        if (pick >= 0 && !lines.some((line) => line.index === pick)) return { reject: t("pickModelLine") };
        // Answering ends the exercise: stored with the pick, in the same transaction.
        return { append: spotDraft(pick, isRightPick(lines, pick)), solves: true };
      },
    });
    if (result.status === "rejected") return { ok: false, error: result.reason };
    if (result.event.type !== "spot") return { ok: false, error: t("usedElsewhere") };
    const firstWrong = firstWrongLine(modelTranscript(await listEvents({ sessionId: session.id }), "scratchpad"));

    revalidatePath(`/practice/${session.id}`);
    return { ok: true, correct: result.event.ok === true, pick: result.event.lineIndex, firstWrong, replayed: result.status === "replayed" };
  });
}
