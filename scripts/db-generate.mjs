#!/usr/bin/env node
// Writes prisma/postgres/schema.prisma from prisma/schema.prisma and generates both clients.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { prisma } from "./prisma.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

export function postgresSchemaFrom(sqliteSchema) {
  const header =
    "// GENERATED from prisma/schema.prisma by `npm run db:generate`. Do not edit.\n";
  const replaced = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../lib/db/generated/sqlite"', 'output       = "../../lib/db/generated/postgres"');
  if (replaced === sqliteSchema || !replaced.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the provider/output lines db-generate rewrites");
  }
  return header + replaced.replace(/^\/\/ Source of truth[\s\S]*?edit only this one\.\n\n/m, "");
}

export function writePostgresSchema() {
  const source = readFileSync(`${root}/prisma/schema.prisma`, "utf8");
  mkdirSync(`${root}/prisma/postgres`, { recursive: true });
  writeFileSync(`${root}/prisma/postgres/schema.prisma`, postgresSchemaFrom(source));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writePostgresSchema();
  const env = { DATABASE_URL: "file:./data/unused.db" };
  prisma(["generate", "--schema", "prisma/schema.prisma"], { env, quiet: true });
  prisma(["generate", "--schema", "prisma/postgres/schema.prisma"], {
    env: { DATABASE_URL: "postgresql://unused@localhost/unused" },
    quiet: true,
  });
  console.log("Generated Prisma clients (sqlite, postgres).");
}
