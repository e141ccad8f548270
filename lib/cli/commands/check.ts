import { stringOption, taskArgument } from "../args";
import type { Command } from "../command";
import { InputError } from "../errors";
import { jsonLine } from "../jsonl";

export const checkCommand: Command = {
  name: "check",
  summary: "judge scratchpad lines read from stdin, one JSON verdict per line",
  usage: `usage: scratchpad check <task> --input "2 9 + 5 7" [--strict] < lines.txt

Reads the lines written so far from stdin, one per line, and judges line k as
line k of the full reference target (line 1 is <scratch>), whatever came
before. Writes one JSON line per input line:
{"line": k, "ok": ..., "expected": ..., "fields": {...}, "diagnosis": ...,
 "message": ..., "normalized": ...}
Wrong lines are verdicts, not errors: the exit code is 0 unless --input is bad.

  --input    the problem, in the task's input format
  --strict   require the optional parts (addition's "# added ..." comment)`,
  options: { input: { type: "string" }, strict: { type: "boolean" } },
  async run({ positionals, values }, io) {
    const { task } = taskArgument(positionals);
    const parsed = task.parseInput(stringOption(values, "input"));
    if (!parsed.ok) throw new InputError(`bad --input: ${parsed.error}`);
    const strict = values.strict === true;
    let line = 0;
    for await (const text of io.lines()) {
      line += 1;
      const verdict = task.judgeLine(parsed.value, line - 1, text, { actor: "student", strict });
      const { ok, expected, fields, diagnosis, message, normalized } = verdict;
      await io.out(jsonLine({ line, ok, expected, fields, diagnosis, message, normalized }));
    }
  },
};
