/**
 * Every interface text, by language and namespace (one JSON file per part of the app).
 * Japanese is typed against English, so a key missing from Japanese fails the type check;
 * tests/unit/i18n-messages.test.ts also compares the two trees and their placeholders.
 */
import enCommon from "./en/common.json";
import enHome from "./en/home.json";
import enPractice from "./en/practice.json";
import enAccount from "./en/account.json";
import enProblems from "./en/problems.json";
import enTeach from "./en/teach.json";
import enReview from "./en/review.json";
import enLab from "./en/lab.json";
import enSkills from "./en/skills.json";
import enProgress from "./en/progress.json";
import jaCommon from "./ja/common.json";
import jaHome from "./ja/home.json";
import jaPractice from "./ja/practice.json";
import jaAccount from "./ja/account.json";
import jaProblems from "./ja/problems.json";
import jaTeach from "./ja/teach.json";
import jaReview from "./ja/review.json";
import jaLab from "./ja/lab.json";
import jaSkills from "./ja/skills.json";
import jaProgress from "./ja/progress.json";
import type { Locale } from "../locales";

const en = {
  common: enCommon,
  home: enHome,
  practice: enPractice,
  account: enAccount,
  problems: enProblems,
  teach: enTeach,
  review: enReview,
  lab: enLab,
  skills: enSkills,
  progress: enProgress,
};

export type Messages = typeof en;

const ja: Messages = {
  common: jaCommon,
  home: jaHome,
  practice: jaPractice,
  account: jaAccount,
  problems: jaProblems,
  teach: jaTeach,
  review: jaReview,
  lab: jaLab,
  skills: jaSkills,
  progress: jaProgress,
};

export const messages: Record<Locale, Messages> = { en, ja };
