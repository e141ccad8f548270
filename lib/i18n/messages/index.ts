/**
 * Every interface text, by language and namespace (one JSON file per part of the app).
 * Japanese is typed against English, so a key missing from either fails the type check;
 * tests/unit/i18n-messages.test.ts also compares the two trees and their placeholders.
 */
import enCommon from "./en/common.json";
import jaCommon from "./ja/common.json";
import type { Locale } from "../locales";

const en = {
  common: enCommon,
};

export type Messages = typeof en;

const ja: Messages = {
  common: jaCommon,
};

export const messages: Record<Locale, Messages> = { en, ja };
