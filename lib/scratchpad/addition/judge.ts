/**
 * Judges one typed line against the reference line at the same index: field by field, with
 * one precise sentence and, when the values match a known misconception, a diagnosis.
 * Lenient about whitespace (see read-line.ts), strict about content. Never throws.
 */
import { phrasesFor } from "../phrases";
import type { FieldVerdict, JudgeOptions, Locale, Verdict } from "../types";
import { collapseWhitespace, removeWhitespace } from "../text";
import { explain as explainFields, field, judgeStructural, noSuchLine, nullFields, verdictOf, type Judgement } from "../judging";
import { diagnoseAnswer, diagnoseColumn, diagnoseFinal } from "./bugs";
import { addends, answerDigits, columns, type Column } from "./columns";
import { additionPhrases, type AdditionPhrases, type Operand } from "./phrases";
import { spaced, type AdditionProblem } from "./problem";
import { readDigitsLine, readOperandLine, type TypedOperandLine } from "./read-line";
import { CLOSE, commentText, formatOperandLine, referenceLines, type AdditionLine } from "./target";

/**
 * Judges `line` as line `index` (0-based) of the full reference target, whatever came
 * before. `strict` (default: true for a model, false for a student) requires the
 * `# added …` comment; without it a comment is optional but checked when present.
 */
export function judgeLine(problem: AdditionProblem, index: number, line: string, options: JudgeOptions = {}): Verdict {
  const strict = options.strict ?? options.actor === "model";
  const lines = referenceLines(problem);
  const reference = Number.isInteger(index) ? lines[index] : undefined;
  if (!reference) return noSuchLine(index, lines.length, line, options.locale);
  const judging: Judging = { say: phrasesFor(additionPhrases, options.locale), locale: options.locale };
  return verdictOf(index, reference.text, judgeAs(problem, reference, line, strict, judging), options.locale);
}

/** The locale a line is judged in, and its phrasebook. */
interface Judging {
  say: AdditionPhrases;
  locale: Locale | undefined;
}

function judgeAs(problem: AdditionProblem, reference: AdditionLine, line: string, strict: boolean, judging: Judging): Judgement {
  switch (reference.role) {
    case "open":
    case "close":
      return judgeStructural(reference.text, line, judging.locale);
    case "start":
      return judgeStart(problem, line, judging);
    case "column": {
      const all = columns(problem);
      // Line 2 is the ones column; the carry two columns back is the start line's 0 at first.
      const place = reference.index - 1;
      return judgeColumn(all[place - 1] as Column, all[place - 3]?.carryOut ?? 0, line, strict, judging);
    }
    case "final":
      return judgeFinal(problem, line, judging);
    case "answer":
      return judgeAnswer(problem, line, judging);
  }
}

/** The fields that are wrong, with the sentence for the first and a pointer to the rest. */
function explain(fields: Record<string, FieldVerdict>, sentences: Record<string, string>, { say, locale }: Judging): string {
  return explainFields(fields, sentences, say.fieldNames, locale);
}

function judgeStart(problem: AdditionProblem, line: string, judging: Judging): Judgement {
  const { say } = judging;
  const typed = readOperandLine(line);
  const expected = { a: spaced(problem.a), b: spaced(problem.b), result: "", carry: "0" };
  if (!typed) {
    return { fields: nullFields(expected), normalized: collapseWhitespace(line), sentence: say.startShape, diagnosis: null };
  }
  const fields: Record<string, FieldVerdict> = {
    a: field(spaced(typed.a), expected.a),
    b: field(spaced(typed.b), expected.b),
    result: field(spaced(typed.result), expected.result),
    carry: field(typed.carry, expected.carry),
  };
  const comment = typedComment(typed);
  if (comment !== null) fields.comment = field(comment, "");
  const sentences = {
    a: say.startA(expected.a),
    b: say.startB(expected.b),
    result: say.startResult,
    carry: say.startCarry,
    comment: say.startComment,
  };
  return {
    fields,
    normalized: formatOperandLine(typed.a, typed.b, typed.result, typed.carry) + (comment ? ` ${comment}` : ""),
    sentence: explain(fields, sentences, judging) || say.startOk,
    diagnosis: null,
  };
}

