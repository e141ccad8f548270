/**
 * The sentences every task shares (judging.ts, hinting.ts), in each locale. Each task keeps
 * its own phrasebook next to it (addition/phrases.ts, …) typed the same way: one object per
 * locale, so a sentence missing from a language is a type error. Scratchpad lines, code and
 * anything else in backquotes are never translated: they are what the student types.
 */
import type { Locale } from "./types";

/**
 * The phrasebook of `locale` from `book`, or the English one for anything else: a locale
 * can come from a cookie or a stored option, so an unknown one never throws.
 */
export function phrasesFor<T>(book: Record<Locale, T>, locale: unknown): T {
  return typeof locale === "string" && Object.hasOwn(book, locale) ? book[locale as Locale] : book.en;
}

export interface CommonPhrases {
  /** The verdict's message: "Correct" or "Not quite", then the judge's sentence ("" for none). */
  verdict(ok: boolean, sentence: string): string;
  /** An index (0-based) past the end of a scratchpad of `count` lines. */
  complete(count: number, index: number): string;
  /** An index that is no line (negative, not an integer). */
  noLineAt(index: number, count: number): string;
  /** The first wrong field's sentence, and the names of the other wrong fields (maybe none). */
  alsoCheck(sentence: string, others: string[]): string;
  /** `<scratch>`, `</scratch>` typed wrong. */
  structural(expected: string): string;
  hintComplete: string;
  hintNoSuchLine: string;
}

const EN_LIST = new Intl.ListFormat("en", { type: "conjunction" });
const JA_LIST = new Intl.ListFormat("ja", { type: "conjunction" });

const en: CommonPhrases = {
  verdict: (ok, sentence) => `${ok ? "Correct" : "Not quite"}${sentence === "" ? "." : `: ${sentence}`}`,
  complete: (count, index) => `the scratchpad is already complete (${count} lines), so there is no line ${index + 1}.`,
  noLineAt: (index, count) => `there is no line at index ${index}; the lines are numbered 0 to ${count - 1}.`,
  alsoCheck: (sentence, others) => (others.length === 0 ? sentence : `${sentence} Also check ${EN_LIST.format(others)}.`),
  structural: (expected) => `this line should be \`${expected}\`.`,
  hintComplete: "The scratchpad is complete: there is no next line.",
  hintNoSuchLine: "There is no such line.",
};

const ja: CommonPhrases = {
  verdict: (ok, sentence) => `${ok ? "正解です。" : "もう少しです。"}${sentence}`,
  complete: (count, index) => `スクラッチパッドはもう完成しています（全 ${count} 行）。${index + 1} 行目はありません。`,
  noLineAt: (index, count) => `番号 ${index} の行はありません。行の番号は 0 から ${count - 1} までです。`,
  alsoCheck: (sentence, others) => (others.length === 0 ? sentence : `${sentence}${JA_LIST.format(others)}も確かめましょう。`),
  structural: (expected) => `この行は \`${expected}\` です。`,
  hintComplete: "スクラッチパッドは完成しています。次の行はありません。",
  hintNoSuchLine: "そのような行はありません。",
};

export const commonPhrases: Record<Locale, CommonPhrases> = { en, ja };
