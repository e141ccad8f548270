// Load benchmark: `npm run bench:load [-- --students 200 --seconds 30 --db sqlite|postgres|both
//   --instances 1 --no-write --fail-on-errors]`.
//
// N simulated students work addition, polynomial and Python sessions at once against the
// production build (scripts/serve.mjs), submitting right and wrong lines and asking for hints
// through the app's real Server Action endpoints over HTTP, as a browser does (the
// `Next-Action` header and the action's id from the build's manifest). Afterwards the
// database is read back: every acknowledged line and hint must be stored exactly once, and
// nothing unacknowledged may be there. A bare insert loop on the same database, in the
// same run, shows the storage's own limit. Sessions and students are made directly in
// the database beforehand: they are set-up, not what is measured.
//
// `--instances 2` starts two app processes on the same database and sends each
// request to the next one in turn, so every student's requests are spread over both (the
// "several instances behind one PostgreSQL" check; CI runs a short version of it).
//
// Results: bench/results/load-<db>[-<n>x].{json,md} (not with --no-write). Runs the
// end-to-end tests' build in .next-e2e, never the .next of a running `npm start` (built if
// missing; `npm test` builds it fresh just before).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { buildSeparately, TEST_DIST_DIR } from "../scripts/separate-build.mjs";

const root = resolve(import.meta.dirname, "..");
const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const STUDENTS = Number(option("students", "200"));
const SECONDS = Number(option("seconds", "30"));
const DB = option("db", "both");
const PORT = Number(option("port", "3300"));
const INSTANCES = Number(option("instances", "1"));
const WRITE = !process.argv.includes("--no-write");
/** CI's short run: any failed request fails it, not only a lost or doubled line. */
const FAIL_ON_ERRORS = process.argv.includes("--fail-on-errors");
if (!Number.isInteger(INSTANCES) || INSTANCES < 1 || INSTANCES > 8) throw new Error("--instances must be 1 to 8");
const TARGET = { checksPerSecond: 300, p99Ms: 100 };
/** Sessions made per student before the run (a student who finishes them all stops). */
const SESSIONS_EACH = 6;
const URLS = {
  sqlite: "file:./data/bench-load.db",
  postgres: process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/scratchpad_bench",
};

type Action = "line" | "hint";
type Sample = { action: Action; ms: number; acknowledged: boolean; error: string | null };

if (DB === "both") {
  // One database per process: the app's database client is a per-process singleton.
  for (const db of ["sqlite", "postgres"]) {
    const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, ...process.argv.slice(2).filter((a, i, all) => a !== "--db" && all[i - 1] !== "--db"), "--db", db], { stdio: "inherit", cwd: root });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
  process.exit(0);
}
if (DB !== "sqlite" && DB !== "postgres") throw new Error(`--db must be sqlite, postgres or both, not ${DB}`);
const databaseUrl = URLS[DB];
process.env.DATABASE_URL = databaseUrl;

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function freshDatabase() {
  if (DB === "sqlite") {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(join(root, "data", `bench-load.db${suffix}`), { force: true });
  } else {
    const { Client } = await import("pg");
    const url = new URL(databaseUrl);
    const name = url.pathname.slice(1);
    const admin = new Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: "/postgres" }).toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
  }
  run(process.execPath, ["scripts/setup.mjs"], { DATABASE_URL: databaseUrl });
}

/** Instances must agree on the secret that signs sign-in sessions (lib/auth/secret.ts). */
const SHARED_AUTH_SECRET = randomBytes(32).toString("hex");

