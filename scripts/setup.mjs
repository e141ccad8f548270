#!/usr/bin/env node
// Makes the database ready for the app: clients generated, migrations applied, demo
// problems seeded. Safe to run again and again (`npm start` and `npm test` both do).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { environmentOrExit } from "./check-env.mjs";
import { databaseUrl, providerOf } from "./database-url.mjs";
import { prisma } from "./prisma.mjs";
import { protectSqliteFiles, sqliteFileOf } from "./sqlite-files.mjs";

// Before anything else, so that a bad variable stops `npm start` before it migrates or builds.
await environmentOrExit();

const root = fileURLToPath(new URL("..", import.meta.url));
const url = databaseUrl();
const provider = providerOf(url);

function step(title, run) {
  process.stdout.write(`• ${title}… `);
  const started = Date.now();
  try {
    run();
  } catch (error) {
    console.log("failed");
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(`done (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// Regenerate the clients only when the data model changed: it takes seconds.
const schemaHash = createHash("sha256").update(readFileSync(path.join(root, "prisma/schema.prisma"))).digest("hex");
const stamp = path.join(root, "lib/db/generated/.schema-hash");
if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== schemaHash) {
  step("Generating the Prisma clients", () => {
    const result = spawnSync(process.execPath, [path.join(root, "scripts/db-generate.mjs")], { stdio: "pipe", encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr || result.stdout);
    writeFileSync(stamp, schemaHash);
  });
}

// libSQL creates the file but not its folder, and would make both readable by everyone.
const sqliteFile = sqliteFileOf(url, root);
if (sqliteFile) protectSqliteFiles(sqliteFile, { ownFolder: path.dirname(sqliteFile) === path.join(root, "data") });

step(`Applying migrations (${provider})`, () => prisma(["migrate", "deploy"], { quiet: true }));

if (provider === "sqlite") {
  // Write-ahead logging (kept in the file): readers do not wait for the writer.
  const { createClient } = await import("@libsql/client");
  const client = createClient({ url });
  await client.execute("PRAGMA journal_mode = WAL");
  client.close();
}

step("Seeding demo problems", () => {
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(root, "prisma/seed.ts")],
    { cwd: root, stdio: "pipe", encoding: "utf8", env: { ...process.env, DATABASE_URL: url } },
  );
  if (result.status !== 0) throw new Error(`seeding failed:\n${result.stderr || result.stdout}`);
});
