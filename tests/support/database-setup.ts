import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { TestProject } from "vitest/node";
// @ts-expect-error: a plain .mjs helper shared with the npm scripts
import { prisma } from "../../scripts/prisma.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

function removeSqlite(file: string) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${root}/${file}${suffix}`, { force: true });
}

async function dropPostgres(url: string, name: string, create: boolean) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  if (create) await client.query(`CREATE DATABASE ${name}`);
  await client.end();
}

/**
 * A fresh, migrated database for each run: nothing left over from earlier runs. Removed
 * again afterwards (its name is per process, so old ones would pile up).
 */
export default async function setup(project: TestProject) {
  const url = String(project.config.env?.DATABASE_URL);
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length);
    removeSqlite(file);
    prisma(["migrate", "deploy"], { env: { DATABASE_URL: url }, quiet: true });
    return () => removeSqlite(file);
  } else {
    const target = new URL(url);
    const name = target.pathname.slice(1);
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to recreate database "${name}"`);
    await dropPostgres(url, name, true);
    prisma(["migrate", "deploy"], { env: { DATABASE_URL: url }, quiet: true });
    return () => dropPostgres(url, name, false);
  }
}
