/**
 * Judges one typed line against the reference line at the same index: field by field, with
 * one precise sentence and, when the values match a known misconception, a diagnosis.
 *
 * Lenient about whitespace, strict about content: whitespace is removed before anything is
 * compared, and then each part must be exactly the reference's. So `3 * x ** 2 : 48` is
 * right, but `+7` for `7`, `1*x` for `x` or `x**1` for `x` are not: a term is written with
 * its own sign, as FORMATS.md §2 has it, and a positive term has no sign. (The messages
 * say so, and such a term's value is still diagnosed for what it means.) Never throws.
 */
import { explain, field, judgeStructural, noSuchLine, nullFields, verdictOf, type Judgement } from "../judging";
import { capText, collapseWhitespace, removeWhitespace } from "../text";
import { phrasesFor } from "../phrases";
import type { JudgeOptions, Locale, Verdict } from "../types";
import { diagnoseAnswer, diagnoseTerm, polynomialBugsIn, readInteger } from "./bugs";
import { polynomialPhrases, type PolynomialPhrases } from "./phrases";
import { polynomialValue, sumText, termText, termValue, type PolynomialProblem, type Term } from "./problem";
import { readTerm } from "./read-term";
import { CLOSE, referenceLines, type PolynomialLine } from "./target";

/**
 * Judges `line` as line `index` (0-based) of the full reference target, whatever came
 * before. Of the options only the locale matters here: the format has no optional parts.
 */
export function judgeLine(problem: PolynomialProblem, index: number, line: string, options: JudgeOptions = {}): Verdict {
  const lines = referenceLines(problem);
  const reference = Number.isInteger(index) ? lines[index] : undefined;
  if (!reference) return noSuchLine(index, lines.length, line, options.locale);
  const judging: Judging = { say: phrasesFor(polynomialPhrases, options.locale), locale: options.locale };
  return verdictOf(index, reference.text, judgeAs(problem, reference, line, judging), options.locale);
}

/** The locale a line is judged in, and its phrasebook. */
interface Judging {
  say: PolynomialPhrases;
  locale: Locale | undefined;
}

function judgeAs(problem: PolynomialProblem, reference: PolynomialLine, line: string, judging: Judging): Judgement {
  switch (reference.role) {
    case "open":
      return judgeStructural(reference.text, line, judging.locale);
    case "close":
      return judgeClose(problem, line, judging);
    case "term":
      return judgeTerm(problem, reference.index - 1, line, judging);
    case "answer":
      return judgeAnswer(problem, line, judging);
  }
}

function judgeClose(problem: PolynomialProblem, line: string, judging: Judging): Judgement {
  const judgement = judgeStructural(CLOSE, line, judging.locale);
  // A term line here: the student does not know the terms are all done.
  if (!judgement.fields.text?.ok && line.includes(":")) {
    return { ...judgement, sentence: judging.say.closeAllDone(problem.terms.length) };
  }
  return judgement;
}

function judgeTerm(problem: PolynomialProblem, position: number, line: string, judging: Judging): Judgement {
  const { say, locale } = judging;
  const term = problem.terms[position] as Term;
  const { x } = problem;
  const expected = { term: termText(term), value: String(termValue(term, x)) };
  const compact = removeWhitespace(line);
  const colon = compact.indexOf(":");
  if (colon === -1) {
    const closed = compact === CLOSE;
    return {
      fields: nullFields(expected),
      normalized: collapseWhitespace(line),
      sentence: closed ? say.termsLeft(position, expected.term) : say.termShape(expected.term, x, compact.includes("=")),
      diagnosis: closed ? polynomialBugsIn(locale)["term-skipped"] : null,
    };
  }
  const typedTerm = compact.slice(0, colon);
  const typedValue = compact.slice(colon + 1);
  const fields = { term: field(typedTerm, expected.term), value: field(typedValue, expected.value) };
  const sentences = {
    term: termSentence(problem, position, typedTerm, judging),
    value: valueSentence(say, expected.term, x, expected.value, typedValue),
  };
  const wrong = !fields.term.ok || !fields.value.ok;
  return {
    fields,
    normalized: `${typedTerm}: ${typedValue}`,
    sentence: explain(fields, sentences, say.fieldNames, locale) || say.termOk(expected.term, x, expected.value),
    diagnosis: wrong ? diagnoseTerm(problem, position, typedTerm, typedValue, locale) : null,
  };
}

/** Why the typed term is not the one this line is for, as precisely as the typing allows. */
function termSentence(problem: PolynomialProblem, position: number, typed: string, { say, locale }: Judging): string {
  const term = problem.terms[position] as Term;
  const text = termText(term);
  const shown = `\`${capText(typed, 40)}\``;
  if (typed === "") return say.termFirst(text);
  const other = problem.terms.findIndex((t) => termText(t) === typed);
  if (other > position) return say.termComesAfter(position, text, shown);
  if (other >= 0) return say.termCameBefore(position, text, shown);
  if (typed === `+${text}`) return say.termPositive(text);
  const read = readTerm(typed, locale);
  if (!read.ok) return say.termUnreadable(position, text, read.error);
  if (read.value.power === term.power && read.value.coefficient === -term.coefficient) return say.termOwnSign(text, shown);
  if (read.value.power === term.power && read.value.coefficient === term.coefficient) return say.termAsInput(text);
  return say.termOther(position, text);
}

function valueSentence(say: PolynomialPhrases, text: string, x: number, value: string, typed: string): string {
  if (typed === "") return say.valueMissing(text, x, value);
  if (readInteger(typed) === null) return say.valueNotWhole(text, x, value);
  return say.valueWrong(text, x, value, capText(typed, 40));
}

function judgeAnswer(problem: PolynomialProblem, line: string, { say, locale }: Judging): Judgement {
  const typed = removeWhitespace(line);
  const total = polynomialValue(problem);
  const fields = { answer: field(typed, String(total)) };
  const values = problem.terms.map((term) => termValue(term, problem.x));
  const sum = values.length === 1 ? null : sumText(values);
  let sentence = say.answerOk(sum, total);
  if (!fields.answer.ok) {
    sentence =
      readInteger(typed) === null
        ? say.answerNotNumber
        : sum === null
          ? say.answerOneTerm(total)
          : say.answerNotSum(sum, total);
  }
  return {
    fields,
    normalized: typed,
    sentence,
    diagnosis: fields.answer.ok ? null : diagnoseAnswer(problem, typed, locale),
  };
}
