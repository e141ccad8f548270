/**
 * Argument parsing shared by the commands: node's parseArgs, with its errors turned into
 * usage errors, and the checks every command needs (the task, whole numbers).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { findTask, tasks, type RegisteredTask } from "../scratchpad";
import { UsageError } from "./errors";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Args {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export function parse(argv: string[], options: Options): Args {
  try {
    const args = joinNegativeNumbers(argv, options);
    const { positionals, values } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { positionals, values: values as Args["values"] };
  } catch (error) {
    // parseArgs appends advice about `--` to its first sentence; the first sentence is the point.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/\.\s/)[0] ?? message);
  }
}

/**
 * parseArgs reads `--seed -4` as an option `-4`; a negative number after a string option is
 * its value, so it becomes `--seed=-4`.
 */
function joinNegativeNumbers(argv: string[], options: Options): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const next = argv[i + 1];
    const name = arg.startsWith("--") ? arg.slice(2) : "";
    if (options[name]?.type === "string" && next !== undefined && /^-[0-9]/.test(next)) {
      args.push(`${arg}=${next}`);
      i += 1;
    } else {
      args.push(arg);
    }
  }
  return args;
}

/** The one positional argument, a task kind, looked up in the registry. */
export function taskArgument(positionals: string[]): { name: string; task: RegisteredTask } {
  const known = Object.keys(tasks).join(", ");
  const [name, ...extra] = positionals;
  if (name === undefined) throw new UsageError(`missing the task (one of: ${known})`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const task = findTask(name);
  if (!task) throw new UsageError(`unknown task "${name}" (known: ${known})`);
  return { name, task };
}

export function stringOption(values: Args["values"], name: string): string {
  const value = values[name];
  if (typeof value !== "string") throw new UsageError(`missing --${name}`);
  return value;
}

/** An integer option in [min, max], written in plain decimal. */
export function integerOption(values: Args["values"], name: string, min: number, max: number): number {
  const text = stringOption(values, name);
  const value = /^-?[0-9]+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return value;
}
