/**
 * The `scratchpad` CLI: a table of commands, each working on a task from the registry.
 * Failures end as one line on stderr and an exit code (2: usage, 1: bad input), never a
 * stack trace.
 */
import { tasks } from "../scratchpad";
import { parse } from "./args";
import type { Command } from "./command";
import { checkCommand } from "./commands/check";
import { datasetCommand } from "./commands/dataset";
import { evalCommand } from "./commands/eval";
import { solveCommand } from "./commands/solve";
import { targetCommand } from "./commands/target";
import { traceCommand } from "./commands/trace";
import { InputError, UsageError } from "./errors";
import type { Io } from "./io";

export { processIo } from "./io";

const commands: Command[] = [targetCommand, datasetCommand, checkCommand, traceCommand, solveCommand, evalCommand];

const overview = `usage: scratchpad <command> <task> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(9)}${command.summary}`).join("\n")}

Tasks: ${Object.keys(tasks).join(", ")}
Run "scratchpad <command> --help" for a command's options.`;

const isHelp = (arg: string | undefined) => arg === "--help" || arg === "-h";

/** Runs the CLI on `argv` (without node and the script); returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (isHelp(name) || name === "help") {
    await io.out(`${overview}\n`);
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const problem = name === undefined ? "missing command" : `unknown command "${name}"`;
    io.err(`scratchpad: ${problem} (commands: ${commands.map((c) => c.name).join(", ")}; see scratchpad --help)\n`);
    return 2;
  }
  if (rest.some(isHelp)) {
    await io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    await command.run(parse(rest, command.options), io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`scratchpad ${command.name}: ${oneLine(error.message)} (see scratchpad ${command.name} --help)\n`);
    } else if (error instanceof InputError) {
      io.err(`scratchpad ${command.name}: ${oneLine(error.message)}\n`);
    } else {
      io.err(`scratchpad ${command.name}: internal error: ${oneLine(String(error))}\n`);
    }
    return error instanceof UsageError ? error.exitCode : 1;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
