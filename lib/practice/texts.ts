// use-intl/core: the translator without React, so CLI, benches and model runs can load this.
import { createTranslator } from "use-intl/core";
import { messages } from "../i18n/messages";
import type { Locale } from "../scratchpad/types";

/**
 * The practice namespace's texts in `locale`, for lib code that runs outside a component or
 * a request's next-intl context (pure view builders, model runs, unit tests). Components,
 * pages and actions use next-intl's own hooks and getTranslations instead.
 */
export function practiceTexts(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: "practice" });
}

export type PracticeTexts = ReturnType<typeof practiceTexts>;
