/**
 * Traces every program of the Python bank with the real (sandboxed) tracer and writes the
 * reference traces to lib/problems/python-bank-traces.json. Run with `npm run bank:trace`
 * after editing lib/problems/python-bank.ts, and commit both files together.
 *
 * Fails (exit 1, nothing written) when any program does not trace cleanly: an error, an
 * exception or the step limit means the program is not fit for the bank, and a partial
 * file would leave problems without their trace.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pythonBank } from "../lib/problems/python-bank";
import { DEFAULT_STEP_LIMIT, shutdownTracer, tracePython } from "../lib/python/trace";

const OUT = fileURLToPath(new URL("../lib/problems/python-bank-traces.json", import.meta.url));

async function main(): Promise<number> {
  const traces: Record<string, string> = {};
  const problems: string[] = [];
  const slugs = new Set<string>();
  for (const entry of pythonBank) {
    if (slugs.has(entry.slug)) problems.push(`${entry.slug}: the slug is used twice`);
    slugs.add(entry.slug);
    const result = await tracePython(entry.program, { stepLimit: DEFAULT_STEP_LIMIT });
    const lines = result.trace.split("\n");
    if (result.error) {
      problems.push(`${entry.slug}: ${result.error.kind}: ${result.error.message}`);
    } else if (!lines.at(-1)?.startsWith("state: ")) {
      problems.push(`${entry.slug}: the trace does not end with the final state`);
    } else {
      traces[entry.slug] = result.trace;
    }
    console.log(`${entry.slug.padEnd(28)} d${entry.difficulty} ${String(result.steps).padStart(4)} steps ${String(lines.length).padStart(4)} lines`);
  }
  if (problems.length > 0) {
    console.error(`\nNot written: ${problems.length} program(s) failed:\n${problems.join("\n")}`);
    return 1;
  }
  writeFileSync(OUT, `${JSON.stringify(traces, null, 2)}\n`);
  console.log(`\nWrote ${Object.keys(traces).length} traces to ${OUT}`);
  return 0;
}

try {
  process.exitCode = await main();
} finally {
  await shutdownTracer();
}
