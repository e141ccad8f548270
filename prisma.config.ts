import path from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { defineConfig } from "prisma/config";
import { databaseUrl, providerOf } from "./scripts/database-url.mjs";
import { pgAdapterForMigrate } from "./scripts/pg-migrate-adapter";

// One schema (and migrations folder) per provider; DATABASE_URL's scheme picks which.
const url = databaseUrl();
const postgres = providerOf(url) === "postgresql";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", postgres ? "postgres/schema.prisma" : "schema.prisma"),
  migrations: { path: path.join("prisma", postgres ? "postgres/migrations" : "migrations") },
  adapter: async () => (postgres ? pgAdapterForMigrate(url) : new PrismaLibSQL({ url })),
});
