/**
 * A model working a student's problem: it writes lines, each is judged by the same
 * validator as a student's and stored in the same log (actor "model") the moment it is
 * complete, and the caller streams them on. What a run does depends on the session's mode:
 * Watch and Spot the error write the whole scratchpad, Take turns one line of the shared
 * scratchpad, Compare the scratchpad and then the direct answer.
 */
import "server-only";
import { streamText } from "ai";
import { aiConfig, type AiConfig } from "../ai/config";
import { directPartner, findModel } from "../ai/registry";
import { createSolver, type ModelChoice, type Solver } from "../ai/solve";
import { appendEvent, listEvents } from "../db/event-log";
import { finishModelCall, hasFinishedRun, startModelCall, type ModelPurpose } from "../db/model-calls";
import { findOwnedSessionProblem, markWatched } from "../db/practice-sessions";
import { MAX_LINE_LENGTH } from "../practice/limits";
import { modelLineDraft, type LogEvent } from "../practice/log-event";
import { lineSkills } from "../scratchpad/skills";
import { isModelMode, type ModelMode } from "../practice/modes";
import { deriveProgress } from "../practice/progress";
import { isLastLine, loadStoredProblem } from "../practice/stored-problem";
import { firstWrongLine, modelOwnTexts, modelTranscript, whoseTurn, type TranscriptLine } from "../practice/transcript";
import { practiceTexts, type PracticeTexts } from "../practice/texts";
import { plantableLines, plantError, type Locale, type RegisteredTask, type TaskKind, type Variant } from "../scratchpad";
import { createRng } from "../scratchpad/random";
import { cutOffMessage, failureText, runFailure, storedFailure, type FailureCode, type RunFailure } from "./failures";
import { PURPOSE } from "./purpose";
import { streamLines } from "./lines";

/** What a run tells the page, in order, as NDJSON. */
export type RunMessage =
  | { type: "line"; variant: Variant; line: TranscriptLine; solved: boolean }
  | { type: "notice"; message: string }
  | { type: "error"; message: string }
  | { type: "done"; finished: boolean };

export type RunStart =
  | { ok: true; messages: AsyncGenerator<RunMessage, void> }
  | { ok: false; status: 400 | 404 | 409 | 429; error: string; retryAfterSeconds?: number; busy?: true };

/** Lines past the reference's end a model may write before it is stopped. */
const EXTRA_LINES = 3;

type Job = { variant: Variant; modelId: string; written: string[]; startIndex: number; maxLines: number; take?: number };

export interface RunOptions {
  userId: string;
  sessionId: string;
  /** The page's id for this run: a retried request stores each line once. */
  requestId: string;
  /** The request's signal: a page that goes away stops the model. */
  signal: AbortSignal;
  config?: AiConfig;
  /** How a model is reached: the registry's solvers, or a test's. */
  solverFor?: (choice: ModelChoice, config: AiConfig) => Solver;
  /** The language of what the student is told (verdicts, notices, failures); default English. */
  locale?: Locale;
}

export async function startModelRun(options: RunOptions): Promise<RunStart> {
  const { userId, sessionId } = options;
  const locale = options.locale ?? "en";
  const t = practiceTexts(locale);
  const config = options.config ?? aiConfig();
  const session = await findOwnedSessionProblem({ sessionId, userId });
  if (!session) return { ok: false, status: 404, error: t("errors.sessionNotFound") };
  const mode = session.mode;
  if (!isModelMode(mode) || !session.modelId) return { ok: false, status: 400, error: t("modelRun.alone") };
  const loaded = loadStoredProblem(session.problem, locale);
  if (!loaded.ok) return { ok: false, status: 400, error: t("errors.unloadable", { reason: loaded.error }) };
  const { task, value: problem } = loaded;
  const purpose = PURPOSE[mode];

  const events = await listEvents({ sessionId });
  const jobs = await planJobs({ mode, modelId: session.modelId, kind: task.kind, task, problem, events, sessionId, purpose, config, t });
  if (!jobs.ok) return { ok: false, status: 409, error: jobs.error };
  if (jobs.jobs.length === 0) return { ok: false, status: 409, error: t("modelRun.nothingLeft") };

  const call = await startModelCall({
    userId,
    sessionId,
    modelId: session.modelId,
    purpose,
    perMinute: config.MODEL_CALLS_PER_MINUTE,
    staleAfterMs: config.MODEL_TIMEOUT_SECONDS * 1000 + 30_000,
  });
  if (!call.ok) {
    return call.reason === "busy"
      ? { ok: false, status: 409, error: t("modelRun.busy"), retryAfterSeconds: call.retryAfterSeconds, busy: true }
      : {
          ok: false,
          status: 429,
          error: t("modelRun.rateLimited", { count: config.MODEL_CALLS_PER_MINUTE, seconds: call.retryAfterSeconds }),
          retryAfterSeconds: call.retryAfterSeconds,
        };
  }

  const plant = mode === "spot" && session.planted ? plantPlan(task, problem, sessionId) : null;
  return {
    ok: true,
    messages: runJobs({ ...options, locale, config, mode, task, problem, input: session.problem.input, jobs: jobs.jobs, callId: call.id, plant }),
  };
}

