"use server";

import { randomBytes } from "node:crypto";
import { APIError } from "better-auth/api";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/better-auth";
import { noteSignInFailure, signInAllowed } from "@/lib/auth/sign-in-limit";
import { addMember, CODE_LENGTH, findClassByCode, findMemberByName, nameKey } from "@/lib/db/classes";
import { deleteUser } from "@/lib/db/users";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES } from "@/lib/i18n/locales";

export type AccountState = { ok: false; error: string; fields?: Record<string, string> } | null;

const password = z
  .string({ message: "Choose a password" })
  .min(PASSWORD_MIN, `A password has at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `A password has at most ${PASSWORD_MAX} characters`);
const email = z.string().trim().toLowerCase().pipe(z.email({ message: "Type a valid email address" })).pipe(z.string().max(254));
const personName = z.string().trim().min(1, "Type your name").max(60, "A name has at most 60 characters");
const classCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[A-Z0-9]{${CODE_LENGTH}}$`), `A class code has ${CODE_LENGTH} letters and digits`);

const TOO_MANY = "Too many failed sign-ins. Wait 15 minutes and try again.";
const WRONG = "That combination of sign-in details and password is not right.";

function firstIssue(error: z.ZodError): AccountState {
  const issue = error.issues[0];
  return { ok: false, error: issue?.message ?? "The form was not understood.", fields: issue ? { [String(issue.path[0])]: issue.message } : undefined };
}

const form = (data: FormData) => Object.fromEntries(data);

// ---------------------------------------------------------------------------------------
// Instructors: email and password
// ---------------------------------------------------------------------------------------

const signUpSchema = z.object({ name: personName, email, password });

export async function signUpInstructor(_previous: AccountState, data: FormData): Promise<AccountState> {
  // Anyone may sign up; the role comes from how the account is made, never from the form.
  const parsed = signUpSchema.safeParse(form(data));
  if (!parsed.success) return firstIssue(parsed.error);
  try {
    await auth.api.signUpEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      const taken = /exist/i.test(error.message);
      return { ok: false, error: taken ? "An account with this email already exists. Sign in instead." : error.message };
    }
    throw error;
  }
  redirect("/teach");
}

const signInSchema = z.object({ email, password: z.string().min(1, "Type your password").max(PASSWORD_MAX) });

export async function signInInstructor(_previous: AccountState, data: FormData): Promise<AccountState> {
  const parsed = signInSchema.safeParse(form(data));
  if (!parsed.success) return firstIssue(parsed.error);
  const account = `email:${parsed.data.email}`;
  if (!(await signInAllowed(account))) return { ok: false, error: TOO_MANY };
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await noteSignInFailure(account);
    return { ok: false, error: WRONG };
  }
  redirect("/teach");
}

// ---------------------------------------------------------------------------------------
// Students: class code, name and password
// ---------------------------------------------------------------------------------------

const studentSchema = z.object({ code: classCode, name: personName, password });

export async function joinClass(_previous: AccountState, data: FormData): Promise<AccountState> {
  const parsed = studentSchema.safeParse(form(data));
  if (!parsed.success) return firstIssue(parsed.error);
  const { code, name } = parsed.data;

  const found = await findClassByCode({ code });
  if (!found) return { ok: false, error: "No class has this code. Check it with your instructor." };
  if (await findMemberByName({ classId: found.id, name })) {
    return { ok: false, error: "Someone in this class already uses this name. If it is you, sign in; otherwise add your initial." };
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
    if (error instanceof APIError) return { ok: false, error: error.message };
    throw error;
  }
  try {
    await addMember({ classId: found.id, userId, name });
  } catch (error) {
    // Two people joining with one name at once: the second account is undone, not kept half-made.
    await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
    await deleteUser({ userId });
    return { ok: false, error: "Someone in this class already uses this name. If it is you, sign in; otherwise add your initial." };
  }
  redirect("/");
}

export async function signInStudent(_previous: AccountState, data: FormData): Promise<AccountState> {
  const parsed = studentSchema.extend({ password: z.string().min(1, "Type your password").max(PASSWORD_MAX) }).safeParse(form(data));
  if (!parsed.success) return firstIssue(parsed.error);
  const { code, name } = parsed.data;
  const account = `student:${code}:${nameKey(name)}`;
  if (!(await signInAllowed(account))) return { ok: false, error: TOO_MANY };

  const found = await findClassByCode({ code });
  const member = found ? await findMemberByName({ classId: found.id, name }) : null;
  const username = member?.user.username;
  try {
    if (!username) throw new APIError("UNAUTHORIZED");
    await auth.api.signInUsername({ body: { username, password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await noteSignInFailure(account);
    // The same words whether the class, the name or the password is wrong.
    return { ok: false, error: "That class code, name and password do not match. Check them, or ask your instructor to reset your password." };
  }
  redirect("/");
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
  const parsed = languageSchema.safeParse(form(data));
  // An unknown language keeps the current one: the switcher only offers those we have.
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
