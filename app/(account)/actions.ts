"use server";

import { randomBytes } from "node:crypto";
import { APIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { auth, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/better-auth";
import { type SignInAttempt, startSignInAttempt, withdrawSignInAttempt } from "@/lib/auth/sign-in-limit";
import { addMember, CODE_LENGTH, findClassByCode, findMemberByName, nameKey } from "@/lib/db/classes";
import { databaseTrouble } from "@/lib/db/unavailable";
import { deleteUser } from "@/lib/db/users";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES } from "@/lib/i18n/locales";
import { findClassToJoin } from "@/lib/security/class-join-limit";
import { withDatabase } from "@/lib/security/database-errors";
import { fieldsOf } from "@/lib/security/form-fields";

export type AccountState = { ok: false; error: string; fields?: Record<string, string> } | null;

/** The texts of this file's messages, in the request's language. */
type Texts = Awaited<ReturnType<typeof texts>>;
const texts = () => getTranslations("account.errors");

// Schemas are built once; their messages are keys of `account.errors`, put in words (and in
// the request's language) by `firstIssue`, with the limits below as their values.
type MessageKey = Parameters<Texts>[0];
const key = (name: MessageKey) => name;
const NAME_MAX = 60;
const LIMITS = { passwordMin: PASSWORD_MIN, passwordMax: PASSWORD_MAX, nameMax: NAME_MAX, codeLength: CODE_LENGTH };

const password = z
  .string({ message: key("choosePassword") })
  .min(PASSWORD_MIN, key("passwordMin"))
  .max(PASSWORD_MAX, key("passwordMax"));
const email = z.string({ message: key("email") }).trim().toLowerCase().pipe(z.email({ message: key("email") })).pipe(z.string().max(254, key("email")));
const personName = z.string({ message: key("name") }).trim().min(1, key("name")).max(NAME_MAX, key("nameMax"));
const classCode = z
  .string({ message: key("classCode") })
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[A-Z0-9]{${CODE_LENGTH}}$`), key("classCode"));
const typedPassword = z.string({ message: key("typePassword") }).min(1, key("typePassword")).max(PASSWORD_MAX, key("passwordMax"));

const notUnderstood = (t: Texts): AccountState => ({ ok: false, error: t("notUnderstood") });

/** A refusal about one field: the form shows it there and moves the focus to it. */
const about = (field: string, error: string): AccountState => ({ ok: false, error, fields: { [field]: error } });

/**
 * Runs a sign-in whose attempt is already counted as a failure: a wrong password (better-auth's
 * APIError) leaves it counted, and anything else takes it back, since no password was judged
 * wrong. The attempt of a right password is taken back before the caller's redirect.
 */
async function checkPassword(attempt: SignInAttempt, signIn: () => Promise<unknown>): Promise<"right" | "wrong"> {
  try {
    await signIn();
  } catch (error) {
    if (error instanceof APIError) return "wrong";
    // The error the person must hear about is this one, not a failure to take the count back.
    await withdrawSignInAttempt(attempt).catch(() => undefined);
    throw error;
  }
  await withdrawSignInAttempt(attempt);
  return "right";
}

function firstIssue(t: Texts, error: z.ZodError): AccountState {
  const issue = error.issues[0];
  if (!issue) return notUnderstood(t);
  const message = issue.message as MessageKey;
  const said = t.has(message) ? t(message, LIMITS) : t("invalid");
  return { ok: false, error: said, fields: { [String(issue.path[0])]: said } };
}

// ---------------------------------------------------------------------------------------
// Instructors: email and password
// ---------------------------------------------------------------------------------------

const signUpSchema = z.object({ name: personName, email, password });

export async function signUpInstructor(_previous: AccountState, data: FormData): Promise<AccountState> {
  return withDatabase(async () => {
    const t = await texts();
    // Anyone may sign up; the role comes from how the account is made, never from the form.
    const fields = fieldsOf(data);
    if (!fields) return notUnderstood(t);
    const parsed = signUpSchema.safeParse(fields);
    if (!parsed.success) return firstIssue(t, parsed.error);
    try {
      await auth.api.signUpEmail({ body: parsed.data, headers: await headers() });
    } catch (error) {
      if (error instanceof APIError) {
        // better-auth's own words are English: what they mean, in the request's language.
        const taken = /exist/i.test(error.message);
        return taken ? about("email", t("emailTaken")) : { ok: false, error: t("notCreated") };
      }
      throw error;
    }
    redirect("/teach");
  });
}

const signInSchema = z.object({ email, password: typedPassword });

export async function signInInstructor(_previous: AccountState, data: FormData): Promise<AccountState> {
  return withDatabase(async () => {
    const t = await texts();
    const fields = fieldsOf(data);
    if (!fields) return notUnderstood(t);
    const parsed = signInSchema.safeParse(fields);
    if (!parsed.success) return firstIssue(t, parsed.error);
    const attempt = await startSignInAttempt(`email:${parsed.data.email}`);
    if (!attempt) return { ok: false, error: t("tooMany") };
    const requestHeaders = await headers();
    if ((await checkPassword(attempt, () => auth.api.signInEmail({ body: parsed.data, headers: requestHeaders }))) === "wrong") {
      return about("password", t("wrong"));
    }
    redirect("/teach");
  });
}

// ---------------------------------------------------------------------------------------
// Students: class code, name and password
// ---------------------------------------------------------------------------------------

const studentSchema = z.object({ code: classCode, name: personName, password });

export async function joinClass(_previous: AccountState, data: FormData): Promise<AccountState> {
  return withDatabase(async () => {
    const t = await texts();
    const fields = fieldsOf(data);
    if (!fields) return notUnderstood(t);
    const parsed = studentSchema.safeParse(fields);
    if (!parsed.success) return firstIssue(t, parsed.error);
    const { code, name } = parsed.data;

    // Wrong codes are counted per address and joins per code (lib/security/class-join-limit.ts).
    const joining = await findClassToJoin(code);
    if (!joining.ok) {
      if (joining.refused === "noClass") return about("code", t("noClass"));
      return about("code", t(joining.refused === "wrongCodes" ? "joinWrongCodes" : "joinBusy", { minutes: joining.minutes }));
    }
    const found = joining.found;
    if (await findMemberByName({ classId: found.id, name })) {
      return about("name", t("nameTaken"));
    }

    // Students never see or type this: they sign in with the class code and their name.
    const username = `s${randomBytes(12).toString("hex").slice(0, 16)}`;
    let userId: string;
    try {
      const created = await auth.api.signUpEmail({
        body: { name, password: parsed.data.password, email: `${username}@students.invalid`, username },
        headers: await headers(),
      });
      userId = created.user.id;
    } catch (error) {
      if (error instanceof APIError) return { ok: false, error: t("notCreated") };
      throw error;
    }
    try {
      await addMember({ classId: found.id, userId, name });
    } catch (error) {
      // Two people joining with one name at once, or the database failing between the two
      // writes: the account is undone, not kept half-made (while the database can do so).
      await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
      await deleteUser({ userId });
      if (databaseTrouble(error)) throw error;
      return about("name", t("nameTaken"));
    }
    redirect("/");
  });
}

export async function signInStudent(_previous: AccountState, data: FormData): Promise<AccountState> {
  return withDatabase(async () => {
    const t = await texts();
    const fields = fieldsOf(data);
    if (!fields) return notUnderstood(t);
    const parsed = studentSchema.extend({ password: typedPassword }).safeParse(fields);
    if (!parsed.success) return firstIssue(t, parsed.error);
    const { code, name } = parsed.data;
    const attempt = await startSignInAttempt(`student:${code}:${nameKey(name)}`);
    if (!attempt) return { ok: false, error: t("tooMany") };

    const requestHeaders = await headers();
    const signIn = async () => {
      const found = await findClassByCode({ code });
      const username = (found ? await findMemberByName({ classId: found.id, name }) : null)?.user.username;
      if (!username) throw new APIError("UNAUTHORIZED");
      await auth.api.signInUsername({ body: { username, password: parsed.data.password }, headers: requestHeaders });
    };
    // The same words whether the class, the name or the password is wrong.
    if ((await checkPassword(attempt, signIn)) === "wrong") return about("password", t("studentWrong"));
    redirect("/");
  });
}

export async function signOut(): Promise<void> {
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/");
}

// ---------------------------------------------------------------------------------------
// Language: anyone may choose; the choice is a cookie, read by lib/i18n/request.ts
// ---------------------------------------------------------------------------------------

const languageSchema = z.object({ locale: z.enum(LOCALES) });

export async function setLanguage(data: FormData): Promise<void> {
  const parsed = languageSchema.safeParse(fieldsOf(data));
  // An unknown language (or no form at all) keeps the current one: the switcher only offers those we have.
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE,
    secure: env.COOKIE_SECURE,
  });
  revalidatePath("/", "layout");
}