async function planJobs(args: {
  mode: ModelMode;
  modelId: string;
  kind: TaskKind;
  task: RegisteredTask;
  problem: unknown;
  events: LogEvent[];
  sessionId: string;
  purpose: ModelPurpose;
  config: AiConfig;
  t: PracticeTexts;
}): Promise<{ ok: true; jobs: Job[] } | { ok: false; error: string }> {
  const { mode, modelId, task, problem, events, t } = args;
  const reference = task.referenceLines(problem);
  if (mode === "turns") {
    const progress = deriveProgress(reference, events);
    if (progress.nextIndex === null) return { ok: false, error: t("modelRun.complete") };
    if (whoseTurn(events) !== "model") return { ok: false, error: t("modelRun.yourTurn") };
    const written = progress.rows.map((row) => row.text);
    return { ok: true, jobs: [{ variant: "scratchpad", modelId, written, startIndex: progress.nextIndex, maxLines: 1, take: 1 }] };
  }
  if (await hasFinishedRun({ sessionId: args.sessionId, purpose: args.purpose })) return { ok: false, error: t("modelRun.finished") };

  const jobs: Job[] = [];
  const lines = modelTranscript(events, "scratchpad");
  // A run that failed partway goes on from the model's own lines rather than starting over.
  const written = modelOwnTexts(lines);
  jobs.push({ variant: "scratchpad", modelId, written, startIndex: written.length, maxLines: Math.max(1, reference.length + EXTRA_LINES - written.length) });
  if (mode === "compare" && modelTranscript(events, "direct").length === 0) {
    let partner;
    try {
      partner = directPartner(findModel(modelId, args.config), args.kind, args.config);
    } catch {
      partner = null;
    }
    if (!partner) return { ok: false, error: t("modelRun.noDirect") };
    jobs.push({ variant: "direct", modelId: partner.id, written: [], startIndex: reference.length - 1, maxLines: 1, take: 1 });
  }
  return { ok: true, jobs };
}

/** Where a planted error goes: one plantable line, the same one every time for a session. */
function plantPlan(task: RegisteredTask, problem: unknown, sessionId: string): { index: number; seed: number } | null {
  const candidates = plantableLines(task, problem);
  if (candidates.length === 0) return null;
  let seed = 0;
  for (const char of sessionId) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) >>> 0;
  const rng = createRng(seed);
  return { index: candidates[rng.int(0, candidates.length - 1)] ?? candidates[0]!, seed };
}

async function* runJobs(
  run: RunOptions & {
    locale: Locale;
    config: AiConfig;
    mode: ModelMode;
    task: RegisteredTask;
    problem: unknown;
    input: string;
    jobs: Job[];
    callId: string;
    plant: { index: number; seed: number } | null;
  },
): AsyncGenerator<RunMessage, void> {
  const { config, task, problem, sessionId, locale } = run;
  const timeoutSeconds = config.MODEL_TIMEOUT_SECONDS;
  const timeout = AbortSignal.timeout(timeoutSeconds * 1000);
  let stop = new AbortController();
  const reference = task.referenceLines(problem);
  let stored = 0;
  let status: "done" | "failed" | "aborted" = "aborted";
  let failure: RunFailure | null = null;
  try {
    for (const job of run.jobs) {
      const solver = (run.solverFor ?? createSolver)({ modelId: job.modelId, kind: task.kind, variant: job.variant }, config);
      const call = solver.call(run.input, job.written);
      stop = new AbortController();
      const signal = AbortSignal.any([run.signal, timeout, stop.signal]);
      const result = streamText({
        model: call.model,
        prompt: call.prompt,
        temperature: call.temperature,
        maxOutputTokens: call.maxOutputTokens,
        abortSignal: signal,
        maxRetries: 1,
        // Failures arrive as the stream's error parts and are handled below; no console noise.
        onError: () => {},
      });
      let index = job.startIndex;
      let written = 0;
      let wrongSoFar = run.mode === "spot" && firstWrongLine(modelTranscript(await listEvents({ sessionId }), "scratchpad")) !== null;
      const cut = streamLines(textOf(result.fullStream), { maxLines: job.maxLines, maxLineLength: MAX_LINE_LENGTH });
      let step = await cut.next();
      for (; !step.done; step = await cut.next()) {
        const text = step.value;
        const verdict = task.judgeLine(problem, index, text, { actor: "model", locale });
        const draft = modelLineDraft(index, text, verdict, { modelId: job.modelId, variant: job.variant, skills: lineSkills(task.kind, problem, index) });
        const solves = run.mode === "turns" && verdict.ok && isLastLine(reference, index);
        const lineIndex = index;
        const appended = await appendEvent({
          sessionId,
          requestId: `${run.requestId}/${job.variant}/${lineIndex}`,
          decide: (events) => decideModelLine(run.mode, reference, events, job, lineIndex, draft, solves),
        });
        if (appended.status === "rejected") throw new StaleRunError(appended.reason as FailureCode);
        stored += 1;
        written += 1;
        const planted = run.plant?.index === lineIndex && verdict.ok && !wrongSoFar ? await plantAt(run, lineIndex, job) : null;
        // The planted line is shown in place of the model's, never after it: nothing on the
        // page may change under the student's eyes and give the planted line away.
        yield lineMessage(run.mode, job.variant, planted ?? appended.event, solves);
        wrongSoFar ||= !verdict.ok;
        index += 1;
        if (job.take !== undefined && written >= job.take) {
          // One line was asked for: stop the model rather than let it write the rest.
          stop.abort();
          await cut.return("end");
          break;
        }
      }
      if (step.done && step.value !== "end" && !(job.take !== undefined && written >= job.take)) {
        yield { type: "notice", message: cutOffMessage(step.value, step.value === "too-many-lines" ? job.maxLines : MAX_LINE_LENGTH, locale) };
      }
      if (written === 0) {
        status = "failed";
        failure = { code: "wroteNothing" };
        yield { type: "error", message: failureText(failure, locale) };
        return;
      }
    }
    status = "done";
    const finished = run.mode === "watch" || run.mode === "compare";
    if (finished) await markWatched({ sessionId });
    yield { type: "done", finished };
  } catch (caught) {
    if (run.signal.aborted) return; // The page went away: nobody to tell; the stored lines stay.
    status = "failed";
    failure = caught instanceof StaleRunError ? { code: caught.code } : runFailure(caught, { timedOut: timeout.aborted, timeoutSeconds });
    yield { type: "error", message: failureText(failure, locale) };
  } finally {
    stop.abort();
    // Kept as a code: a page loaded later tells it in its viewer's language.
    await finishModelCall({ id: run.callId, status, lines: stored, error: failure ? storedFailure(failure) : null });
  }
}

