/**
 * The two ways a CLI run fails on purpose; main turns them into one line on stderr and an
 * exit code, never a stack trace.
 */

/** Bad arguments: exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Bad input (stdin or an argument's content): exit code 1. */
export class InputError extends Error {
  readonly exitCode = 1;
}
