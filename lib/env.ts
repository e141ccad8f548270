import { checkEnvironment, databaseProvider, type Env } from "./env-schema";

export { databaseProvider, type Env };

// The schema is lib/env-schema.ts. A bad value has already stopped `npm start` and
// scripts/serve.mjs with the same lines; this throw is for anything that skips them.
function load(): Env {
  const checked = checkEnvironment(process.env);
  if (!checked.ok) throw new Error(`Invalid environment configuration:\n  ${checked.problems.join("\n  ")}`);
  return checked.env;
}

export const env = load();