async function startServer(port: number): Promise<ChildProcess> {
  if (buildSeparately({ root, env: process.env, onlyIfMissing: true }) !== 0) throw new Error("next build failed");
  // As behind one reverse proxy (TRUST_PROXY_HOPS=1): each simulated student's X-Forwarded-For
  // is their own address, so per-address limits count students apart as they would in a classroom.
  const server = spawn(process.execPath, [join(root, "scripts/serve.mjs"), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: SHARED_AUTH_SECRET, NEXT_DIST_DIR: TEST_DIST_DIR, PORT: String(port), TRUST_PROXY_HOPS: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/sign-in`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error("the app did not start");
}

function actionIds(): Record<"submitLine" | "requestHint", string> {
  const manifest = JSON.parse(readFileSync(join(root, TEST_DIST_DIR, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const find = (name: string) => {
    const entry = Object.entries(manifest.node).find(([, value]) => value.filename === "app/(practice)/actions.ts" && value.exportedName === name);
    if (!entry) throw new Error(`no Server Action ${name} in the build`);
    return entry[0];
  };
  return { submitLine: find("submitLine"), requestHint: find("requestHint") };
}

/** The action's return value from its RSC response (`0:{"a":"$@1",…}` then `1:{…}`). */
function actionResult(body: string): { ok?: boolean; verdict?: { ok: boolean }; solved?: boolean; error?: string } | null {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const head = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
  const ref = head?.a?.startsWith("$@") ? head.a.slice(2) : null;
  const row = ref ? rows.get(ref) : null;
  return row ? (JSON.parse(row) as ReturnType<typeof actionResult>) : null;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main() {
  console.log(`• ${DB}: fresh database, migrations, seed…`);
  await freshDatabase();
  const { db } = await import("../lib/db/client");
  const { createAnonymousStudent } = await import("../lib/db/users");
  const { createSessionOnNewProblem, createPracticeSession } = await import("../lib/db/practice-sessions");
  const { listListedProblems } = await import("../lib/db/problems");
  const { problemForLevel } = await import("../lib/practice/start-problem");
  const { loadStoredProblem } = await import("../lib/practice/stored-problem");

  const bank = await listListedProblems({ kind: "python" });
  const ids = actionIds();
  const ports = Array.from({ length: INSTANCES }, (_, i) => PORT + i);
  console.log(`• starting the app on ${ports.join(", ")}…`);
  const servers = await Promise.all(ports.map((port) => startServer(port)));
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);
  let turn = 0;
  /** Round robin per request: one student's consecutive lines land on different instances. */
  const nextBase = () => bases[turn++ % bases.length]!;

  type Student = { cookie: string; userId: string; n: number; address: string };
  const students: Student[] = [];
  for (let n = 0; n < STUDENTS; n += 1) {
    const token = randomBytes(32).toString("base64url");
    // As lib/auth/viewer.ts stores it: the sha256 of the cookie's token.
    const viewer = await createAnonymousStudent({ tokenHash: createHash("sha256").update(token).digest("hex") });
    students.push({ cookie: `sp_session=${token}`, userId: viewer.id, n, address: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` });
  }

  let sessionsMade = 0;
  async function newSession(student: Student) {
    sessionsMade += 1;
    const kind = ["addition", "polynomial", "python"][(student.n + sessionsMade) % 3];
    let id: string;
    if (kind === "python" && bank.length > 0) {
      id = (await createPracticeSession({ userId: student.userId, problemId: bank[sessionsMade % bank.length]!.id })).id;
    } else {
      const problem = kind === "addition" ? problemForLevel("addition", 10, sessionsMade) : problemForLevel("polynomial", 3, sessionsMade);
      id = (await createSessionOnNewProblem({ userId: student.userId, problem })).id;
    }
    const row = await db.practiceSession.findUniqueOrThrow({ where: { id }, include: { problem: true } });
    const loaded = loadStoredProblem(row.problem);
    if (!loaded.ok) throw new Error(loaded.error);
    const lines = loaded.task.referenceLines(loaded.value).filter((line) => !line.structural);
    return { id, lines, next: 0 };
  }

  const samples: Sample[] = [];
  const acknowledged: Array<{ sessionId: string; requestId: string }> = [];
  const touched = new Set<string>();
  let deadline = 0;
  let random = 12345;
  const chance = () => ((random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

  async function call(session: { id: string }, student: Student, action: Action, line: string) {
    const requestId = randomUUID();
    const started = performance.now();
    let sample: Sample;
    let result: ReturnType<typeof actionResult> = null;
    const base = nextBase();
    try {
      const response = await fetch(`${base}/practice/${session.id}`, {
        method: "POST",
        headers: {
          "Next-Action": action === "line" ? ids.submitLine : ids.requestHint,
          "Content-Type": "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          Origin: base,
          Cookie: student.cookie,
          "X-Forwarded-For": student.address,
        },
        body: JSON.stringify([action === "line" ? { sessionId: session.id, requestId, line } : { sessionId: session.id, requestId }]),
      });
      const body = await response.text();
      result = response.ok ? actionResult(body) : null;
      const ok = result?.ok === true;
      sample = { action, ms: performance.now() - started, acknowledged: ok, error: ok ? null : `${response.status} ${result?.error ?? body.slice(0, 80)}` };
    } catch (error) {
      sample = { action, ms: performance.now() - started, acknowledged: false, error: String(error).slice(0, 80) };
    }
    samples.push(sample);
    if (sample.acknowledged) acknowledged.push({ sessionId: session.id, requestId });
    return result;
  }

  // Made before the clock starts, so that the bench never writes while the app is measured.
  console.log(`• making ${STUDENTS * SESSIONS_EACH} sessions…`);
  const queues = new Map<Student, Array<Awaited<ReturnType<typeof newSession>>>>();
  for (const student of students) {
    const queue = [];
    for (let i = 0; i < SESSIONS_EACH; i += 1) queue.push(await newSession(student));
    queues.set(student, queue);
  }

  async function work(student: Student) {
    const queue = queues.get(student) ?? [];
    let session = queue.shift();
    while (session && Date.now() < deadline) {
      touched.add(session.id);
      const right = session.lines[session.next];
      if (!right) {
        session = queue.shift();
        continue;
      }
      const roll = chance();
      if (roll < 0.05) await call(session, student, "hint", "");
      else if (roll < 0.25) await call(session, student, "line", `${right.text} 9`);
      else {
        const result = await call(session, student, "line", right.text);
        if (result?.ok && result.verdict?.ok) session.next += 1;
      }
    }
  }

  console.log(`• ${STUDENTS} students for ${SECONDS} s…`);
  deadline = Date.now() + SECONDS * 1000;
  const wall = performance.now();
  await Promise.all(students.map((student) => work(student)));
  const elapsed = (performance.now() - wall) / 1000;
  for (const server of servers) server.kill("SIGTERM");

  // Read back: each acknowledged request once; nothing else in the sessions worked.
  const stored = await db.event.findMany({ where: { sessionId: { in: [...touched] } }, select: { sessionId: true, requestId: true } });
  const count = new Map<string, number>();
  for (const event of stored) count.set(`${event.sessionId}/${event.requestId}`, (count.get(`${event.sessionId}/${event.requestId}`) ?? 0) + 1);
  const lost = acknowledged.filter((ack) => (count.get(`${ack.sessionId}/${ack.requestId}`) ?? 0) === 0).length;
  const doubled = [...count.values()].filter((n) => n > 1).length;
  const unacknowledgedStored = stored.length - (acknowledged.length - lost);

  // The storage's own limit: the same appends' inserts, without HTTP, judging or rendering.
  const bare = await bareInserts(db);

  const lines = samples.filter((sample) => sample.action === "line");
  const summary = (list: Sample[]) => ({
    count: list.length,
    perSecond: Number((list.length / elapsed).toFixed(1)),
    p50Ms: Number(percentile(list.map((s) => s.ms), 50).toFixed(1)),
    p95Ms: Number(percentile(list.map((s) => s.ms), 95).toFixed(1)),
    p99Ms: Number(percentile(list.map((s) => s.ms), 99).toFixed(1)),
    errors: list.filter((s) => !s.acknowledged).length,
  });
  const errors = [...new Set(samples.filter((s) => s.error).map((s) => s.error))].slice(0, 5);
  const report = {
    database: DB,
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?", memoryGiB: Math.round(totalmem() / 2 ** 30), load: loadavg().map((l) => Number(l.toFixed(2))) },
    students: STUDENTS,
    instances: INSTANCES,
    seconds: Number(elapsed.toFixed(1)),
    actions: { line: summary(lines), hint: summary(samples.filter((s) => s.action === "hint")) },
    sessions: touched.size,
    stored: stored.length,
    acknowledged: acknowledged.length,
    lost,
    doubled,
    unacknowledgedStored,
    errorSamples: errors,
    bareInsertsPerSecond: bare,
    target: { ...TARGET, met: DB === "sqlite" ? lines.length / elapsed >= TARGET.checksPerSecond && summary(lines).p99Ms <= TARGET.p99Ms && lost === 0 && doubled === 0 : null },
  };
  if (WRITE) {
    const name = INSTANCES === 1 ? `load-${DB}` : `load-${DB}-${INSTANCES}x`;
    mkdirSync(join(root, "bench/results"), { recursive: true });
    writeFileSync(join(root, `bench/results/${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(root, `bench/results/${name}.md`), markdown(report));
  }
  console.log(markdown(report));
  await db.$disconnect();
  if (lost > 0 || doubled > 0 || unacknowledgedStored !== 0) process.exitCode = 1;
  if (FAIL_ON_ERRORS && samples.some((sample) => !sample.acknowledged)) process.exitCode = 1;
}

async function bareInserts(db: Awaited<typeof import("../lib/db/client")>["db"]) {
  const user = await db.user.create({ data: { tokenHash: randomUUID() } });
  const problem = await db.problem.findFirstOrThrow();
  const session = await db.practiceSession.create({ data: { userId: user.id, problemId: problem.id } });
  const measure = async (parallel: number) => {
    let seq = parallel === 1 ? 1 : 100_000;
    let done = 0;
    const until = Date.now() + 3000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (Date.now() < until) {
          seq += 1;
          await db.event.create({ data: { sessionId: session.id, seq, requestId: randomUUID(), type: "line", actor: "student", lineIndex: 1, text: "2 9 + 5 7 , C: 0", ok: true } });
          done += 1;
        }
      }),
    );
    return Number((done / ((performance.now() - started) / 1000)).toFixed(0));
  };
  return { sequential: await measure(1), parallel8: await measure(8) };
}

type Report = {
  database: string;
  date: string;
  machine: { cpus: number; model: string; memoryGiB: number };
  students: number;
  instances: number;
  seconds: number;
  actions: Record<Action, { count: number; perSecond: number; p50Ms: number; p95Ms: number; p99Ms: number; errors: number }>;
  sessions: number;
  acknowledged: number;
  stored: number;
  lost: number;
  doubled: number;
  unacknowledgedStored: number;
  errorSamples: Array<string | null>;
  bareInsertsPerSecond: { sequential: number; parallel8: number };
};

function markdown(report: Report): string {
  const row = (name: string, a: Report["actions"][Action]) => `| ${name} | ${a.count} | ${a.perSecond} | ${a.p50Ms} | ${a.p95Ms} | ${a.p99Ms} | ${a.errors} |`;
  return [
    `# Load: ${report.students} students, ${report.seconds} s, ${report.database}, ${report.instances} app instance${report.instances === 1 ? "" : "s"}`,
    "",
    `${report.date}, ${report.machine.cpus} × ${report.machine.model}, ${report.machine.memoryGiB} GiB; app (scripts/serve.mjs${report.instances > 1 ? `, ${report.instances} processes, each request to the next in turn` : ""}) and the simulated students on the same machine.`,
    "",
    "| action | requests | per second | p50 ms | p95 ms | p99 ms | errors |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    row("check line", report.actions.line),
    row("hint", report.actions.hint),
    "",
    `Read back: ${report.acknowledged} acknowledged, ${report.stored} stored in ${report.sessions} sessions; lost ${report.lost}, doubled ${report.doubled}, stored without acknowledgement ${report.unacknowledgedStored}.`,
    `Bare inserts on the same database (Prisma, no HTTP): ${report.bareInsertsPerSecond.sequential}/s one at a time, ${report.bareInsertsPerSecond.parallel8}/s eight at a time.`,
    report.errorSamples.length > 0 ? `Errors seen: ${report.errorSamples.join(" | ")}` : "No errors.",
    "",
  ].join("\n");
}

await main();
