import { getLocale, getTranslations } from "next-intl/server";
import { setLanguage } from "@/app/(account)/actions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/** One button per language; works without JavaScript (a plain form post to a Server Action). */
export async function LanguageSwitcher() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common.language")]);
  return (
    // A form may not be a group (ARIA): the group is inside it.
    <form action={setLanguage}>
      <div role="group" aria-label={t("label")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className={
            option === locale
              ? "rounded px-2 py-1 font-semibold text-indigo-700"
              : "rounded px-2 py-1 text-slate-600 underline hover:text-slate-900"
          }
        >
          {LOCALE_NAMES[option]}
        </button>
      ))}
      </div>
    </form>
  );
}
