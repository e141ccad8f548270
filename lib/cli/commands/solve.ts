import { generateText, InvalidPromptError, NoSuchModelError } from "ai";
import { listModels } from "../../ai/registry";
import { createSolver, SolveRequestError, type Solver } from "../../ai/solve";
import { stringOption, type Args } from "../args";
import type { Command } from "../command";
import { InputError, UsageError } from "../errors";
import { jsonLine, readJsonl, stringField } from "../jsonl";

export const solveCommand: Command = {
  name: "solve",
  summary: "ask a model (ours or a hosted one) to solve inputs read as JSON lines",
  usage: `usage: scratchpad solve --model ID [--task KIND] [--variant V] < inputs.jsonl

Reads {"input": ...} lines and writes {"input", "output"} lines in order: the
input in its canonical form and the model's raw text.

  --model     a model id: ours are the folders of models/ (or LOCAL_MODELS_DIR)
              that hold a model, e.g. addition-scratchpad; openai:MODEL with
              OPENAI_API_KEY; compatible:MODEL with OPENAI_BASE_URL and
              OPENAI_COMPATIBLE_MODEL
  --task      addition or polynomial (ours know their own)
  --variant   scratchpad or direct (ours know their own)`,
  options: { model: { type: "string" }, task: { type: "string" }, variant: { type: "string" } },
  async run({ positionals, values }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const solver = solverOption(values);
    for await (const { lineNumber, value } of readJsonl(io.lines())) {
      const { output, input } = await solve(solver, stringField(value, "input", lineNumber), `line ${lineNumber}: `);
      await io.out(jsonLine({ input, output }));
    }
  },
};

/** --model, --task and --variant (solve and eval take them alike), checked before any work. */
export function solverOption(values: Args["values"]): Solver {
  const optional = (name: string) => (values[name] === undefined ? undefined : stringOption(values, name));
  try {
    return createSolver({ modelId: stringOption(values, "model"), kind: optional("task"), variant: optional("variant") });
  } catch (error) {
    if (NoSuchModelError.isInstance(error)) {
      const ids = listModels().map((entry) => entry.id);
      throw new UsageError(`${error.message} (available: ${ids.join(", ") || "none; train one or set OPENAI_API_KEY"})`);
    }
    if (error instanceof SolveRequestError) throw new UsageError(error.message);
    throw error;
  }
}

/** The model's text for one input, through generateText; a malformed input is an InputError. */
export async function solve(solver: Solver, text: string, where = ""): Promise<{ input: string; output: string }> {
  let call: ReturnType<Solver["call"]>;
  try {
    call = solver.call(text);
  } catch (error) {
    throw error instanceof SolveRequestError ? new InputError(`${where}${error.message}`) : error;
  }
  const { input, ...settings } = call;
  try {
    const { text: output } = await generateText(settings);
    return { input, output };
  } catch (error) {
    // Our models refuse a prompt they cannot read (e.g. longer than they were built for).
    throw InvalidPromptError.isInstance(error) ? new InputError(`${where}${error.message}`) : error;
  }
}
