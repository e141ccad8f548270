/**
 * Every way a model run can fail, as one sentence for the student. Whatever happened, the
 * lines already stored stay, and the student can go on alone: each message says so.
 */
import { APICallError, InvalidPromptError, NoSuchModelError, RetryError } from "ai";
import type { LinesEnd } from "./lines";

const GO_ON = "Lines the model already wrote are kept; you can try again or go on without the model.";

export function failureMessage(error: unknown, { timedOut, timeoutSeconds }: { timedOut: boolean; timeoutSeconds: number }): string {
  if (timedOut) return `The model took longer than ${timeoutSeconds} s and was stopped. ${GO_ON}`;
  const cause = RetryError.isInstance(error) ? error.lastError : error;
  if (NoSuchModelError.isInstance(cause)) {
    return `This session's model is no longer available on this server (its configuration changed). ${GO_ON}`;
  }
  if (APICallError.isInstance(cause)) {
    const status = cause.statusCode;
    if (status === 429) return `The model's service is limiting requests right now. Wait a minute before trying again. ${GO_ON}`;
    if (status === 401 || status === 403) return `The model's service refused this server's key. An administrator must check it. ${GO_ON}`;
    if (status === 404) return `The model's service does not know the configured model. ${GO_ON}`;
    if (status !== undefined && status >= 500) return `The model's service failed (HTTP ${status}). ${GO_ON}`;
    if (status === undefined) return `The model's service could not be reached. ${GO_ON}`;
    return `The model's service refused the request (HTTP ${status}). ${GO_ON}`;
  }
  if (InvalidPromptError.isInstance(cause)) return `The model cannot read this problem: ${cause.message.slice(0, 200)}. ${GO_ON}`;
  return `The model failed unexpectedly. ${GO_ON}`;
}

/** When the model's text was cut off for breaking a bound, what the student is told. */
export function cutOffMessage(end: Exclude<LinesEnd, "end">, limit: number): string {
  return end === "too-many-lines"
    ? `The model kept writing past the end of the scratchpad and was stopped after ${limit} lines.`
    : `The model wrote a line longer than ${limit} characters and was stopped.`;
}
