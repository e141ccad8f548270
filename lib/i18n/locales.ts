/**
 * Which language a request gets: the visitor's own choice (a cookie set by the language
 * switcher) first, then the browser's Accept-Language, then English. Pure, so it is tested
 * without a server.
 */
import { LOCALES, type Locale } from "@/lib/scratchpad/types";

export { LOCALES, type Locale };
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "locale";
/** A year: the choice outlives the browser session. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ja: "日本語" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Languages from an Accept-Language header, most preferred first (q=0 means "not this"). */
function acceptedLanguages(header: string): string[] {
  return header
    .split(",")
    .slice(0, 32)
    .map((part, position) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      const quality = q === undefined ? 1 : Number(q);
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, position };
    })
    .filter((entry) => entry.tag !== "" && entry.quality > 0)
    .sort((x, y) => y.quality - x.quality || x.position - y.position)
    .map((entry) => entry.tag);
}

export function negotiateLocale(choice: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(choice)) return choice;
  for (const tag of acceptedLanguages(acceptLanguage ?? "")) {
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}
