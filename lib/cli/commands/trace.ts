import { readFile } from "node:fs/promises";
import { integerOption, type Args } from "../args";
import type { Command } from "../command";
import { InputError, UsageError } from "../errors";
import { jsonLine, readJsonl, stringField } from "../jsonl";

type Tracer = typeof import("../../python/trace");

function traceOptions(values: Args["values"]) {
  return {
    stepLimit: values["step-limit"] === undefined ? undefined : integerOption(values, "step-limit", 0, 100_000),
    timeoutMs: values["timeout-ms"] === undefined ? undefined : integerOption(values, "timeout-ms", 1, 60_000),
  };
}

export const traceCommand: Command = {
  name: "trace",
  summary: "run Python programs in the sandbox and print their execution traces",
  usage: `usage: scratchpad trace FILE.py [--json] [--step-limit N] [--timeout-ms MS]
       scratchpad trace --jsonl [--step-limit N] [--timeout-ms MS] < programs.jsonl

Runs the program in the sandboxed CPython tracer and prints its trace
(FORMATS.md §3). A program that fails still prints the trace up to its
exception line; the exit code is 1 when the program could not be traced
completely.

  --json         print {"trace", "steps", "error"} instead of the trace text
  --jsonl        read {"program": "..."} lines on stdin; write one
                 {"trace", "steps", "error"} line for each, in order, going on
                 after a program that fails
  --step-limit   line events kept before StepLimitExceeded (default 1000)
  --timeout-ms   wall-clock limit per program (default 5000)`,
  options: {
    json: { type: "boolean" },
    jsonl: { type: "boolean" },
    "step-limit": { type: "string" },
    "timeout-ms": { type: "string" },
  },
  async run({ positionals, values }, io) {
    const options = traceOptions(values);
    if (values.jsonl === true) {
      if (positionals.length > 0) throw new UsageError("--jsonl reads programs from stdin; give no file");
      await withTracer(async ({ tracePython }) => {
        for await (const { lineNumber, value } of readJsonl(io.lines())) {
          const result = await tracePython(stringField(value, "program", lineNumber), options);
          await io.out(jsonLine(result));
        }
      });
      return;
    }

    const [file, ...extra] = positionals;
    if (file === undefined) throw new UsageError("missing the program file (or --jsonl)");
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    let program: string;
    try {
      program = await readFile(file, "utf8");
    } catch (error) {
      throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const result = await withTracer(({ tracePython }) => tracePython(program, options));
    if (values.json === true) await io.out(jsonLine(result));
    else if (result.trace) await io.out(`${result.trace}\n`);
    if (result.error && values.json !== true) throw new InputError(`${result.error.kind}: ${result.error.message}`);
  },
};

/** Loads the sandbox only for this command, and always stops its warm children after. */
async function withTracer<T>(work: (tracer: Tracer) => Promise<T>): Promise<T> {
  const tracer = await import("../../python/trace");
  try {
    return await work(tracer);
  } finally {
    await tracer.shutdownTracer();
  }
}
