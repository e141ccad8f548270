import { vi } from "vitest";

/**
 * Server Actions read cookies through next/headers, which only works inside a Next.js
 * request. Tests act as browsers instead: each Browser is a cookie jar, and
 * `actAs(browser)` makes next/headers see that jar until the next call.
 */
export class Browser {
  readonly jar = new Map<string, string>();
}

let current = new Browser();
export const revalidated: string[] = [];

export function actAs(browser: Browser) {
  current = browser;
}

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (current.jar.has(name) ? { name, value: current.jar.get(name) } : undefined),
    set: (name: string, value: string) => void current.jar.set(name, value),
  }),
}));

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
