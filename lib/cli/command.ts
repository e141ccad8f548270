import type { Args, Options } from "./args";
import type { Io } from "./io";

/** One CLI command; main.ts keeps the table, so a new command is one more entry there. */
export interface Command {
  name: string;
  /** One line for the overview. */
  summary: string;
  /** The full `--help` text. */
  usage: string;
  options: Options;
  run(args: Args, io: Io): Promise<void>;
}
