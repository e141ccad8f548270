import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { createAnonymousStudent, findSignedInUser, findUserByTokenHash, type Viewer } from "../db/users";
import { env } from "../env";
import { takeNewVisitor } from "../security/new-visitor-limit";

export type { Viewer };

/** The viewer, or why no new anonymous visitor could be made (in the request's language). */
export type EnsuredViewer = { ok: true; viewer: Viewer } | { ok: false; error: string };

export const SESSION_COOKIE = "sp_session";
const ONE_YEAR_S = 60 * 60 * 24 * 365;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

// Only a hash of the token is stored, so a leaked database does not leak sessions.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Who is asking: the signed-in account (better-auth's session cookie), else the anonymous
 * student of the httpOnly practice cookie; null for a first-time visitor.
 */
export async function currentViewer(): Promise<Viewer | null> {
  const signedIn = await signedInViewer();
  if (signedIn) return signedIn;
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token || !TOKEN_SHAPE.test(token)) return null;
  return findUserByTokenHash({ tokenHash: hashToken(token) });
}

/**
 * The current viewer, or a new anonymous student whose token is set as a cookie.
 * Only Server Actions and route handlers may call this (they can set cookies).
 * New anonymous students are limited per address (lib/security/new-visitor-limit.ts): each
 * is a fresh account with fresh limits, so dropping the cookie must not make them for free.
 */
export async function ensureViewer(): Promise<EnsuredViewer> {
  const existing = await currentViewer();
  if (existing) return { ok: true, viewer: existing };
  const room = await takeNewVisitor();
  if (!room.allowed) {
    const t = await getTranslations("common.visitors");
    return { ok: false, error: t("tooManyNew", { minutes: Math.max(1, Math.ceil(room.retryAfterSeconds / 60)) }) };
  }
  const token = randomBytes(32).toString("base64url");
  const viewer = await createAnonymousStudent({ tokenHash: hashToken(token) });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.COOKIE_SECURE,
    path: "/",
    maxAge: ONE_YEAR_S,
  });
  return { ok: true, viewer };
}

/**
 * The signed-in account, with its role as stored; null when nobody is signed in. Once per
 * server render (the header's account links and the page both ask); Server Actions, which
 * React does not cache for, look it up on each call.
 */
export const signedInViewer = cache(async (): Promise<Viewer | null> => {
  // Loaded on demand: pages that never need an account do not start better-auth.
  const { auth } = await import("./better-auth");
  const session = await auth.api.getSession({ headers: await headers() }).catch(() => null);
  return session ? findSignedInUser({ userId: session.user.id }) : null;
});
