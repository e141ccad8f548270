/**
 * Serves our trained models through an OpenAI-compatible API, for the app's hosted-model
 * path without internet: `npm run serve:compatible [-- --port 11435] [-- --models models]`,
 * then start the app with
 *
 *   OPENAI_BASE_URL=http://127.0.0.1:11435/v1 OPENAI_COMPATIBLE_MODEL=scratchpad-tutor
 *
 * Besides `scratchpad-tutor` it serves models that fail on purpose (fail-429, fail-500,
 * garbage, slow, hang); see lib/ai/compatible-server.ts. Runs until SIGINT or SIGTERM.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { SERVED_MODELS, startCompatibleServer } from "../lib/ai/compatible-server";

const USAGE = "usage: node --import tsx scripts/compatible-server.ts [--port 11435] [--models models]";

async function main(): Promise<number> {
  let values: { port?: string; models?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: "string", default: "11435" }, models: { type: "string", default: "models" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number (0 for any free one), not ${JSON.stringify(values.port)}\n${USAGE}`);
    return 2;
  }
  const server = await startCompatibleServer({ port, modelsDir: resolve(values.models ?? "models") });
  console.log(`OpenAI-compatible server for our models at ${server.url} (models: ${SERVED_MODELS.join(", ")})`);
  await new Promise<void>((done) => {
    const stop = (signal: NodeJS.Signals) => {
      console.log(`${signal}: closing`);
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void server.close().then(done);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
