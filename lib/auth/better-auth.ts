import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { username } from "better-auth/plugins";
import { db } from "../db/client";
import { databaseProvider, env } from "../env";
import { PASSWORD_MAX, PASSWORD_MIN } from "./limits";
import { authSecret } from "./secret";

/** Students' sign-in names are ours, never typed: "s" and random letters and digits. */
export const STUDENT_USERNAME = /^s[a-z0-9]{16}$/;
export { PASSWORD_MAX, PASSWORD_MIN };

/**
 * better-auth: instructors sign up and in with email and password, class students with a
 * username we make for them (they type class code, name and password). Passwords are
 * hashed with scrypt by better-auth. Sessions are httpOnly cookies. All calls come from our
 * Server Actions (auth.api.*), which apply the sign-in limits in lib/auth/sign-in-limit.ts;
 * better-auth's HTTP routes are not mounted.
 */
export const auth = betterAuth({
  appName: "Scratchpad Tutor",
  secret: authSecret(),
  baseURL: env.APP_URL ?? "http://localhost:3000",
  database: prismaAdapter(db, { provider: databaseProvider(env.DATABASE_URL) }),
  emailAndPassword: { enabled: true, minPasswordLength: PASSWORD_MIN, maxPasswordLength: PASSWORD_MAX, autoSignIn: true },
  user: {
    additionalFields: {
      // Never from a form: set by the hook below from how the account is made.
      role: { type: "string", required: false, defaultValue: "student", input: false },
    },
  },
  session: { modelName: "authSession", expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
  databaseHooks: {
    user: {
      create: {
        // An account with a username is a class student's; one without is an instructor's.
        before: async (user) => ({ data: { ...user, role: typeof user.username === "string" && user.username ? "student" : "instructor" } }),
      },
    },
  },
  plugins: [
    username({ minUsernameLength: 17, maxUsernameLength: 17, usernameValidator: (name) => STUDENT_USERNAME.test(name) }),
    nextCookies(),
  ],
  advanced: { useSecureCookies: env.COOKIE_SECURE, cookiePrefix: "sp" },
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
});