function judgeColumn(column: Column, carryTwoBack: number, line: string, strict: boolean, judging: Judging): Judgement {
  const { say } = judging;
  const typed = readOperandLine(line);
  const comment = `# ${commentText(column)}`;
  const expected = {
    a: spaced(column.aLeft),
    b: spaced(column.bLeft),
    result: spaced(column.result),
    carry: String(column.carryOut),
    comment,
  };
  const arithmetic = `${addends(column)} = ${column.sum}`;
  if (!typed) {
    const shape = strict ? "`2 + 5 , 6 C: 1 # added 9 + 7 = 6 carry 1`" : "`2 + 5 , 6 C: 1`";
    return { fields: nullFields(expected), normalized: collapseWhitespace(line), sentence: say.columnShape(shape), diagnosis: null };
  }
  const typedText = typedComment(typed);
  const fields = {
    a: field(spaced(typed.a), expected.a),
    b: field(spaced(typed.b), expected.b),
    result: field(spaced(typed.result), expected.result),
    carry: field(typed.carry, expected.carry),
    comment: typedText === null && !strict ? { ok: true, got: null, expected: comment } : field(typedText, comment),
  };
  const sentences = {
    a: leftSentence(say, "a", column.aLeft, column.x, column.aBefore),
    b: leftSentence(say, "b", column.bLeft, column.y, column.bBefore),
    result: resultSentence(say, column, typed.result, arithmetic),
    carry: say.columnCarry(column.carryOut, arithmetic),
    comment: typedText === null ? say.commentMissing(comment) : say.commentWrong(comment),
  };
  const wrong = Object.values(fields).some((verdict) => !verdict.ok);
  return {
    fields,
    normalized: formatOperandLine(typed.a, typed.b, typed.result, typed.carry) + (typedText ? ` ${typedText}` : ""),
    sentence: explain(fields, sentences, judging) || say.columnOk(arithmetic, column.digit, column.carryOut),
    diagnosis: wrong ? diagnoseColumn(column, carryTwoBack, typed, judging.locale) : null,
  };
}

function leftSentence(say: AdditionPhrases, name: Operand, left: string, used: number, before: string): string {
  if (left !== "") return say.digitsLeft(name, spaced(left), used);
  return before === "" ? say.alreadyUsedUp(name) : say.noDigitsLeft(name);
}

function resultSentence(say: AdditionPhrases, column: Column, typed: string, arithmetic: string): string {
  const onlyNewDigitWrong = typed.length === column.result.length && typed.slice(1) === column.resultBefore;
  if (onlyNewDigitWrong) return say.newDigit(column.digit, arithmetic, column.sum >= 10);
  if (column.resultBefore === "") return say.firstColumn(column.digit);
  return say.resultInFront(spaced(column.result), column.digit, spaced(column.resultBefore));
}

/** The typed comment, canonically spaced, or null when there is none. */
function typedComment(typed: TypedOperandLine): string | null {
  const { comment } = typed;
  if (comment.kind === "none") return null;
  if (comment.kind === "unreadable") return `# ${comment.text}`.trimEnd();
  const { x, y, z, digit, carry } = comment.value;
  return `# added ${x} + ${y}${z === null ? "" : ` + ${z}`} = ${digit} carry ${carry}`;
}

function finalParts(problem: AdditionProblem): { carry: number; result: string } {
  const last = columns(problem).at(-1);
  return { carry: last?.carryOut ?? 0, result: last?.result ?? "" };
}

function judgeFinal(problem: AdditionProblem, line: string, judging: Judging): Judgement {
  const { say } = judging;
  const final = finalParts(problem);
  const expected = { carry: String(final.carry), result: spaced(final.result) };
  const typed = readDigitsLine(line);
  const closeTyped = removeWhitespace(line) === CLOSE;
  const diagnosis = diagnoseFinal(final, typed, closeTyped, judging.locale);
  if (typed === null) {
    return {
      fields: nullFields(expected),
      normalized: collapseWhitespace(line),
      sentence: closeTyped ? say.finalBeforeClose : say.finalShape,
      diagnosis,
    };
  }
  const fields = {
    carry: field(typed.slice(0, 1), expected.carry),
    result: field(spaced(typed.slice(1)), expected.result),
  };
  const sentences = { carry: say.finalCarry(final.carry), result: say.finalResult(expected.result) };
  return {
    fields,
    normalized: spaced(typed),
    sentence: explain(fields, sentences, judging) || say.finalOk(final.carry),
    diagnosis,
  };
}

function judgeAnswer(problem: AdditionProblem, line: string, judging: Judging): Judgement {
  const { say } = judging;
  const final = finalParts(problem);
  const answer = answerDigits(problem);
  const typed = readDigitsLine(line);
  const fields = { answer: field(typed === null ? null : spaced(typed), spaced(answer)) };
  const wrong =
    typed === null
      ? say.answerShape
      : final.carry === 1
        ? say.answerWithCarry(spaced(answer))
        : say.answerWithoutZero(spaced(answer));
  return {
    fields,
    normalized: typed === null ? collapseWhitespace(line) : spaced(typed),
    sentence: typed === answer ? say.answerOk(problem.a, problem.b, answer) : wrong,
    diagnosis: typed === null || typed === answer ? null : diagnoseAnswer(final, answer, typed, judging.locale),
  };
}
