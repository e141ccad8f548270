/**
 * The parts of a line judge every task shares: field verdicts, the one-sentence message,
 * structural lines and out-of-range indexes. A task judges the content; these keep the
 * verdicts of all tasks the same shape and equally safe with hostile input.
 */
import { commonPhrases, phrasesFor } from "./phrases";
import { capText, collapseWhitespace, removeWhitespace } from "./text";
import type { Diagnosis, FieldVerdict, Locale, Verdict } from "./types";

/** Caps, so a megabyte-long line never comes back in a verdict. */
const NORMALIZED_MAX = 500;
const GOT_MAX = 200;

/** A task's judgement of one line; `verdictOf` turns it into the Verdict. */
export interface Judgement {
  fields: Record<string, FieldVerdict>;
  normalized: string;
  /**
   * The sentence that follows "Correct" or "Not quite", in the judgement's locale, or "" for
   * none (then the message is just "Correct." or "Not quite.").
   */
  sentence: string;
  diagnosis: Diagnosis | null;
}

/** The verdict on line `index`: right when every field is, and only a wrong line is diagnosed. */
export function verdictOf(index: number, expected: string, judgement: Judgement, locale?: Locale): Verdict {
  const ok = Object.values(judgement.fields).every((field) => field.ok);
  return {
    index,
    ok,
    expected,
    normalized: capText(judgement.normalized, NORMALIZED_MAX),
    fields: judgement.fields,
    message: phrasesFor(commonPhrases, locale).verdict(ok, judgement.sentence),
    diagnosis: ok ? null : judgement.diagnosis,
  };
}

/** The verdict for an index that is no line of the target (past the end, negative, not an integer). */
export function noSuchLine(index: number, count: number, line: string, locale?: Locale): Verdict {
  const beyond = Number.isInteger(index) && index >= count;
  const say = phrasesFor(commonPhrases, locale);
  return {
    index,
    ok: false,
    expected: "",
    normalized: capText(collapseWhitespace(line), NORMALIZED_MAX),
    fields: {},
    message: say.verdict(false, beyond ? say.complete(count, index) : say.noLineAt(index, count)),
    diagnosis: null,
  };
}

export function field(got: string | null, expected: string): FieldVerdict {
  return { ok: got === expected, got: got === null ? null : capText(got, GOT_MAX), expected };
}

/** Every field unread: for a line that does not have the shape of the line expected. */
export function nullFields(expected: Record<string, string>): Record<string, FieldVerdict> {
  return Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, field(null, value)]));
}

/**
 * The sentence for the first wrong field and a pointer to the rest (named by `names`), or ""
 * when all are right: one thing to fix at a time, without hiding that there is more.
 */
export function explain(
  fields: Record<string, FieldVerdict>,
  sentences: Record<string, string>,
  names: Record<string, string>,
  locale?: Locale,
): string {
  const wrong = Object.keys(fields).filter((key) => !fields[key]?.ok);
  const [first, ...others] = wrong;
  if (first === undefined) return "";
  const say = phrasesFor(commonPhrases, locale);
  return say.alsoCheck(sentences[first] ?? "", others.map((key) => names[key] ?? key));
}

/** `<scratch>` and `</scratch>`: nothing to them but their text. */
export function judgeStructural(expected: string, line: string, locale?: Locale): Judgement {
  const got = removeWhitespace(line);
  return {
    fields: { text: field(got, expected) },
    normalized: got,
    sentence: got === expected ? "" : phrasesFor(commonPhrases, locale).structural(expected),
    diagnosis: null,
  };
}
