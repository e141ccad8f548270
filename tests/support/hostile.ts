// Hostile inputs for Server Actions and route handlers, and a way to tell an action's
// answer from its crash: a malicious client can send any value React can decode as an
// action argument, and any bytes as a route's body.
import fc from "fast-check";
import { expect } from "vitest";

const MEGABYTE = 1 << 20;

/** Strings that broke (or could break) parsers, databases or the people reading them. */
export const NASTY_STRINGS: readonly string[] = [
  "",
  " ",
  "\t\n",
  "\uD800", // lone high surrogate
  "a\uDC00b", // lone low surrogate
  "a\u0000b", // NUL
  "\u202Egnp.exe", // right-to-left override
  "abc\u2066\u2069",
  "\u200D\u200B\uFEFF", // zero-width joiner, space, BOM
  "e\u0301\u0301\u0301", // stacked combining marks
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "２９", // full-width digits
  "２９ + ５７",
  "٢٩", // Arabic-Indic digits
  "' OR '1'='1' --",
  "\"; DROP TABLE \"Event\"; --",
  "1; SELECT pg_sleep(10)",
  "%00%27",
  "../../../../etc/passwd",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "0x1F",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "c".repeat(25),
  "cm0abcdefghijklmnopqrstuv", // a cuid-like id nobody has
];

/** Large enough to find missing limits, small enough to run many times. */
export const HUGE_STRINGS: readonly string[] = ["x".repeat(MEGABYTE), "９".repeat(MEGABYTE / 4), "\u0301".repeat(MEGABYTE / 2)];

/** Any UTF-16 code unit sequence, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 });

/** A hostile string, or one of `plausible` (valid-looking values, so that deeper paths run too). */
export function hostileString(plausible: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 3, arbitrary: codeUnits },
    { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
    ...(plausible.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...plausible) }] : []),
  );
}

/** Values of the wrong type for anything that expects a string, an object or a FormData. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -0.5),
  fc.constantFrom([], {}, [[]], { length: 1e9 }, Array.from({ length: 10_000 }, (_, i) => i), Array.from({ length: 10_000 }, () => "x")),
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxKeys: 4 }),
  fc.constant(new Date(0)),
  fc.constant(new Map([["a", 1]])),
);

type FieldValue = string | Blob;

/**
 * A FormData with the given fields each missing, present once or repeated, with hostile
 * values (sometimes a file where text is expected) and stray extra keys.
 */
export function hostileForm(fields: Record<string, readonly string[]>): fc.Arbitrary<FormData> {
  const value = (plausible: readonly string[]): fc.Arbitrary<FieldValue> =>
    fc.oneof({ weight: 9, arbitrary: hostileString(plausible) }, { weight: 1, arbitrary: fc.constant(new Blob(["file body"], { type: "text/plain" })) });
  const entries = Object.entries(fields).map(([key, plausible]) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant<[string, FieldValue[]]>([key, []]) },
      { weight: 6, arbitrary: value(plausible).map((one): [string, FieldValue[]] => [key, [one]]) },
      { weight: 2, arbitrary: fc.array(value(plausible), { minLength: 2, maxLength: 3 }).map((many): [string, FieldValue[]] => [key, many]) },
    ),
  );
  const extra = fc.array(fc.tuple(fc.oneof(fc.constantFrom("role", "userId", "__proto__", "constructor", "$ACTION_ID_x", "ok"), hostileString()), hostileString()), { maxLength: 2 });
  return fc.tuple(fc.tuple(...entries), extra).map(([known, stray]) => {
    const data = new FormData();
    for (const [key, values] of known) for (const item of values) data.append(key, item);
    for (const [key, item] of stray) data.append(key, item);
    return data;
  });
}

/** A FormData with exactly these string fields (valid requests, as a form would send them). */
export function formOf(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

export type Outcome =
  | { kind: "value"; value: unknown }
  | { kind: "redirect"; to: string }
  | { kind: "notFound" };

/**
 * What an action did: returned a value, or ended in Next's redirect() or notFound() (thrown
 * errors recognised by their digest). Any other throw is a crash and fails the test.
 */
export async function outcomeOf(what: string, run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { kind: "value", value: await run() };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "notFound" };
    throw new Error(`${what} threw instead of answering: ${(error as Error)?.stack ?? String(error)}`, { cause: error });
  }
}

/** Whether the outcome is a refusal; a refusal must be the typed `{ ok: false, error }` with words in it. */
export function expectTypedRefusal(what: string, outcome: Outcome): boolean {
  if (outcome.kind !== "value") return false;
  const value = outcome.value as { ok?: unknown; error?: unknown } | null | undefined;
  if (value === undefined || value === null || value.ok !== false) return false;
  expect(typeof value.error, `${what}: error must be a string`).toBe("string");
  expect(String(value.error).trim().length, `${what}: error must not be empty`).toBeGreaterThan(0);
  return true;
}

/** Fails when any of `secrets` (another person's ids or text) appears in what was returned. */
export function expectNoLeak(what: string, returned: unknown, secrets: readonly string[]): void {
  const text = typeof returned === "string" ? returned : JSON.stringify(returned ?? null);
  for (const secret of secrets) expect(text.includes(secret), `${what} returned another person's data (${secret.slice(0, 40)})`).toBe(false);
}

/** A short label for a failing input (huge values cut down). */
export function label(value: unknown): string {
  if (value instanceof FormData) return `FormData(${[...value].map(([key, item]) => `${key}=${typeof item === "string" ? JSON.stringify(item.slice(0, 30)) : "<file>"}`).join(", ")})`;
  try {
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === "string" && item.length > 40 ? `${item.slice(0, 40)}…(${item.length})` : item))?.slice(0, 300) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Everything a request carried, as text (to tell an echo of the input from a leak). */
export function requestText(...parts: unknown[]): string {
  return parts
    .map((part) => {
      if (part instanceof FormData) return [...part].map(([key, item]) => `${key}=${typeof item === "string" ? item : ""}`).join("\n");
      if (typeof part === "string") return part;
      try {
        return JSON.stringify(part) ?? "";
      } catch {
        return String(part);
      }
    })
    .join("\n");
}
