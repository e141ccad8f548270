// Issue #14, point 8: class codes cannot be guessed at speed. Wrong codes are counted per
// address; joins with a real code are counted per code, generously enough for a class.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { joinClass, signUpInstructor } from "@/app/(account)/actions";
import { createClassAction } from "@/app/(teach)/actions";
import { db } from "@/lib/db/client";
import { CLASS_JOIN_LIMITS } from "@/lib/security/class-join-limit";
import { actAs, Browser, redirectOf } from "../../support/next-request";
import { form, outcome } from "../../support/forms";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;



// "O" and "0" are not in the codes' alphabet: these codes name no class.
const wrongCode = (i: number) => `O0${String(i).padStart(4, "0")}`;

async function newClass(): Promise<string> {
  const teacher = new Browser();
  actAs(teacher);
  await redirectOf(() => signUpInstructor(null, form({ name: "Teacher", email: `guess-${randomUUID().slice(0, 8)}@example.org`, password: "teacher password" })));
  actAs(teacher);
  const classId = (await redirectOf(() => createClassAction(null, form({ name: "Guessed class" })))).split("/").at(-1) ?? "";
  return (await db.class.findUniqueOrThrow({ where: { id: classId } })).code;
}

describe(`class code guessing on ${provider}`, () => {
  let code = "";
  beforeAll(async () => {
    code = await newClass();
  });

  it("refuses rapid wrong codes from one address after the limit, saying how long to wait; other addresses still join", async () => {
    const guesser = new Browser();
    actAs(guesser);
    const said = await Promise.all(Array.from({ length: 30 }, (_, i) => outcome(() => joinClass(null, form({ code: wrongCode(i), name: `Guess ${i}`, password: "guess password" })))));
    const allowed = CLASS_JOIN_LIMITS.wrongCodesPerAddress.limit;
    expect(said.filter((words) => words.includes("No class has this code"))).toHaveLength(allowed);
    const refused = said.filter((words) => !words.includes("No class has this code"));
    expect(refused).toHaveLength(30 - allowed);
    for (const words of refused) expect(words).toMatch(/Wait \d+ min/);
    // The right code is refused too from here: were it let through, the refusal would tell which guess was right.
    expect(await outcome(() => joinClass(null, form({ code, name: "Lucky", password: "lucky password" })))).toMatch(/Wait \d+ min/);
    guesser.acceptLanguage = "ja";
    expect(await outcome(() => joinClass(null, form({ code: wrongCode(99), name: "Guess", password: "guess password" })))).toMatch(JAPANESE);

    actAs(new Browser());
    expect(await outcome(() => joinClass(null, form({ code, name: "Honest", password: "honest password" })))).toBe("/");
  });

  it("lets a class of 40 join one code at once from one address (a school's network)", async () => {
    const classCode = await newClass();
    // One Browser is the classroom behind one address; each join makes its own student.
    const room = new Browser();
    actAs(room);
    const said = await Promise.all(Array.from({ length: 40 }, (_, i) => outcome(() => joinClass(null, form({ code: classCode, name: `Student ${i}`, password: `password ${i}` })))));
    expect(said).toEqual(Array.from({ length: 40 }, () => "/"));
    const { id } = await db.class.findUniqueOrThrow({ where: { code: classCode } });
    expect(await db.membership.count({ where: { classId: id } })).toBe(40);
  });

  it("limits joins per code, wherever they come from, and says how long to wait", async () => {
    const classCode = await newClass();
    actAs(new Browser());
    expect(await outcome(() => joinClass(null, form({ code: classCode, name: "First", password: "first password" })))).toBe("/");
    // The name is taken: each attempt is a join counted against the code, with no account made.
    for (let i = 1; i < CLASS_JOIN_LIMITS.joinsPerCode.limit; i += 1) {
      actAs(new Browser());
      expect(await outcome(() => joinClass(null, form({ code: classCode, name: "First", password: "first password" })))).toContain("already uses this name");
    }
    actAs(new Browser());
    expect(await outcome(() => joinClass(null, form({ code: classCode, name: "Second", password: "second password" })))).toMatch(/joined this class.*Wait \d+ min/);
    // Other classes are not held back.
    actAs(new Browser());
    expect(await outcome(() => joinClass(null, form({ code, name: "Elsewhere", password: "elsewhere password" })))).toBe("/");
  });
});
