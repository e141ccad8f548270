// Issue #14, point 6: a burst of simultaneous wrong passwords must stop at the limit. Each
// attempt is counted before its password is checked, so the answers "not right" are the
// attempts that reached the password check, and there may be no more of them than allowed.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { joinClass, signInInstructor, signInStudent, signUpInstructor } from "@/app/(account)/actions";
import { createClassAction } from "@/app/(teach)/actions";
import { MAX_FAILURES, MAX_FAILURES_PER_ADDRESS } from "@/lib/auth/sign-in-limit";
import { db } from "@/lib/db/client";
import { actAs, Browser, redirectOf } from "../../support/next-request";
import { form } from "../../support/forms";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";


const unique = () => randomUUID().slice(0, 8);
const errorOf = (state: unknown) => (state as { error?: string } | null)?.error ?? "";

async function instructor(password: string): Promise<string> {
  const email = `race-${unique()}@example.org`;
  actAs(new Browser());
  expect(await redirectOf(() => signUpInstructor(null, form({ name: "Race", email, password })))).toBe("/teach");
  return email;
}

describe(`sign-in limits under a burst on ${provider}`, () => {
  it("checks at most MAX_FAILURES of 19 simultaneous wrong passwords for one account, then refuses the right one", async () => {
    const email = await instructor("the right password");
    const guesser = new Browser();
    actAs(guesser);
    const answers = (await Promise.all(Array.from({ length: 19 }, (_, i) => signInInstructor(null, form({ email, password: `wrong guess ${i}` }))))).map(errorOf);
    expect(answers.filter((said) => said.includes("not right"))).toHaveLength(MAX_FAILURES);
    expect(answers.filter((said) => said.includes("Too many failed sign-ins"))).toHaveLength(19 - MAX_FAILURES);
    // Locked: the right password from anywhere is refused too, and signs nobody in.
    const owner = new Browser();
    actAs(owner);
    expect(errorOf(await signInInstructor(null, form({ email, password: "the right password" })))).toContain("Too many failed sign-ins");
    expect(owner.jar.size).toBe(0);
  });

  it("checks at most MAX_FAILURES_PER_ADDRESS simultaneous wrong passwords from one address, across accounts", async () => {
    const guesser = new Browser();
    actAs(guesser);
    const tries = MAX_FAILURES_PER_ADDRESS + 10;
    const answers = (
      await Promise.all(Array.from({ length: tries }, (_, i) => signInInstructor(null, form({ email: `nobody-${i}-${unique()}@example.org`, password: "a guess" }))))
    ).map(errorOf);
    expect(answers.filter((said) => said.includes("not right"))).toHaveLength(MAX_FAILURES_PER_ADDRESS);
    expect(answers.filter((said) => said.includes("Too many failed sign-ins"))).toHaveLength(10);
    // Another address is not held back by this one.
    const email = await instructor("another right one");
    actAs(new Browser());
    expect(await redirectOf(() => signInInstructor(null, form({ email, password: "another right one" })))).toBe("/teach");
  });

  it("does not count a successful sign-in as a failure, even many at once", async () => {
    const email = await instructor("my own password");
    const owner = new Browser();
    actAs(owner);
    // Four failures, then successes: were the successes counted, the fifth failure would not be checked.
    for (let i = 0; i < MAX_FAILURES - 1; i += 1) expect(errorOf(await signInInstructor(null, form({ email, password: `typo ${i}` })))).toContain("not right");
    for (let i = 0; i < 3; i += 1) expect(await redirectOf(() => signInInstructor(null, form({ email, password: "my own password" })))).toBe("/teach");
    expect(errorOf(await signInInstructor(null, form({ email, password: "one more typo" })))).toContain("not right");
    expect(errorOf(await signInInstructor(null, form({ email, password: "my own password" })))).toContain("Too many failed sign-ins");
  });

  it("holds students' sign-in to the same limit under a burst", async () => {
    const teacher = new Browser();
    actAs(teacher);
    await redirectOf(() => signUpInstructor(null, form({ name: "T", email: `t-${unique()}@example.org`, password: "teacher password" })));
    actAs(teacher);
    const classId = (await redirectOf(() => createClassAction(null, form({ name: "Race class" })))).split("/").at(-1) ?? "";
    const { code } = await db.class.findUniqueOrThrow({ where: { id: classId } });
    actAs(new Browser());
    expect(await redirectOf(() => joinClass(null, form({ code, name: "Kai", password: "kai password" })))).toBe("/");

    actAs(new Browser());
    const answers = (await Promise.all(Array.from({ length: 19 }, (_, i) => signInStudent(null, form({ code, name: "Kai", password: `guess ${i}` }))))).map(errorOf);
    expect(answers.filter((said) => said.includes("do not match"))).toHaveLength(MAX_FAILURES);
    expect(answers.filter((said) => said.includes("Too many failed sign-ins"))).toHaveLength(19 - MAX_FAILURES);
    actAs(new Browser());
    expect(errorOf(await signInStudent(null, form({ code, name: "Kai", password: "kai password" })))).toContain("Too many failed sign-ins");
  });
});
