import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TEST_DIST_DIR } from "../../scripts/separate-build.mjs";

const root = join(import.meta.dirname, "..", "..");

/** The id Next.js gave a Server Action in the tests' build (what a browser sends as Next-Action). */
export function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(join(root, TEST_DIST_DIR, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, value]) => value.filename === file && value.exportedName === name);
  if (!entry) throw new Error(`no Server Action ${name} in ${file}`);
  return entry[0];
}
