import { taskArgument } from "../args";
import type { Command } from "../command";
import { InputError } from "../errors";
import { jsonLine, readJsonl, stringField } from "../jsonl";

export const targetCommand: Command = {
  name: "target",
  summary: "write the reference target for each input read from stdin",
  usage: `usage: scratchpad target <task> [--direct] < inputs.jsonl

Reads JSON lines {"input": "2 9 + 5 7"} from stdin and writes one JSON line
{"input": ..., "target": ...} per input, the input in canonical form.
Blank lines are skipped. At the first bad line it stops, after writing the
targets before it, and reports "line N: reason" on stderr (exit code 1).

  --direct   the direct target (the answer alone) instead of the scratchpad`,
  options: { direct: { type: "boolean" } },
  async run({ positionals, values }, io) {
    const { task } = taskArgument(positionals);
    const variant = values.direct ? "direct" : "scratchpad";
    for await (const { lineNumber, value } of readJsonl(io.lines())) {
      const parsed = task.parseInput(stringField(value, "input", lineNumber));
      if (!parsed.ok) throw new InputError(`line ${lineNumber}: ${parsed.error}`);
      const problem = parsed.value;
      await io.out(jsonLine({ input: task.formatInput(problem), target: task.target(problem, variant) }));
    }
  },
};
