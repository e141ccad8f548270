import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const at = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// Tests that talk to a database run twice: on a fresh SQLite file and on a fresh
// PostgreSQL database (tests/support/database-setup.ts makes both).
const databaseProject = (name: "sqlite" | "postgres", url: string): TestProjectInlineConfiguration => ({
  extends: true,
  resolve: { alias: { "server-only": at("tests/support/server-only.ts") } },
  test: {
    name: `db-${name}`,
    include: ["tests/integration/db/**/*.test.ts"],
    environment: "node",
    env: { DATABASE_URL: url, NODE_ENV: "test" },
    globalSetup: [at("tests/support/database-setup.ts")],
    setupFiles: [at("tests/support/next-request.ts")],
    // better-auth's nextCookies plugin imports next/headers itself: inlined, it sees the mock.
    server: { deps: { inline: [/better-auth/] } },
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: ["tests/integration/db/**"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      databaseProject("sqlite", "file:./data/test-integration.db"),
      databaseProject(
        "postgres",
        process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/scratchpad_test",
      ),
    ],
  },
});
