// People and their data for the hostile-input tests: the attacker's own things, and other
// people's things with unmistakable text in them, so a leak can be found by content.
import { randomUUID } from "node:crypto";
import { joinClass, signUpInstructor } from "@/app/(account)/actions";
import { startPractice, submitLine } from "@/app/(practice)/actions";
import { createAssignmentAction, createClassAction } from "@/app/(teach)/actions";
import { db } from "@/lib/db/client";
import { addition } from "@/lib/scratchpad";
import { formOf } from "./hostile";
import { actAs, Browser, redirectOf } from "./next-request";

export interface World {
  /** An anonymous student: the attacker of the practice actions. */
  alice: Browser;
  aliceSession: string;
  aliceSolved: string;
  /** The request ids of the lines that solved aliceSolved, in order. */
  aliceSolvedRequests: string[];
  /** An instructor: the attacker of the teaching actions and the export. */
  teacher: Browser;
  teacherClass: string;
  teacherCode: string;
  /** Other people's ids and their private problems, to be forged into requests. */
  foreignSessions: string[];
  foreignProblems: string[];
  rivalClass: string;
  rivalAssignment: string;
  zedUserId: string;
  /** Text that only other people's data contains. */
  secrets: string[];
}

const unique = () => randomUUID().replaceAll("-", "").slice(0, 12);

async function startNumbers(browser: Browser, a: string, b: string): Promise<string> {
  actAs(browser);
  const to = await redirectOf(() => startPractice(null, formOf({ source: "addition-numbers", a, b })));
  return to.split("/").at(-1) ?? "";
}

export async function buildWorld(): Promise<World> {
  const tag = unique();
  const alice = new Browser();
  const aliceSession = await startNumbers(alice, "29", "57");
  await submitLine({ sessionId: aliceSession, requestId: randomUUID(), line: "2 9 + 5 7 , C: 0" });
  const aliceSolved = await startNumbers(alice, "4", "5");
  const aliceSolvedRequests: string[] = [];
  for (const line of addition.referenceLines({ a: "4", b: "5" }).filter((l) => !l.structural)) {
    const requestId = randomUUID();
    aliceSolvedRequests.push(requestId);
    const result = await submitLine({ sessionId: aliceSolved, requestId, line: line.text });
    if (!result.ok) throw new Error(`could not solve the fixture session: ${result.error}`);
  }

  // Bob's numbers are his alone: nobody else can have the same problem row.
  const bob = new Browser();
  const bobA = `7${Date.now()}${Math.floor(Math.random() * 1e6)}`.slice(0, 20);
  const bobSession = await startNumbers(bob, bobA, "3");
  const bobLine = `bob-secret-line-${tag}`;
  await submitLine({ sessionId: bobSession, requestId: randomUUID(), line: bobLine });

  const teacher = new Browser();
  actAs(teacher);
  await redirectOf(() => signUpInstructor(null, formOf({ name: "Fuzz Teacher", email: `fuzz-teacher-${tag}@example.org`, password: "teacher pass 1" })));
  actAs(teacher);
  const teacherClass = (await redirectOf(() => createClassAction(null, formOf({ name: `Teacher class ${tag}` })))).split("/").at(-1) ?? "";
  const teacherCode = (await db.class.findUniqueOrThrow({ where: { id: teacherClass } })).code;

  const rival = new Browser();
  actAs(rival);
  await redirectOf(() => signUpInstructor(null, formOf({ name: "Fuzz Rival", email: `fuzz-rival-${tag}@example.org`, password: "rival pass 12" })));
  actAs(rival);
  const rivalName = `rival-secret-class-${tag}`;
  const rivalClass = (await redirectOf(() => createClassAction(null, formOf({ name: rivalName })))).split("/").at(-1) ?? "";
  const rivalCode = (await db.class.findUniqueOrThrow({ where: { id: rivalClass } })).code;
  const rivalTitle = `rival-secret-assignment-${tag}`;
  const made = await createAssignmentAction(null, formOf({ classId: rivalClass, title: rivalTitle, mode: "alone", source: "written", kind: "addition", written: `${bobA} + 11` }));
  if (!made?.ok) throw new Error(`could not make the rival's assignment: ${JSON.stringify(made)}`);
  const rivalAssignment = (await db.assignment.findFirstOrThrow({ where: { classId: rivalClass } })).id;

  const zed = new Browser();
  const zedName = `Zed Secret ${tag}`;
  actAs(zed);
  await redirectOf(() => joinClass(null, formOf({ code: rivalCode, name: zedName, password: "zed password" })));
  const zedUserId = (await db.membership.findFirstOrThrow({ where: { classId: rivalClass } })).userId;
  actAs(zed);
  const zedSession = (await redirectOf(() => startPractice(null, formOf({ source: "assignment", assignmentId: rivalAssignment, position: "0" })))).split("/").at(-1) ?? "";
  const zedLine = `zed-secret-line-${tag}`;
  await submitLine({ sessionId: zedSession, requestId: randomUUID(), line: zedLine });

  const foreign = await db.practiceSession.findMany({ where: { id: { in: [bobSession, zedSession] } }, select: { problemId: true } });
  return {
    alice,
    aliceSession,
    aliceSolved,
    aliceSolvedRequests,
    teacher,
    teacherClass,
    teacherCode,
    foreignSessions: [bobSession, zedSession],
    foreignProblems: foreign.map((row) => row.problemId),
    rivalClass,
    rivalAssignment,
    zedUserId,
    secrets: [bobLine, zedLine, rivalName, rivalTitle, zedName, bobA, bobSession, zedSession, rivalClass, rivalAssignment, zedUserId],
  };
}

/** The secrets a result must not contain: those the request itself did not carry (an echo is no leak). */
export function secretsNotIn(world: World, request: string): string[] {
  return world.secrets.filter((secret) => !request.includes(secret));
}
