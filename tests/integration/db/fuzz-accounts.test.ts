// Hostile input for the account and teaching Server Actions and the class export route:
// wrong types, huge payloads, Unicode edge cases, other instructors' classes and students.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { joinClass, setLanguage, signInInstructor, signInStudent, signOut, signUpInstructor } from "@/app/(account)/actions";
import { createAssignmentAction, createClassAction, resetStudentPassword } from "@/app/(teach)/actions";
import { GET as exportClass } from "@/app/(teach)/teach/classes/[classId]/export/route";
import { db } from "@/lib/db/client";
import { MODES } from "@/lib/practice/modes";
import { buildWorld, secretsNotIn, type World } from "../../support/fuzz-world";
import { formOf, hostileForm, hostileString, wrongType } from "../../support/hostile";
import { Browser } from "../../support/next-request";
import { probe, probeResponse } from "../../support/probe";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";
// The seed is the suite's one seed (FC_SEED, tests/support/fast-check-seed.ts).
const options = (numRuns = 25) => ({ numRuns, endOnFailure: true });
const formOrWrong = (form: fc.Arbitrary<FormData>) => fc.oneof({ weight: 1, arbitrary: wrongType }, { weight: 5, arbitrary: form });

describe(`hostile input to the account and teaching actions and the export, on ${provider}`, () => {
  let world: World;
  const secrets = (request: string) => secretsNotIn(world, request);

  beforeAll(async () => {
    world = await buildWorld();
  }, 120_000);

  it("the account actions refuse bad forms with a typed error and make no half accounts", async () => {
    const account = () =>
      hostileForm({
        name: ["Ana", "  ", "名前"],
        email: ["fuzz@example.org", "FUZZ@EXAMPLE.ORG "],
        password: ["long enough 1", "short", "p".repeat(129)],
        code: [world.teacherCode, world.teacherCode.toLowerCase()],
      });
    const actions = [
      ["signUpInstructor", signUpInstructor],
      ["signInInstructor", signInInstructor],
      ["joinClass", joinClass],
      ["signInStudent", signInStudent],
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actions), formOrWrong(account()), async ([what, action], data) => {
        // A new browser each time: a success signs it in, and must not sign the next probe in.
        const { outcome } = await probe({ what, as: new Browser(), input: [data], run: () => action(null, data as FormData), secrets });
        if (outcome.kind !== "redirect") expect(outcome).toMatchObject({ kind: "value", value: { ok: false } });
      }),
      options(40),
    );
  });

  it("setLanguage keeps a language it does not know, and signOut always just signs out", async () => {
    const form = hostileForm({ locale: ["en", "ja", "fr", "EN"] });
    await fc.assert(
      fc.asyncProperty(formOrWrong(form), async (data) => {
        const browser = new Browser();
        const { outcome, before, after } = await probe({ what: "setLanguage", as: browser, input: [data], run: () => setLanguage(data as FormData), secrets });
        expect(outcome).toEqual({ kind: "value", value: undefined });
        expect(after).toEqual(before);
        for (const value of browser.jar.values()) expect(["en", "ja"]).toContain(value);
      }),
      options(),
    );
    const { outcome } = await probe({ what: "signOut", as: new Browser(), input: [], run: () => signOut(), secrets });
    expect(outcome).toEqual({ kind: "redirect", to: "/" });
  });

  it("the teaching actions refuse other instructors' classes and students, and bad forms", async () => {
    const classIds = [world.teacherClass, world.rivalClass];
    const teaching = hostileForm({
      name: ["Period 4"],
      classId: classIds,
      studentId: [world.zedUserId],
      password: ["new password 1"],
      title: ["Homework"],
      mode: [...MODES],
      dueAt: ["2027-01-01T09:00", "not a date", "9999-99-99"],
      source: ["level", "written", "chosen"],
      kind: ["addition", "polynomial", "python"],
      level: ["2", "13"],
      count: ["1", "0", "21"],
      written: ["29 + 57", "1 + 1\n2 + 2"],
      problemIds: world.foreignProblems,
    });
    const actions = [
      ["createClassAction", createClassAction],
      ["createAssignmentAction", createAssignmentAction],
      ["resetStudentPassword", resetStudentPassword],
    ] as const;
    const rivalAssignments = await db.assignment.count({ where: { classId: world.rivalClass } });
    const zedPassword = (await db.account.findFirstOrThrow({ where: { userId: world.zedUserId } })).password;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actions), formOrWrong(teaching), async ([what, action], data) => {
        const { outcome } = await probe({ what, as: world.teacher, input: [data], run: () => action(null, data as FormData), secrets });
        if (outcome.kind === "redirect") expect(outcome.to).toMatch(/^\/teach\/classes\/[a-z0-9]+$/);
        else expect(outcome).toMatchObject({ kind: "value", value: { ok: expect.any(Boolean) } });
      }),
      options(40),
    );
    expect(await db.assignment.count({ where: { classId: world.rivalClass } })).toBe(rivalAssignments);
    expect((await db.account.findFirstOrThrow({ where: { userId: world.zedUserId } })).password).toBe(zedPassword);

    // Ten thousand ids in one form: refused by the limit, not looked up one by one.
    const many = formOf({ classId: world.teacherClass, title: "Many", mode: "alone", source: "chosen", problemIds: Array.from({ length: 10_000 }, (_, i) => `p${i}`) });
    const { refused } = await probe({ what: "createAssignmentAction", as: world.teacher, input: [many], run: () => createAssignmentAction(null, many), secrets });
    expect(refused).toBe(true);
  });

  it("the export answers only for the instructor's own class, and never with another class's data", async () => {
    const query = fc.dictionary(
      fc.constantFrom("format", "student", "kind", "assignment", "status", "from", "to", "classId"),
      hostileString(["csv", "datashop", "jsonl", "2026-01-01", world.zedUserId, world.rivalAssignment, "solved"]),
      { maxKeys: 4 },
    );
    const classId = fc.oneof(fc.constantFrom(world.teacherClass, world.rivalClass), hostileString());
    await fc.assert(
      fc.asyncProperty(classId, query, fc.boolean(), async (id, params, asStranger) => {
        const url = new URL(`http://localhost/teach/classes/x/export`);
        for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
        const { status } = await probeResponse({
          what: "GET export",
          as: asStranger ? world.alice : world.teacher,
          input: [id, params],
          run: () => exportClass(new Request(url), { params: Promise.resolve({ classId: id }) } as never),
          secrets,
        });
        if (status < 400) expect({ id, asStranger }).toEqual({ id: world.teacherClass, asStranger: false });
      }),
      options(40),
    );
  });
});
