import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { protectSqliteFiles } from "../../scripts/sqlite-files.mjs";

const ROOT = new URL("../..", import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), "scratchpad-files-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe("the SQLite database at rest", () => {
  it("`npm run setup` on a fresh folder makes the folder 0700 and the database and its companions 0600", () => {
    const folder = join(scratch, "fresh", "data");
    const file = join(folder, "scratchpad.db");
    const result = spawnSync(process.execPath, ["scripts/setup.mjs"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      encoding: "utf8",
      timeout: 170_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(mode(join(scratch, "fresh"))).toBe("700");
    expect(mode(folder)).toBe("700");
    expect(mode(file)).toBe("600");
    // WAL mode leaves these beside the database; they hold its latest pages.
    for (const suffix of ["-wal", "-shm", "-journal"]) {
      if (existsSync(`${file}${suffix}`)) expect(mode(`${file}${suffix}`), suffix).toBe("600");
    }
  }, 180_000);

  it("tightens a database made readable by everyone, and the app's own folder, when the app starts", () => {
    const folder = join(scratch, "old");
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    const file = join(folder, "scratchpad.db");
    for (const suffix of ["", "-wal", "-shm"]) {
      writeFileSync(`${file}${suffix}`, "");
      chmodSync(`${file}${suffix}`, 0o644);
    }
    protectSqliteFiles(file, { ownFolder: true });
    expect([mode(folder), mode(file), mode(`${file}-wal`), mode(`${file}-shm`)]).toEqual(["700", "600", "600", "600"]);
  });

  it("leaves a shared folder's mode alone but still makes the database private", () => {
    const folder = join(scratch, "shared");
    mkdirSync(folder);
    chmodSync(folder, 0o755);
    const file = join(folder, "app.db");
    protectSqliteFiles(file);
    expect(mode(folder)).toBe("755");
    expect(mode(file)).toBe("600");
  });
});
