import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { TEST_DIST_DIR } from "../scripts/separate-build.mjs";

// Per-address limits, through the real server (scripts/serve.mjs) and the real app. These
// tests use up an address's allowance on purpose, so they run on servers of their own, on a
// copy of the e2e database: the other specs' visitors (all 127.0.0.1) are not limited by them.
const root = join(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100);
const copy = `data/e2e-${port}-addresses.db`;
const servers: ChildProcess[] = [];

async function serve(offset: number, variables: Record<string, string>): Promise<string> {
  const base = `http://127.0.0.1:${port + offset}`;
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:./${copy}`, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: TEST_DIST_DIR, PORT: String(port + offset), ...variables },
    stdio: ["ignore", "ignore", "inherit"],
  });
  servers.push(server);
  for (let i = 0; i < 240; i += 1) {
    if (server.exitCode !== null) throw new Error(`the server on ${base} stopped (${server.exitCode})`);
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server on ${base} did not start`);
}

let direct = "";
let behindProxy = "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(join(root, `${copy}${suffix}`), { force: true });
  // A consistent copy of the database the e2e server made (migrated and seeded), taken while it runs.
  const source = createClient({ url: `file:${join(root, `data/e2e-${port}.db`)}` });
  await source.execute({ sql: "VACUUM INTO ?", args: [join(root, copy)] });
  source.close();
  [direct, behindProxy] = await Promise.all([serve(1, {}), serve(2, { TRUST_PROXY_HOPS: "1", COOKIE_SECURE: "true" })]);
});

test.afterAll(() => {
  for (const server of servers) server.kill("SIGTERM");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(join(root, `${copy}${suffix}`), { force: true });
});

/** One Lab request without a cookie, so it is counted by address; its status. */
async function askLab(base: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`${base}/api/lab/solve`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify({ modelId: "addition-direct", input: "1 + 2" }),
  });
  await response.text();
  return response.status;
}

/** Asks until refused (at most `most` times); how many were answered before the refusal, or null. */
async function answeredBeforeRefusal(base: string, headersFor: (i: number) => Record<string, string>, most: number): Promise<number | null> {
  for (let i = 0; i < most; i += 1) {
    const status = await askLab(base, headersFor(i));
    if (status === 429) return i;
    expect(status).toBe(200);
  }
  return null;
}

test("a client cannot reset its limit by sending another X-Forwarded-For, or our own header", async () => {
  test.setTimeout(120_000);
  const allowance = await answeredBeforeRefusal(
    direct,
    (i) => ({ "X-Forwarded-For": `203.0.113.${i % 250}, 198.51.100.${i % 250}`, "X-Scratchpad-Client-Address": `192.0.2.${i % 250}` }),
    100,
  );
  // Every request was counted under the connection's address, 127.0.0.1, whatever it claimed.
  expect(allowance).not.toBeNull();
  expect(allowance).toBeGreaterThan(0);
});

test("behind our proxy (TRUST_PROXY_HOPS=1) the right-most X-Forwarded-For entry is the client", async () => {
  test.setTimeout(120_000);
  // What a client writes on the left does not count: one address, one allowance.
  const allowance = await answeredBeforeRefusal(behindProxy, (i) => ({ "X-Forwarded-For": `203.0.113.${i % 250}, 10.20.0.1` }), 100);
  expect(allowance).not.toBeNull();
  // Students behind the proxy are counted apart: more of them than one allowance all get through.
  const others = await answeredBeforeRefusal(behindProxy, (i) => ({ "X-Forwarded-For": `10.20.0.1, 10.30.${i >> 8}.${i % 256}` }), (allowance ?? 0) + 5);
  expect(others).toBeNull();
});

test("HSTS is sent when COOKIE_SECURE=true, and not otherwise", async () => {
  const secure = await fetch(`${behindProxy}/sign-in`);
  expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  const plain = await fetch(`${direct}/sign-in`);
  expect(plain.headers.get("strict-transport-security")).toBeNull();
});
