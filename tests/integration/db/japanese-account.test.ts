// Account and program forms answer in the language the browser asks for.
import { describe, expect, it } from "vitest";
import { joinClass, signInInstructor, signInStudent, signUpInstructor } from "@/app/(account)/actions";
import { createPythonProblem } from "@/app/(problems)/actions";
import { CODE_LENGTH } from "@/lib/db/classes";
import { actAs, Browser } from "../../support/next-request";
import { form } from "../../support/forms";

const provider = process.env.DATABASE_URL?.startsWith("file:") ? "sqlite" : "postgres";
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;


describe(`account and program forms in Japanese on ${provider}`, () => {
  it("refuses bad sign-ups, joins and sign-ins in Japanese, naming the field", async () => {
    const browser = new Browser();
    browser.acceptLanguage = "ja";
    actAs(browser);
    const code = "Z".repeat(CODE_LENGTH);
    const short = await signUpInstructor(null, form({ name: "先生", email: "sensei@example.org", password: "short" }));
    expect(short).toMatchObject({ ok: false, error: expect.stringMatching(JAPANESE), fields: { password: expect.stringMatching(JAPANESE) } });
    expect(short?.error).toContain("8");
    const refusals = [
      await signUpInstructor(null, form({ name: "先生", email: "not an email", password: "long enough 1" })),
      await joinClass(null, form({ code: "ABC", name: "花子", password: "hanako password" })),
      await joinClass(null, form({ code, name: "花子", password: "hanako password" })),
      await signInStudent(null, form({ code, name: "花子", password: "wrong password" })),
      await signInInstructor(null, form({ email: "nobody@example.org", password: "" })),
    ];
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, error: expect.stringMatching(JAPANESE) });
  });

  it("refuses a program with no title or no code in Japanese", async () => {
    const browser = new Browser();
    browser.acceptLanguage = "ja";
    actAs(browser);
    expect(await createPythonProblem(null, form({ title: "", difficulty: "2", program: "x = 1" }))).toMatchObject({ ok: false, error: expect.stringMatching(JAPANESE) });
    expect(await createPythonProblem(null, form({ title: "空", difficulty: "2", program: "  " }))).toMatchObject({ ok: false, error: expect.stringMatching(JAPANESE) });
    const english = new Browser();
    actAs(english);
    expect(await createPythonProblem(null, form({ title: "Empty", difficulty: "9", program: "x = 1" }))).toEqual({ ok: false, error: "Difficulty goes from 1 to 5", field: "difficulty" });
  });
});
