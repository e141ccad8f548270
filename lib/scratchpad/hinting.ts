/**
 * Picking one of a line's graduated hints: every task writes its hint texts least revealing
 * first, and this clamps the level and answers for lines that do not exist.
 */
import { commonPhrases, phrasesFor } from "./phrases";
import type { Hint, Locale } from "./types";

/** Hint `level` (clamped to 1..texts.length) from `texts`, the hints for line `index`. */
export function pickHint(texts: string[], index: number, level: number, locale?: Locale): Hint {
  if (texts.length === 0) {
    const complete = Number.isInteger(index) && index > 0;
    const say = phrasesFor(commonPhrases, locale);
    return { level: 1, text: complete ? say.hintComplete : say.hintNoSuchLine, final: true };
  }
  const clamped = Math.min(Math.max(Number.isFinite(level) ? Math.floor(level) : 1, 1), texts.length);
  return { level: clamped, text: texts[clamped - 1] ?? "", final: clamped === texts.length };
}
