// A PostgreSQL server of the test's own (never the shared one on 5432, which other tests
// use), so that it can be stopped and started again mid-test.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
// @ts-expect-error: a plain .mjs helper shared with the npm scripts
import { prisma } from "../../scripts/prisma.mjs";

export interface PrivatePostgres {
  url: string;
  stop(): void;
  start(): void;
  destroy(): void;
}

function binaries(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(`This test starts its own PostgreSQL server and needs Debian's postgresql package (no ${root}/<version>/bin/initdb found).`);
  return join(root, newest, "bin");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a fresh cluster on a free port with one migrated database. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binaries();
  // PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const run = (file: string, args: string[]) => {
    const command = asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, file), ...args]] as const : [join(bin, file), args] as const;
    execFileSync(command[0], [...command[1]], { stdio: "pipe", timeout: 60_000 });
  };
  const dir = mkdtempSync(join(tmpdir(), "scratchpad-pg-"));
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const cluster: PrivatePostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/scratchpad_fault`,
    stop: () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    start: () => run("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]),
    destroy: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
    cluster.start();
    const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query("CREATE DATABASE scratchpad_fault");
    await admin.end();
    prisma(["migrate", "deploy"], { env: { DATABASE_URL: cluster.url }, quiet: true });
  } catch (error) {
    cluster.destroy();
    throw new Error(`Could not start a private PostgreSQL server: ${(error as Error).message}`, { cause: error });
  }
  return cluster;
}
