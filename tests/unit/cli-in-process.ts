import type { Io } from "@/lib/cli/io";
import { main } from "@/lib/cli/main";

/** Runs the CLI in-process on `stdin`, split into lines the way readline does. */
export async function run(argv: string[], stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const lines = stdin === "" ? [] : stdin.replace(/\n$/, "").split(/\r?\n/);
  const io: Io = {
    async *lines() {
      yield* lines;
    },
    out: async (text) => void out.push(text),
    err: (text) => void err.push(text),
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

export const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
