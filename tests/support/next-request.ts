import { createHash } from "node:crypto";
import { relative } from "node:path";
import { expect, vi } from "vitest";

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
  constructor(readonly address = newAddress()) {}
}

let browsersMade = 0;

/**
 * An address no other Browser of this run has, so that no two browsers share a per-address
 * limit by chance (random IPv4 addresses did: a few hundred browsers in one database made a
 * shared address likely). The test file's hash keeps files that share a database apart, the
 * count keeps browsers of one file apart, each in its own /64 in case limits group IPv6 by
 * network; the same file makes the same addresses on every run.
 */
function newAddress(): string {
  browsersMade += 1;
  const file = createHash("sha256").update(relative(process.cwd(), expect.getState().testPath ?? "")).digest("hex");
  return `fd00:${file.slice(0, 4)}:${file.slice(4, 8)}:${browsersMade.toString(16)}::1`;
}

// Hoisted with vi.mock, so that the mocked modules can read the browser being acted as.
const acting = vi.hoisted(() => {
  type Acting = { jar: Map<string, string>; address: string; acceptLanguage: string | undefined };
  // Requests from several browsers at once (asBrowser) each see their own; others, actAs's.
  const requests = new (process.getBuiltinModule("node:async_hooks").AsyncLocalStorage)<Acting>();
  let chosen: Acting = { jar: new Map<string, string>(), address: "10.0.0.1", acceptLanguage: undefined };
  return {
    requests,
    get browser(): Acting {
      return requests.getStore() ?? chosen;
    },
    set browser(browser: Acting) {
      chosen = browser;
    },
  };
});
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

/** Runs one request as `browser`, whatever actAs says meanwhile: for requests from several browsers at once. */
export function asBrowser<T>(browser: Browser, request: () => Promise<T>): Promise<T> {
  return acting.requests.run(browser, request);
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
