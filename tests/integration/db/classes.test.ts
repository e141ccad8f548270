// Accounts, classes, assignments, review and exports on a real database, and every
// permission rule: each denial is asked for by a real request that must fail.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { joinClass, signInInstructor, signInStudent, signOut, signUpInstructor } from "@/app/(account)/actions";
import { startPractice, submitLine } from "@/app/(practice)/actions";
import { createAssignmentAction, createClassAction, resetStudentPassword } from "@/app/(teach)/actions";
import { GET as exportClass } from "@/app/(teach)/teach/classes/[classId]/export/route";
import { signedInViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { findAssignmentForMember } from "@/lib/db/assignments";
import { findOwnedSession } from "@/lib/db/practice-sessions";
import { findReviewSession, listClassSessions } from "@/lib/db/review";
import { actAs, Browser, redirectOf } from "../../support/next-request";
import { form } from "../../support/forms";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";


/** Runs an action that ends in a redirect; returns where it went, or the state it returned instead. */
async function expectRedirect(run: () => Promise<unknown>): Promise<string> {
  return redirectOf(run);
}

const unique = () => randomUUID().slice(0, 8);

describe(`instructors, classes and permissions on ${provider}`, () => {
  const teacher = new Browser();
  const rival = new Browser();
  const ana = new Browser();
  const ben = new Browser();
  const stranger = new Browser();
  const teacherEmail = `teacher-${unique()}@example.org`;
  let classId = "";
  let code = "";
  let rivalClassId = "";

  beforeAll(async () => {
    actAs(teacher);
    expect(await expectRedirect(() => signUpInstructor(null, form({ name: "Ms Tanaka", email: teacherEmail, password: "correct horse 1" })))).toBe("/teach");
    actAs(teacher);
    const url = await expectRedirect(() => createClassAction(null, form({ name: "Period 3" })));
    classId = url.split("/").at(-1) ?? "";
    code = (await db.class.findUniqueOrThrow({ where: { id: classId } })).code;

    actAs(rival);
    await expectRedirect(() => signUpInstructor(null, form({ name: "Mr Rival", email: `rival-${unique()}@example.org`, password: "another pass 2" })));
    actAs(rival);
    rivalClassId = (await expectRedirect(() => createClassAction(null, form({ name: "Rival class" })))).split("/").at(-1) ?? "";

    actAs(ana);
    expect(await expectRedirect(() => joinClass(null, form({ code, name: "Ana Lima", password: "ana password" })))).toBe("/");
  });

  it("signs instructors up with a hashed password and the role the server gives", async () => {
    actAs(teacher);
    expect(await signedInViewer()).toMatchObject({ role: "instructor", name: "Ms Tanaka", signedIn: true });
    const user = await db.user.findUniqueOrThrow({ where: { email: teacherEmail }, include: { accounts: true } });
    expect(user.role).toBe("instructor");
    const stored = user.accounts[0]?.password ?? "";
    expect(stored).not.toContain("correct horse");
    expect(stored.length).toBeGreaterThan(40);
    actAs(new Browser());
    expect(await signUpInstructor(null, form({ name: "Copy", email: teacherEmail, password: "whatever 123" }))).toMatchObject({ ok: false, error: expect.stringContaining("already exists") });
    expect(await signUpInstructor(null, form({ name: "Short", email: `s-${unique()}@example.org`, password: "short" }))).toMatchObject({ ok: false, error: expect.stringContaining("at least 8") });
    expect(await signUpInstructor(null, form({ name: "Bad", email: "not an email", password: "long enough 1" }))).toMatchObject({ ok: false, error: expect.stringContaining("email") });
  });

  it("lets students join with the class code, a name and a password; names are unique in a class", async () => {
    actAs(ana);
    expect(await signedInViewer()).toMatchObject({ role: "student", name: "Ana Lima" });
    actAs(ben);
    expect(await joinClass(null, form({ code, name: "  ana LIMA ", password: "other password" }))).toMatchObject({ ok: false, error: expect.stringContaining("already uses this name") });
    expect(await joinClass(null, form({ code: "ZZZZZZ", name: "Ben", password: "ben password" }))).toMatchObject({ ok: false, error: expect.stringContaining("No class has this code") });
    expect(await expectRedirect(() => joinClass(null, form({ code: code.toLowerCase(), name: "Ben Ode", password: "ben password" })))).toBe("/");
    expect(await db.membership.count({ where: { classId } })).toBe(2);
  });

  it("signs students in with code, name and password, and out again", async () => {
    const phone = new Browser();
    actAs(phone);
    expect(await signInStudent(null, form({ code, name: "Ana Lima", password: "wrong password" }))).toMatchObject({ ok: false, error: expect.stringContaining("do not match") });
    expect(await expectRedirect(() => signInStudent(null, form({ code, name: "ana lima", password: "ana password" })))).toBe("/");
    expect(await signedInViewer()).toMatchObject({ name: "Ana Lima", role: "student" });
    await expectRedirect(() => signOut());
    expect(await signedInViewer()).toBeNull();
  });

  it("refuses sign-in after five failures for an account, even with the right password", async () => {
    const email = `locked-${unique()}@example.org`;
    actAs(new Browser());
    await expectRedirect(() => signUpInstructor(null, form({ name: "Locked", email, password: "the right one" })));
    const guesser = new Browser();
    actAs(guesser);
    for (let i = 0; i < 5; i += 1) expect(await signInInstructor(null, form({ email, password: `guess ${i} wrong` }))).toMatchObject({ ok: false, error: expect.stringContaining("not right") });
    expect(await signInInstructor(null, form({ email, password: "the right one" }))).toMatchObject({ ok: false, error: expect.stringContaining("Too many failed sign-ins") });
    expect(guesser.jar.size).toBe(0);
  });

  it("never lets a form raise a role", async () => {
    const sneaky = new Browser();
    actAs(sneaky);
    await expectRedirect(() => joinClass(null, form({ code, name: "Sneaky", password: "sneaky password", role: "instructor" })));
    expect(await signedInViewer()).toMatchObject({ role: "student" });
    expect(await createClassAction(null, form({ name: "Mine now", role: "instructor" }))).toMatchObject({ ok: false, error: expect.stringContaining("instructor") });
    expect(await createAssignmentAction(null, form({ classId, title: "x", mode: "alone", source: "level", kind: "addition", level: "2", count: "1" }))).toMatchObject({ ok: false });
    actAs(new Browser());
    expect(await createClassAction(null, form({ name: "Anonymous class" }))).toMatchObject({ ok: false });
  });

  it("makes assignments from levels, written problems and the bank, only in the instructor's own classes", async () => {
    actAs(teacher);
    expect(await createAssignmentAction(null, form({ classId, title: "Carries", mode: "alone", source: "level", kind: "addition", level: "3", count: "2", dueAt: "2026-12-01T09:00" }))).toMatchObject({ ok: true });
    expect(await createAssignmentAction(null, form({ classId, title: "Written", mode: "watch", source: "written", kind: "polynomial", written: "3*x**2 - 5 at x = 4\nEvaluate x + 1 at x = -2" }))).toMatchObject({ ok: true });
    expect(await createAssignmentAction(null, form({ classId, title: "Bad", mode: "alone", source: "written", kind: "addition", written: "29 + 57\n12 plus 3" }))).toMatchObject({ ok: false, error: expect.stringContaining("Line 2") });
    // Listed problems of the Python bank (the test database starts empty).
    const bank = await Promise.all(
      [1, 2].map((n) => db.problem.create({ data: { kind: "python", input: `x = ${n}\n# ${unique()}\n`, target: "state: {}", title: `Bank ${n}`, source: "bank" }, select: { id: true } })),
    );
    expect(await createAssignmentAction(null, form({ classId, title: "Tracing", mode: "alone", source: "chosen", problemIds: bank.map((problem) => problem.id) }))).toEqual({ ok: true, message: expect.any(String) });
    expect(await createAssignmentAction(null, form({ classId, title: "Tracing with a model", mode: "watch", source: "chosen", problemIds: bank.map((problem) => problem.id) }))).toMatchObject({ ok: false, error: expect.stringContaining("No model") });
    const assignments = await db.assignment.findMany({ where: { classId }, include: { problems: true } });
    // By title, not by creation time: two made within one millisecond would tie in any order.
    expect(assignments.map((assignment) => [assignment.title, assignment.problems.length]).sort(([a], [b]) => String(a).localeCompare(String(b)))).toEqual([
      ["Carries", 2],
      ["Tracing", 2],
      ["Written", 2],
    ]);

    actAs(rival);
    expect(await createAssignmentAction(null, form({ classId, title: "Hijack", mode: "alone", source: "level", kind: "addition", level: "2", count: "1" }))).toMatchObject({ ok: false, error: expect.stringContaining("not found among yours") });
    // A problem id of someone else's custom program cannot be put in an assignment.
    const foreign = await db.problem.create({ data: { kind: "python", input: `x = ${unique().length}\n# ${unique()}`, target: "state: {}", source: "custom" } });
    actAs(teacher);
    expect(await createAssignmentAction(null, form({ classId, title: "Foreign", mode: "alone", source: "chosen", problemIds: [foreign.id] }))).toMatchObject({ ok: false });
    // The instructor's own program (added at /problems/new) can.
    const teacherId = (await db.user.findUniqueOrThrow({ where: { email: teacherEmail } })).id;
    const own = await db.problem.create({ data: { kind: "python", input: `y = 2\n# ${unique()}`, target: "state: {}", title: "Mine", source: "custom", createdById: teacherId } });
    expect(await createAssignmentAction(null, form({ classId, title: "Own program", mode: "alone", source: "chosen", problemIds: [own.id] }))).toMatchObject({ ok: true });
    await db.assignment.deleteMany({ where: { classId, title: "Own program" } });
  });

  it("lets members work assignments (in the assignment's mode) and nobody else", async () => {
    const assignment = await db.assignment.findFirstOrThrow({ where: { classId, title: "Carries" } });
    actAs(ana);
    const url = await expectRedirect(() => startPractice(null, form({ source: "assignment", assignmentId: assignment.id, position: "0" })));
    const session = await db.practiceSession.findUniqueOrThrow({ where: { id: url.split("/").at(-1) } });
    expect(session).toMatchObject({ assignmentId: assignment.id, mode: "alone" });
    actAs(ana);
    expect(await submitLine({ sessionId: session.id, requestId: randomUUID(), line: "nonsense" })).toMatchObject({ ok: true, verdict: { ok: false } });
    expect((await findAssignmentForMember({ assignmentId: assignment.id, userId: (await signedInViewer())!.id }))?.sessions).toHaveLength(1);

    const watch = await db.assignment.findFirstOrThrow({ where: { classId, title: "Written" } });
    actAs(ana);
    const watched = await expectRedirect(() => startPractice(null, form({ source: "assignment", assignmentId: watch.id, position: "1" })));
    expect(await db.practiceSession.findUniqueOrThrow({ where: { id: watched.split("/").at(-1) } })).toMatchObject({ mode: "watch", modelId: "polynomial-scratchpad" });

    for (const outsider of [stranger, rival]) {
      actAs(outsider);
      expect(await startPractice(null, form({ source: "assignment", assignmentId: assignment.id, position: "0" }))).toMatchObject({ ok: false, error: expect.stringContaining("not one of your classes") });
    }
    actAs(ana);
    expect(await startPractice(null, form({ source: "assignment", assignmentId: assignment.id, position: "99" }))).toMatchObject({ ok: false });
  });

  it("keeps an assignment's problems in its mode, unless the instructor allows other modes", async () => {
    actAs(teacher);
    expect(await createAssignmentAction(null, form({ classId, title: "Locked", mode: "alone", source: "level", kind: "addition", level: "2", count: "1" }))).toMatchObject({ ok: true });
    actAs(teacher);
    expect(await createAssignmentAction(null, form({ classId, title: "Open", mode: "alone", otherModes: "on", source: "level", kind: "addition", level: "2", count: "1" }))).toMatchObject({ ok: true });
    const locked = await db.assignment.findFirstOrThrow({ where: { classId, title: "Locked" } });
    const open = await db.assignment.findFirstOrThrow({ where: { classId, title: "Open" } });
    expect([locked.otherModes, open.otherModes]).toEqual([false, true]);

    actAs(ana);
    const lockedSession = (await expectRedirect(() => startPractice(null, form({ source: "assignment", assignmentId: locked.id, position: "0" })))).split("/").at(-1)!;
    actAs(ana);
    // Watching the model would show the whole worked solution of an "Alone" assignment.
    expect(await startPractice(null, form({ source: "session", sessionId: lockedSession, mode: "watch" }))).toEqual({
      ok: false,
      error: expect.stringContaining("has not allowed other modes"),
    });
    actAs(ana);
    // Its own mode again is fine: a fresh scratchpad for the same problem.
    expect(await expectRedirect(() => startPractice(null, form({ source: "session", sessionId: lockedSession, mode: "alone" })))).toMatch(/^\/practice\//);
    const openSession = (await expectRedirect(() => {
      actAs(ana);
      return startPractice(null, form({ source: "assignment", assignmentId: open.id, position: "0" }));
    })).split("/").at(-1)!;
    actAs(ana);
    const watching = await expectRedirect(() => startPractice(null, form({ source: "session", sessionId: openSession, mode: "watch" })));
    expect(await db.practiceSession.findUniqueOrThrow({ where: { id: watching.split("/").at(-1) } })).toMatchObject({ mode: "watch", assignmentId: null });
  });

  it("shows an instructor their own class's sessions, and no other instructor's or student's", async () => {
    const teacherId = (await db.user.findUniqueOrThrow({ where: { email: teacherEmail } })).id;
    const sessions = await listClassSessions({ classId, instructorId: teacherId });
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions.every((session) => session.student.name === "Ana Lima")).toBe(true);
    const anaSession = sessions[0]!;
    expect(await findReviewSession({ sessionId: anaSession.id, instructorId: teacherId })).toMatchObject({ id: anaSession.id });

    actAs(rival);
    const rivalId = (await signedInViewer())!.id;
    expect(await listClassSessions({ classId, instructorId: rivalId })).toEqual([]);
    expect(await findReviewSession({ sessionId: anaSession.id, instructorId: rivalId })).toBeNull();
    // Another student opening Ana's session by id sees nothing.
    actAs(ben);
    expect(await findOwnedSession({ sessionId: anaSession.id, userId: (await signedInViewer())!.id })).toBeNull();
    // Anonymous practice is nobody's class work.
    actAs(stranger);
    await expectRedirect(() => startPractice(null, form({ source: "addition-numbers", a: "1", b: "2" })));
    expect((await listClassSessions({ classId, instructorId: teacherId })).length).toBe(sessions.length);
    expect(rivalClassId).not.toBe(classId);
  });

  it("exports a class's log only to its instructor", async () => {
    const url = (format: string, id = classId) => new Request(`http://localhost/teach/classes/${id}/export?format=${format}`);
    const call = (format: string, id = classId) => exportClass(url(format, id), { params: Promise.resolve({ classId: id }) });
    actAs(teacher);
    const csv = await call("csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename=".*csv\.csv"/);
    expect(await csv.text()).toContain("Ana Lima");
    const datashop = await (await call("datashop")).text();
    expect(datashop.split("\n")[0]).toContain("Anon Student Id\tSession Id\tTime");
    const jsonl = await (await call("jsonl")).text();
    expect(jsonl).not.toContain("Ana Lima");
    expect((await call("xml")).status).toBe(400);
    expect((await call("csv", rivalClassId)).status).toBe(404);

    actAs(rival);
    expect((await call("csv")).status).toBe(404);
    actAs(ana);
    expect((await call("csv")).status).toBe(401);
    actAs(new Browser());
    expect((await call("csv")).status).toBe(401);
  });

  it("lets the instructor reset a student's password, which signs the student out; nobody else may", async () => {
    const anaId = (await db.user.findFirstOrThrow({ where: { name: "Ana Lima" } })).id;
    actAs(rival);
    expect(await resetStudentPassword(null, form({ classId, studentId: anaId, password: "rival sets this" }))).toMatchObject({ ok: false, error: expect.stringContaining("not in one of your classes") });
    actAs(ben);
    expect(await resetStudentPassword(null, form({ classId, studentId: anaId, password: "ben sets this" }))).toMatchObject({ ok: false });

    actAs(teacher);
    expect(await resetStudentPassword(null, form({ classId, studentId: anaId, password: "brand new one" }))).toMatchObject({ ok: true });
    actAs(ana);
    expect(await signedInViewer()).toBeNull();
    const fresh = new Browser();
    actAs(fresh);
    expect(await signInStudent(null, form({ code, name: "Ana Lima", password: "ana password" }))).toMatchObject({ ok: false });
    expect(await expectRedirect(() => signInStudent(null, form({ code, name: "Ana Lima", password: "brand new one" })))).toBe("/");
  });
});
