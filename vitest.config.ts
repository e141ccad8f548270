import { fileURLToPath } from "node:url";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const at = (file: string) => fileURLToPath(new URL(file, import.meta.url));
// Every property test runs from one seed: fixed unless FC_SEED says otherwise (tests/support/fast-check-seed.ts).
const fastCheckSetup = at("tests/support/fast-check-setup.ts");

// Tests that talk to a database run twice: on a fresh SQLite file and on a fresh
// PostgreSQL database (tests/support/database-setup.ts makes both).
const databaseProject = (name: "sqlite" | "postgres", url: string): TestProjectInlineConfiguration => ({
  extends: true,
  resolve: {
    alias: {
      "server-only": at("tests/support/server-only.ts"),
      // What next-intl's Next.js plugin does at build time: point it at our request config.
      "next-intl/config": at("lib/i18n/request.ts"),
      // Server Actions run as React Server code: next-intl's server entry, not its client stub.
      "next-intl/server": at("node_modules/next-intl/dist/esm/production/server.react-server.js"),
    },
  },
  test: {
    name: `db-${name}`,
    include: ["tests/integration/db/**/*.test.ts"],
    environment: "node",
    env: { DATABASE_URL: url, NODE_ENV: "test" },
    globalSetup: [at("tests/support/database-setup.ts")],
    setupFiles: [fastCheckSetup, at("tests/support/next-request.ts")],
    // better-auth's nextCookies plugin and next-intl import next/headers themselves: inlined, they see the mock.
    server: { deps: { inline: [/better-auth/, /next-intl/, /use-intl/] } },
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
        // Server modules that read files (lib/lab) are plain modules to a unit test.
        resolve: { alias: { "server-only": at("tests/support/server-only.ts") } },
        // Some unit tests judge every bank program or run property checks: on a busy machine
        // they need more than the 5 s default (they measure correctness, never speed).
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", setupFiles: [fastCheckSetup], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: ["tests/integration/db/**"],
          environment: "node",
          setupFiles: [fastCheckSetup],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // One database per vitest process, so that two runs at once never share (or drop) one.
      databaseProject("sqlite", `file:./data/test-integration-${process.pid}.db`),
      databaseProject(
        "postgres",
        process.env.TEST_POSTGRES_URL ?? `postgresql://postgres@127.0.0.1:5432/scratchpad_test_${process.pid}`,
      ),
    ],
  },
});
