import { vi } from "vitest";

/**
 * Server Actions read cookies and headers through next/headers, which only works inside a
 * Next.js request. Tests act as browsers instead: each Browser is a cookie jar (and an
 * address), and `actAs(browser)` makes next/headers see that browser until the next call.
 */
export class Browser {
  readonly jar = new Map<string, string>();
  /** The browser's Accept-Language header (lib/i18n picks the language from it). */
  acceptLanguage: string | undefined;
  /** Where the browser's requests come from (sign-in limits count per address). */
  constructor(readonly address = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) {}
}

// Hoisted with vi.mock, so that the mocked modules can read the browser being acted as.
const acting = vi.hoisted(() => ({
  browser: { jar: new Map<string, string>(), address: "10.0.0.1", acceptLanguage: undefined as string | undefined },
}));
const nextHeaders = vi.hoisted(() => () => ({
  cookies: async () => {
    const { jar } = acting.browser;
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      // better-auth's nextCookies plugin writes its session cookie through here, and clears it.
      set: (name: string, value: string, options?: { maxAge?: number }) => {
        if (value === "" || options?.maxAge === 0) jar.delete(name);
        else jar.set(name, value);
      },
      delete: (name: string) => void jar.delete(name),
    };
  },
  // A Server Action's request: the browser's cookies, and the header Next.js sets on actions.
  headers: async () =>
    new Headers({
      cookie: [...acting.browser.jar].map(([name, value]) => `${name}=${value}`).join("; "),
      "next-action": "test",
      "x-scratchpad-client-address": acting.browser.address,
      ...(acting.browser.acceptLanguage ? { "accept-language": acting.browser.acceptLanguage } : {}),
    }),
}));
vi.mock("next/headers", nextHeaders);
vi.mock("next/headers.js", nextHeaders);

export const revalidated: string[] = [];

export function actAs(browser: Browser) {
  acting.browser = browser;
}

vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => void revalidated.push(path),
}));

/** next/navigation's redirect() throws; this returns where it was sending the browser. */
export async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw error;
  }
  throw new Error("expected a redirect");
}
