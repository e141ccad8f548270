/**
 * What a command may touch: stdin line by line, stdout and stderr. Commands get this
 * instead of `process`, so tests can run them in-process.
 */
import { createInterface } from "node:readline";

export interface Io {
  /** stdin, one line at a time, without line endings. */
  lines(): AsyncIterable<string>;
  /** Writes to stdout; resolves when the pipe can take more, so big outputs stream. */
  out(text: string): Promise<void>;
  err(text: string): void;
}

export function processIo(): Io {
  // A reader that goes away (`| head`) closes the pipe: that ends the output, it is no error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.stderr.write(`scratchpad: cannot write output: ${error.message}\n`);
    process.exit(error.code === "EPIPE" ? 0 : 1);
  });
  return {
    lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    out: (text) =>
      new Promise((resolve) => {
        if (process.stdout.write(text)) resolve();
        else process.stdout.once("drain", resolve);
      }),
    err: (text) => {
      process.stderr.write(text);
    },
  };
}
