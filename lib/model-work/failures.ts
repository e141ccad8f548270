/**
 * Every way a model run can fail, as one sentence for the student. Whatever happened, the
 * lines already stored stay, and the student can go on alone: each message says so.
 * A failure is kept as a code with its values (not as a sentence) so that a page loaded
 * later tells it in its own viewer's language.
 */
import { APICallError, InvalidPromptError, NoSuchModelError, RetryError } from "ai";
import { practiceTexts } from "../practice/texts";
import type { Locale } from "../scratchpad/types";
import type { LinesEnd } from "./lines";

/** Failures of the model or its service: the student is also told that nothing is lost. */
const SERVICE_FAILURES = [
  "timedOut",
  "noSuchModel",
  "rateLimited",
  "keyRefused",
  "unknownModel",
  "serviceFailed",
  "unreachable",
  "requestRefused",
  "cannotRead",
  "unexpected",
] as const;
/** Failures of the run itself, each a whole sentence already. */
const RUN_FAILURES = ["wroteNothing", "scratchpadChanged", "alreadyWritten"] as const;

export type FailureCode = (typeof SERVICE_FAILURES)[number] | (typeof RUN_FAILURES)[number];
export type RunFailure = { code: FailureCode; values?: { seconds?: string; status?: string; detail?: string } };

const isCode = (value: unknown): value is FailureCode =>
  typeof value === "string" && ([...SERVICE_FAILURES, ...RUN_FAILURES] as readonly string[]).includes(value);

export function runFailure(error: unknown, { timedOut, timeoutSeconds }: { timedOut: boolean; timeoutSeconds: number }): RunFailure {
  if (timedOut) return { code: "timedOut", values: { seconds: String(timeoutSeconds) } };
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  if (NoSuchModelError.isInstance(cause)) return { code: "noSuchModel" };
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode;
    if (status === 429) return { code: "rateLimited" };
    if (status === 401 || status === 403) return { code: "keyRefused" };
    if (status === 404) return { code: "unknownModel" };
    if (status !== undefined && status >= 500) return { code: "serviceFailed", values: { status: String(status) } };
    if (status === undefined) return { code: "unreachable" };
    return { code: "requestRefused", values: { status: String(status) } };
  }
  // The SDK's own words about the prompt: the one detail worth passing on as it is.
  if (InvalidPromptError.isInstance(cause)) return { code: "cannotRead", values: { detail: cause.message.slice(0, 200) } };
  return { code: "unexpected" };
}

/** The failure as the student reads it, in `locale`. */
export function failureText(failure: RunFailure, locale: Locale = "en"): string {
  const t = practiceTexts(locale);
  const values = { seconds: "", status: "", detail: "", ...failure.values };
  const sentence = t(`modelRun.failure.${failure.code}`, values);
  return (SERVICE_FAILURES as readonly string[]).includes(failure.code) ? t("modelRun.failure.withGoOn", { sentence }) : sentence;
}

export function failureMessage(error: unknown, options: { timedOut: boolean; timeoutSeconds: number }, locale: Locale = "en"): string {
  return failureText(runFailure(error, options), locale);
}

/** How a failure is kept in the call log (ModelCall.error). */
export function storedFailure(failure: RunFailure): string {
  return JSON.stringify(failure);
}

/** A logged failure in `locale`; a sentence logged before failures were kept as codes is shown as it is. */
export function storedFailureText(stored: string, locale: Locale): string {
  try {
    const parsed = JSON.parse(stored) as Partial<RunFailure> | null;
    if (parsed && isCode(parsed.code)) return failureText({ code: parsed.code, values: parsed.values ?? {} }, locale);
  } catch {
    // Not JSON: an older, plain sentence.
  }
  return stored;
}

/** When the model's text was cut off for breaking a bound, what the student is told. */
export function cutOffMessage(end: Exclude<LinesEnd, "end">, limit: number, locale: Locale = "en"): string {
  const t = practiceTexts(locale);
  // As a string: a limit reads as the number it is, without digit grouping.
  return end === "too-many-lines" ? t("modelRun.cutOff.tooManyLines", { limit: String(limit) }) : t("modelRun.cutOff.lineTooLong", { limit: String(limit) });
}
