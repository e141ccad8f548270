// Builds for the tests and benchmarks go to a folder of their own (NEXT_DIST_DIR), so that
// `npm test` never rebuilds the .next a running `npm start` serves from.
import { readFileSync } from "node:fs";
import type { NextConfig } from "next";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TEST_DIST_DIR } from "../../scripts/separate-build.mjs";

async function configWith(distDir: string | undefined): Promise<NextConfig> {
  vi.resetModules();
  vi.stubEnv("NEXT_DIST_DIR", distDir);
  return (await import("../../next.config")).default;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("next.config.ts's build folder", () => {
  it("is .next unless NEXT_DIST_DIR names another, with tsconfig.json left to .next's build", async () => {
    const plain = await configWith(undefined);
    expect(plain.distDir).toBe(".next");
    expect(plain.typescript?.tsconfigPath).toBeUndefined();
    expect((await configWith("")).distDir).toBe(".next");
  });

  it("is the tests' own folder for the end-to-end and benchmark builds", async () => {
    expect(TEST_DIST_DIR).not.toBe(".next");
    const config = await configWith(TEST_DIST_DIR);
    expect(config.distDir).toBe(TEST_DIST_DIR);
    // Next.js would add this folder's types to tsconfig.json; it leaves a tsconfig that extends alone.
    expect(config.typescript).toEqual({ tsconfigPath: "tsconfig.separate-build.json", ignoreBuildErrors: true });
    const separate = JSON.parse(readFileSync("tsconfig.separate-build.json", "utf8").replace(/^\s*\/\/.*$/gm, "")) as { extends: string; include: string[] };
    expect(separate.extends).toBe("./tsconfig.json");
    expect(separate.include.filter((pattern) => pattern.startsWith(".next"))).toEqual([]);
  });

  it.each(["lib", "app", ".", "..", "../.next", ".next/../lib", "/tmp/next", ".next-E2E", ".next-"])("refuses %j, which a build would empty", async (value) => {
    await expect(configWith(value)).rejects.toThrow(`NEXT_DIST_DIR must be .next or .next-<name> (lowercase letters, digits and dashes), got ${JSON.stringify(value)}`);
  });
});
