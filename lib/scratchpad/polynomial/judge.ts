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
import type { JudgeOptions, Verdict } from "../types";
import { diagnoseAnswer, diagnoseTerm, polynomialBugs, readInteger } from "./bugs";
import { ordinal, polynomialValue, sumText, termText, termValue, type PolynomialProblem, type Term } from "./problem";
import { readTerm } from "./read-term";
import { CLOSE, referenceLines, type PolynomialLine } from "./target";

const FIELD_NAMES: Record<string, string> = { term: "the term", value: "the value", answer: "the answer" };

/**
 * Judges `line` as line `index` (0-based) of the full reference target, whatever came
 * before. The options change nothing here: the format has no optional parts.
 */
export function judgeLine(problem: PolynomialProblem, index: number, line: string, _options: JudgeOptions = {}): Verdict {
  const lines = referenceLines(problem);
  const reference = Number.isInteger(index) ? lines[index] : undefined;
  if (!reference) return noSuchLine(index, lines.length, line);
  return verdictOf(index, reference.text, judgeAs(problem, reference, line));
}

function judgeAs(problem: PolynomialProblem, reference: PolynomialLine, line: string): Judgement {
  switch (reference.role) {
    case "open":
      return judgeStructural(reference.text, line);
    case "close":
      return judgeClose(problem, line);
    case "term":
      return judgeTerm(problem, reference.index - 1, line);
    case "answer":
      return judgeAnswer(problem, line);
  }
}

function judgeClose(problem: PolynomialProblem, line: string): Judgement {
  const judgement = judgeStructural(CLOSE, line);
  // A term line here: the student does not know the terms are all done.
  if (!judgement.fields.text?.ok && line.includes(":")) {
    const count = problem.terms.length;
    const all = count === 1 ? "the polynomial has one term, and it is done" : `all ${count} terms are done`;
    return { ...judgement, message: `: ${all}: close the scratchpad with \`${CLOSE}\`.` };
  }
  return judgement;
}

function judgeTerm(problem: PolynomialProblem, position: number, line: string): Judgement {
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
      message: closed
        ? `: there are terms still to do: this line is for the ${ordinal(position)} term, \`${expected.term}\`.`
        : `: a term line is the term, \`:\`, then its value${compact.includes("=") ? " (a colon, not `=`)" : ""}: \`${expected.term}:\` followed by its value at x = ${x}.`,
      diagnosis: closed ? polynomialBugs["term-skipped"] : null,
    };
  }
  const typedTerm = compact.slice(0, colon);
  const typedValue = compact.slice(colon + 1);
  const fields = { term: field(typedTerm, expected.term), value: field(typedValue, expected.value) };
  const sentences = {
    term: termSentence(problem, position, typedTerm),
    value: valueSentence(expected.term, x, expected.value, typedValue),
  };
  const wrong = !fields.term.ok || !fields.value.ok;
  return {
    fields,
    normalized: `${typedTerm}: ${typedValue}`,
    message: explain(fields, sentences, FIELD_NAMES) || `: ${expected.term} at x = ${x} is ${expected.value}.`,
    diagnosis: wrong ? diagnoseTerm(problem, position, typedTerm, typedValue) : null,
  };
}

/** Why the typed term is not the one this line is for, as precisely as the typing allows. */
function termSentence(problem: PolynomialProblem, position: number, typed: string): string {
  const term = problem.terms[position] as Term;
  const text = termText(term);
  const shown = `\`${capText(typed, 40)}\``;
  const here = `this line is for the ${ordinal(position)} term, \`${text}\``;
  if (typed === "") return `the line starts with the term, \`${text}\`, then \`:\` and its value.`;
  const other = problem.terms.findIndex((t) => termText(t) === typed);
  if (other > position) return `${here}; ${shown} comes after it.`;
  if (other >= 0) return `${here}; ${shown} came before it.`;
  if (typed === `+${text}`) return `a positive term is written without a sign: \`${text}\`.`;
  const read = readTerm(typed);
  if (!read.ok) return `${here}. ${read.error}`;
  if (read.value.power === term.power && read.value.coefficient === -term.coefficient) {
    return `the term keeps its own sign: \`${text}\`, not ${shown}.`;
  }
  if (read.value.power === term.power && read.value.coefficient === term.coefficient) {
    return `write the term as the input does: \`${text}\` (a coefficient 1 and a power 1 are not written).`;
  }
  return `${here}.`;
}

function valueSentence(text: string, x: number, value: string, typed: string): string {
  if (typed === "") return `after the \`:\` comes the value: ${text} at x = ${x} is ${value}.`;
  if (readInteger(typed) === null) return `the value is a whole number: ${text} at x = ${x} is ${value}.`;
  return `${text} at x = ${x} is ${value}, not ${capText(typed, 40)}.`;
}

function judgeAnswer(problem: PolynomialProblem, line: string): Judgement {
  const typed = removeWhitespace(line);
  const total = polynomialValue(problem);
  const fields = { answer: field(typed, String(total)) };
  const values = problem.terms.map((term) => termValue(term, problem.x));
  const sum = values.length === 1 ? `the only term's value is ${total}` : `${sumText(values)} = ${total}`;
  let message = `: ${sum}.`;
  if (!fields.answer.ok) {
    message =
      readInteger(typed) === null
        ? ": the last line is the value of the polynomial alone, a whole number."
        : values.length === 1
          ? `: with one term, the answer is that term's value, ${total}.`
          : `: the answer is the sum of the term values: ${sumText(values)} = ${total}.`;
  }
  return {
    fields,
    normalized: typed,
    message,
    diagnosis: fields.answer.ok ? null : diagnoseAnswer(problem, typed),
  };
}