/** Stores a planted error in place of the model's line `index`; null if none can be made. */
async function plantAt(
  run: { sessionId: string; requestId: string; task: RegisteredTask; problem: unknown; plant: { seed: number } | null; locale: Locale },
  index: number,
  job: Job,
) {
  if (!run.plant) return null;
  const planted = plantError(run.task, run.problem, index, run.plant.seed);
  if (!planted) return null;
  const verdict = run.task.judgeLine(run.problem, index, planted.text, { actor: "model", locale: run.locale });
  const stored = await appendEvent({
    sessionId: run.sessionId,
    requestId: `${run.requestId}/plant/${index}`,
    decide: () => ({
      append: modelLineDraft(index, planted.text, verdict, { modelId: job.modelId, variant: job.variant, actor: "app", skills: lineSkills(run.task.kind, run.problem, index) }),
    }),
  });
  return stored.status === "rejected" ? null : stored.event;
}

/** The log's say on a model line: a turn must still be the model's; a line is written once. */
function decideModelLine(
  mode: ModelMode,
  reference: ReturnType<RegisteredTask["referenceLines"]>,
  events: LogEvent[],
  job: Job,
  index: number,
  draft: ReturnType<typeof modelLineDraft>,
  solves: boolean,
) {
  if (mode === "turns") {
    const progress = deriveProgress(reference, events);
    if (progress.nextIndex !== index || whoseTurn(events) !== "model") return { reject: "scratchpadChanged" satisfies FailureCode };
    return { append: draft, solves };
  }
  const taken = events.some((event) => event.type === "line" && event.actor === "model" && event.variant === job.variant && event.lineIndex === index);
  return taken ? { reject: "alreadyWritten" satisfies FailureCode } : { append: draft };
}

/** A stored model line as the page gets it; in Spot the error the verdict stays on the server. */
function lineMessage(mode: ModelMode, variant: Variant, event: LogEvent, solved: boolean): RunMessage {
  const [line] = modelTranscript([{ ...event, variant }], variant);
  if (!line) throw new Error("a stored model line did not read back");
  const hidden = mode === "spot" ? { ...line, ok: false, verdict: null, actor: "model" as const, modelWrote: null } : line;
  return { type: "line", variant, line: hidden, solved };
}

/** The log refused a model line (the `reject` of decideModelLine, a failure code). */
class StaleRunError extends Error {
  constructor(readonly code: FailureCode) {
    super(code);
  }
}

/** The text of a model's stream; a failure in the stream is thrown, as a stream's error. */
async function* textOf(parts: AsyncIterable<{ type: string; text?: string; error?: unknown }>): AsyncGenerator<string> {
  for await (const part of parts) {
    if (part.type === "text-delta" && part.text) yield part.text;
    else if (part.type === "error") throw part.error;
    else if (part.type === "abort") throw new DOMException("The model run was stopped.", "AbortError");
  }
}
