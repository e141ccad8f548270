import { z } from "zod";

// Every environment variable the app reads is declared and checked here, once.
const DEFAULT_DATABASE_URL = "file:./data/scratchpad.db";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || DEFAULT_DATABASE_URL)
    .refine((value) => value.startsWith("file:") || /^postgres(ql)?:\/\//.test(value), {
      message: 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
    }),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set to "true" when the app is served over HTTPS so the session cookie is Secure. */
  /**
   * Signs sign-in sessions (better-auth). Unset: a random secret kept in data/auth-secret,
   * made on first use; several app instances must share one, so set it there.
   */
  AUTH_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || value.length >= 32, { message: "must be at least 32 characters" }),
  /** The app's public URL (better-auth checks request origins against it). */
  APP_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional()),
  COOKIE_SECURE: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export const env = load();

export const databaseProvider = (url: string): "sqlite" | "postgresql" =>
  url.startsWith("file:") ? "sqlite" : "postgresql";
