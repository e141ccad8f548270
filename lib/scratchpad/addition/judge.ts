/**
 * Judges one typed line against the reference line at the same index: field by field, with
 * one precise sentence and, when the values match a known misconception, a diagnosis.
 * Lenient about whitespace (see read-line.ts), strict about content. Never throws.
 */
import type { FieldVerdict, JudgeOptions, Verdict } from "../types";
import { collapseWhitespace, removeWhitespace } from "../text";
import { explain as explainFields, field, judgeStructural, noSuchLine, nullFields, verdictOf, type Judgement } from "../judging";
import { diagnoseAnswer, diagnoseColumn, diagnoseFinal } from "./bugs";
import { addends, answerDigits, columns, type Column } from "./columns";
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
  if (!reference) return noSuchLine(index, lines.length, line);
  return verdictOf(index, reference.text, judgeAs(problem, reference, line, strict));
}

function judgeAs(problem: AdditionProblem, reference: AdditionLine, line: string, strict: boolean): Judgement {
  switch (reference.role) {
    case "open":
    case "close":
      return judgeStructural(reference.text, line);
    case "start":
      return judgeStart(problem, line);
    case "column": {
      const all = columns(problem);
      // Line 2 is the ones column; the carry two columns back is the start line's 0 at first.
      const place = reference.index - 1;
      return judgeColumn(all[place - 1] as Column, all[place - 3]?.carryOut ?? 0, line, strict);
    }
    case "final":
      return judgeFinal(problem, line);
    case "answer":
      return judgeAnswer(problem, line);
  }
}

const FIELD_NAMES: Record<string, string> = {
  a: "the digits of a",
  b: "the digits of b",
  result: "the result",
  carry: "the carry",
  comment: "the comment",
};

/** The fields that are wrong, with the sentence for the first and a pointer to the rest. */
function explain(fields: Record<string, FieldVerdict>, sentences: Record<string, string>): string {
  return explainFields(fields, sentences, FIELD_NAMES);
}

function judgeStart(problem: AdditionProblem, line: string): Judgement {
  const typed = readOperandLine(line);
  const expected = { a: spaced(problem.a), b: spaced(problem.b), result: "", carry: "0" };
  if (!typed) {
    return {
      fields: nullFields(expected),
      normalized: collapseWhitespace(line),
      message: ": the first line copies the problem, like `2 9 + 5 7 , C: 0`: all of a, `+`, all of b, then `, C: 0`.",
      diagnosis: null,
    };
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
    a: `the first line starts with all of a: \`${expected.a}\`.`,
    b: `after the \`+\` comes all of b: \`${expected.b}\`.`,
    result: "nothing has been added yet, so nothing goes between `,` and `C:`.",
    carry: "no carry has been made yet, so the line ends with `C: 0`.",
    comment: "the first line has no `#` comment; comments start on the next line.",
  };
  return {
    fields,
    normalized: formatOperandLine(typed.a, typed.b, typed.result, typed.carry) + (comment ? ` ${comment}` : ""),
    message: explain(fields, sentences) || ": both numbers are copied and the carry starts at 0.",
    diagnosis: null,
  };
}

function judgeColumn(column: Column, carryTwoBack: number, line: string, strict: boolean): Judgement {
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
    return {
      fields: nullFields(expected),
      normalized: collapseWhitespace(line),
      message: `: a column line looks like ${shape}.`,
      diagnosis: null,
    };
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
    a: leftSentence("a", column.aLeft, column.x, column.aBefore),
    b: leftSentence("b", column.bLeft, column.y, column.bBefore),
    result: resultSentence(column, typed.result, arithmetic),
    carry: `the carry should be ${column.carryOut} because ${arithmetic}.`,
    comment: typedText === null ? `end the line with the comment \`${comment}\`.` : `the comment should read \`${comment}\`.`,
  };
  const wrong = Object.values(fields).some((verdict) => !verdict.ok);
  return {
    fields,
    normalized: formatOperandLine(typed.a, typed.b, typed.result, typed.carry) + (typedText ? ` ${typedText}` : ""),
    message:
      explain(fields, sentences) || `: ${arithmetic}, so write ${column.digit} and carry ${column.carryOut}.`,
    diagnosis: wrong ? diagnoseColumn(column, carryTwoBack, typed) : null,
  };
}

function leftSentence(name: string, left: string, used: number, before: string): string {
  if (left !== "") return `after this column ${name} has \`${spaced(left)}\` left: its last digit, ${used}, is used up here.`;
  return before === ""
    ? `${name} was already used up, so nothing of it is left to write.`
    : `${name} has no digits left after this column, so nothing of it is written.`;
}

function resultSentence(column: Column, typed: string, arithmetic: string): string {
  const onlyNewDigitWrong = typed.length === column.result.length && typed.slice(1) === column.resultBefore;
  if (onlyNewDigitWrong) {
    const onesOnly = column.sum >= 10 ? ", and only its ones digit is written" : "";
    return `the new result digit should be ${column.digit} because ${arithmetic}${onesOnly}.`;
  }
  if (column.resultBefore === "") return `this is the first column, so the result is just its digit, ${column.digit}.`;
  return `the result should be \`${spaced(column.result)}\`: the new digit ${column.digit} goes in front of the digits already there (\`${spaced(column.resultBefore)}\`).`;
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

function judgeFinal(problem: AdditionProblem, line: string): Judgement {
  const final = finalParts(problem);
  const expected = { carry: String(final.carry), result: spaced(final.result) };
  const typed = readDigitsLine(line);
  const closeTyped = removeWhitespace(line) === CLOSE;
  const diagnosis = diagnoseFinal(final, typed, closeTyped);
  if (typed === null) {
    return {
      fields: nullFields(expected),
      normalized: collapseWhitespace(line),
      message: closeTyped
        ? ": before `</scratch>` comes the final line: the last carry, then all the result digits."
        : ": the final line is only digits, like `0 8 6`: the last carry, then all the result digits.",
      diagnosis,
    };
  }
  const fields = {
    carry: field(typed.slice(0, 1), expected.carry),
    result: field(spaced(typed.slice(1)), expected.result),
  };
  const sentences = {
    carry: `the final line starts with the last carry, ${final.carry} (the C: of the last column line), then all the result digits.`,
    result: `after the last carry come all the result digits, \`${expected.result}\`.`,
  };
  return {
    fields,
    normalized: spaced(typed),
    message: explain(fields, sentences) || `: the last carry, ${final.carry}, then all the result digits.`,
    diagnosis,
  };
}

function judgeAnswer(problem: AdditionProblem, line: string): Judgement {
  const final = finalParts(problem);
  const answer = answerDigits(problem);
  const typed = readDigitsLine(line);
  const fields = { answer: field(typed === null ? null : spaced(typed), spaced(answer)) };
  const wrong = typed === null ? ": the answer is only digits, like `8 6`." : `: ${answerSentence(final.carry, answer)}`;
  return {
    fields,
    normalized: typed === null ? collapseWhitespace(line) : spaced(typed),
    message: typed === answer ? `: ${problem.a} + ${problem.b} = ${answer}.` : wrong,
    diagnosis: typed === null || typed === answer ? null : diagnoseAnswer(final, answer, typed),
  };
}

function answerSentence(carry: number, answer: string): string {
  return carry === 1
    ? `the answer is all the digits of the final line, the leading 1 included: \`${spaced(answer)}\`.`
    : `the answer is the final line without its leading 0: \`${spaced(answer)}\`.`;
}
