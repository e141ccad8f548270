/**
 * Every sentence of the addition task (judge, hints, bug library, input errors), in each
 * locale. Values come in already written the way the scratchpad writes them (`2 9` spaced
 * digit groups, `9 + 7 + 1` addends); scratchpad text stays in backquotes, untranslated.
 */
import type { Locale } from "../types";
import type { BugId } from "./bugs";

/** A bug's name for instructors and its explanation for the student. */
export interface BugText {
  title: string;
  explanation: string;
}

/** Which operand a sentence is about: "a" or "b". */
export type Operand = "a" | "b";

export interface AdditionPhrases {
  /** Names of the fields, for "Also check …". */
  fieldNames: Record<"a" | "b" | "result" | "carry" | "comment", string>;

  // The start line.
  startShape: string;
  startA(a: string): string;
  startB(b: string): string;
  startResult: string;
  startCarry: string;
  startComment: string;
  startOk: string;

  // A column line. `arithmetic` is "9 + 7 = 16"; `spaced` values are spaced digit groups.
  columnShape(shape: string): string;
  columnCarry(carry: number, arithmetic: string): string;
  commentMissing(comment: string): string;
  commentWrong(comment: string): string;
  columnOk(arithmetic: string, digit: number, carry: number): string;
  digitsLeft(name: Operand, left: string, used: number): string;
  alreadyUsedUp(name: Operand): string;
  noDigitsLeft(name: Operand): string;
  newDigit(digit: number, arithmetic: string, onesOnly: boolean): string;
  firstColumn(digit: number): string;
  resultInFront(result: string, digit: number, before: string): string;

  // The final line.
  finalBeforeClose: string;
  finalShape: string;
  finalCarry(carry: number): string;
  finalResult(result: string): string;
  finalOk(carry: number): string;

  // The answer.
  answerShape: string;
  answerOk(a: string, b: string, answer: string): string;
  answerWithCarry(answer: string): string;
  answerWithoutZero(answer: string): string;

  // Hints.
  write(line: string): string;
  hintOpen: string;
  hintClose: string;
  hintStart: string;
  hintFinal: string;
  hintFinalValues(carry: number, result: string): string;
  hintAnswerWithCarry: string;
  hintAnswerWithoutZero: string;
  hintAnswerSum(a: string, b: string, answer: string): string;
  /** "Look at the tens column: 2 + 5, plus the carry 1 coming in." (`place` 1 is the ones). */
  hintPointer(column: { place: number; x: number; y: number; carryIn: number; aUsedUp: boolean; bUsedUp: boolean }): string;
  hintArithmetic(addends: string, sum: number, digit: number, carry: number): string;
  /** "the ones column", … (`place` 1 is the ones). */
  placeName(place: number): string;

  // Errors in the problem's input text. `char` is already described (describeChar).
  inputEmpty: string;
  inputStray(char: string): string;
  inputPlus: string;
  operandEmpty(name: Operand): string;
  operandTooLong(name: Operand, digits: number, max: number): string;
  operandLeadingZero(name: Operand): string;

  bugs: Record<BugId, BugText>;
}

const EN_SHAPE = "write the digits of a, then `+`, then the digits of b, e.g. `2 9 + 5 7`";
const EN_OPERAND: Record<Operand, string> = { a: "The first number, a,", b: "The second number, b," };
const EN_PLACES = ["the ones column", "the tens column", "the hundreds column", "the thousands column"];

const en: AdditionPhrases = {
  fieldNames: { a: "the digits of a", b: "the digits of b", result: "the result", carry: "the carry", comment: "the comment" },

  startShape: "the first line copies the problem, like `2 9 + 5 7 , C: 0`: all of a, `+`, all of b, then `, C: 0`.",
  startA: (a) => `the first line starts with all of a: \`${a}\`.`,
  startB: (b) => `after the \`+\` comes all of b: \`${b}\`.`,
  startResult: "nothing has been added yet, so nothing goes between `,` and `C:`.",
  startCarry: "no carry has been made yet, so the line ends with `C: 0`.",
  startComment: "the first line has no `#` comment; comments start on the next line.",
  startOk: "both numbers are copied and the carry starts at 0.",

  columnShape: (shape) => `a column line looks like ${shape}.`,
  columnCarry: (carry, arithmetic) => `the carry should be ${carry} because ${arithmetic}.`,
  commentMissing: (comment) => `end the line with the comment \`${comment}\`.`,
  commentWrong: (comment) => `the comment should read \`${comment}\`.`,
  columnOk: (arithmetic, digit, carry) => `${arithmetic}, so write ${digit} and carry ${carry}.`,
  digitsLeft: (name, left, used) => `after this column ${name} has \`${left}\` left: its last digit, ${used}, is used up here.`,
  alreadyUsedUp: (name) => `${name} was already used up, so nothing of it is left to write.`,
  noDigitsLeft: (name) => `${name} has no digits left after this column, so nothing of it is written.`,
  newDigit: (digit, arithmetic, onesOnly) =>
    `the new result digit should be ${digit} because ${arithmetic}${onesOnly ? ", and only its ones digit is written" : ""}.`,
  firstColumn: (digit) => `this is the first column, so the result is just its digit, ${digit}.`,
  resultInFront: (result, digit, before) =>
    `the result should be \`${result}\`: the new digit ${digit} goes in front of the digits already there (\`${before}\`).`,

  finalBeforeClose: "before `</scratch>` comes the final line: the last carry, then all the result digits.",
  finalShape: "the final line is only digits, like `0 8 6`: the last carry, then all the result digits.",
  finalCarry: (carry) =>
    `the final line starts with the last carry, ${carry} (the C: of the last column line), then all the result digits.`,
  finalResult: (result) => `after the last carry come all the result digits, \`${result}\`.`,
  finalOk: (carry) => `the last carry, ${carry}, then all the result digits.`,

  answerShape: "the answer is only digits, like `8 6`.",
  answerOk: (a, b, answer) => `${a} + ${b} = ${answer}.`,
  answerWithCarry: (answer) => `the answer is all the digits of the final line, the leading 1 included: \`${answer}\`.`,
  answerWithoutZero: (answer) => `the answer is the final line without its leading 0: \`${answer}\`.`,

  write: (line) => `Write \`${line}\`.`,
  hintOpen: "Write `<scratch>` to open the scratchpad.",
  hintClose: "All columns are done: write `</scratch>` to close the scratchpad.",
  hintStart: "Copy the problem: all of a, `+`, all of b, then `,` with no result yet, and the carry `C: 0`.",
  hintFinal: "All columns are added: write the last carry, then every result digit.",
  hintFinalValues: (carry, result) => `The last carry is ${carry} and the result digits are \`${result}\`.`,
  hintAnswerWithCarry: "Read the answer off the final line: all of its digits, the leading 1 included.",
  hintAnswerWithoutZero: "Read the answer off the final line: its digits without the leading 0.",
  hintAnswerSum: (a, b, answer) => `${a} + ${b} = ${answer}.`,
  hintPointer: ({ place, x, y, carryIn, aUsedUp, bUsedUp }) => {
    const usedUp = [
      aUsedUp ? "a has no digits left, so use 0 for it" : "",
      bUsedUp ? "b has no digits left, so use 0 for it" : "",
    ].filter(Boolean);
    const note = usedUp.length > 0 ? ` (${usedUp.join("; ")})` : "";
    const carry = place === 1 ? "" : carryIn === 1 ? ", plus the carry 1 coming in" : "; the carry coming in is 0";
    return `Look at ${en.placeName(place)}: ${x} + ${y}${note}${carry}.`;
  },
  hintArithmetic: (addends, sum, digit, carry) => `${addends} = ${sum}: write ${digit}, carry ${carry}.`,
  placeName: (place) => EN_PLACES[place - 1] ?? `column ${place} from the right`,

  inputEmpty: `The input is empty: ${EN_SHAPE}.`,
  inputStray: (char) => `The input may contain only digits, spaces and one \`+\`, but it contains ${char}: ${EN_SHAPE}.`,
  inputPlus: `The input needs exactly one \`+\` between the two numbers: ${EN_SHAPE}.`,
  operandEmpty: (name) => `${EN_OPERAND[name]} is empty: ${EN_SHAPE}.`,
  operandTooLong: (name, digits, max) => `${EN_OPERAND[name]} has ${digits} digits; at most ${max} digits per number are allowed.`,
  operandLeadingZero: (name) =>
    `${EN_OPERAND[name]} has a leading zero: write numbers without leading zeros (zero itself is \`0\`).`,

  bugs: {
    "carry-dropped": {
      title: "Carry dropped",
      explanation:
        "The carry coming in from the column to the right was left out. When the line above says C: 1, this column adds its two digits plus 1.",
    },
    "carry-invented": {
      title: "Carry invented",
      explanation:
        "A carry of 1 was added although the column to the right made no carry (the line above says C: 0). Add 1 only when the line above says C: 1.",
    },
    "carry-two-back": {
      title: "Carry from two columns back",
      explanation:
        "The carry used here came from two columns back. The carry coming in is always the C: on the line directly above.",
    },
    "carry-as-digit": {
      title: "Tens written as the digit",
      explanation:
        "The column's sum is 10 or more, and its tens digit was written as the result digit. Write the ones digit of the sum (16 → 6) and carry the tens (1).",
    },
    "digit-carry-swapped": {
      title: "Digit and carry swapped",
      explanation:
        "The result digit and the carry were swapped. Of a sum like 16, the ones digit (6) goes into the result and the tens digit (1) is the carry.",
    },
    "whole-sum-written": {
      title: "Whole sum written",
      explanation:
        "The whole two-digit sum was written into the result. Only its ones digit goes into the result; its tens digit is carried to the next column.",
    },
    "wrong-column": {
      title: "Wrong column",
      explanation:
        "Digits from the wrong column were used. Each line adds the last (rightmost) remaining digit of each number, and crosses off exactly those digits.",
    },
    "result-order-reversed": {
      title: "Result digits in reverse order",
      explanation:
        "A new digit was put at the end of the result. The columns go right to left, so each new digit goes in front of the digits already written.",
    },
    "final-carry-missing": {
      title: "Final carry missing",
      explanation:
        "The final line was skipped or written without the last carry. After the last column comes a line with the last carry (the C: of the last column line) followed by all the result digits.",
    },
    "leading-zero-kept": {
      title: "Leading zero kept",
      explanation:
        "The answer kept the 0 carry in front. A number is written without leading zeros, so a leading 0 of the final line is dropped in the answer.",
    },
  },
};

const JA_SHAPE = "a の数字、`+`、b の数字の順に、`2 9 + 5 7` のように書いてください";
const JA_OPERAND: Record<Operand, string> = { a: "1 つ目の数 a", b: "2 つ目の数 b" };
const JA_PLACES = ["一の位", "十の位", "百の位", "千の位", "一万の位", "十万の位", "百万の位", "千万の位"];

const ja: AdditionPhrases = {
  fieldNames: { a: "a の数字", b: "b の数字", result: "結果", carry: "繰り上がり", comment: "コメント" },

  startShape:
    "最初の行には問題を写します。`2 9 + 5 7 , C: 0` のように、a の数字すべて、`+`、b の数字すべて、そして `, C: 0` と書きます。",
  startA: (a) => `最初の行は a の数字すべて \`${a}\` から始まります。`,
  startB: (b) => `\`+\` の後には b の数字すべて \`${b}\` を書きます。`,
  startResult: "まだ何も足していないので、`,` と `C:` の間には何も書きません。",
  startCarry: "まだ繰り上がりはないので、行は `C: 0` で終わります。",
  startComment: "最初の行には `#` のコメントを付けません。コメントは次の行から書きます。",
  startOk: "2 つの数を写し、繰り上がりは 0 から始まります。",

  columnShape: (shape) => `各位の行は ${shape} のような形です。`,
  columnCarry: (carry, arithmetic) => `${arithmetic} なので、繰り上がりは ${carry} です。`,
  commentMissing: (comment) => `行の最後にコメント \`${comment}\` を付けてください。`,
  commentWrong: (comment) => `コメントは \`${comment}\` と書きます。`,
  columnOk: (arithmetic, digit, carry) => `${arithmetic} なので、${digit} を書き、繰り上がりは ${carry} です。`,
  digitsLeft: (name, left, used) =>
    `この位を足した後、${name} には \`${left}\` が残ります。最後の数字 ${used} はここで使い終わります。`,
  alreadyUsedUp: (name) => `${name} はもう使い終わっているので、書く数字は残っていません。`,
  noDigitsLeft: (name) => `この位を足すと ${name} の数字はなくなるので、${name} は何も書きません。`,
  newDigit: (digit, arithmetic, onesOnly) =>
    `${arithmetic} なので、新しい結果の数字は ${digit} です${onesOnly ? "（書くのは和の一の位の数字だけです）" : ""}。`,
  firstColumn: (digit) => `これは最初の位なので、結果はこの位の数字 ${digit} だけです。`,
  resultInFront: (result, digit, before) =>
    `結果は \`${result}\` です。新しい数字 ${digit} は、すでに書いた数字（\`${before}\`）の前に付けます。`,

  finalBeforeClose: "`</scratch>` の前に最後の行が来ます。最後の繰り上がりを書き、続けて結果の数字をすべて書きます。",
  finalShape: "最後の行は `0 8 6` のように数字だけです。最後の繰り上がりを書き、続けて結果の数字をすべて書きます。",
  finalCarry: (carry) =>
    `最後の行は、最後の繰り上がり ${carry}（最後の位の行の C:）から始まり、続けて結果の数字をすべて書きます。`,
  finalResult: (result) => `最後の繰り上がりの後に、結果の数字すべて \`${result}\` を書きます。`,
  finalOk: (carry) => `最後の繰り上がり ${carry} と、続けて結果の数字すべてです。`,

  answerShape: "答えは `8 6` のように数字だけで書きます。",
  answerOk: (a, b, answer) => `${a} + ${b} = ${answer} です。`,
  answerWithCarry: (answer) => `答えは最後の行の数字すべてで、先頭の 1 も含めて \`${answer}\` です。`,
  answerWithoutZero: (answer) => `答えは最後の行から先頭の 0 を除いた \`${answer}\` です。`,

  write: (line) => `\`${line}\` と書きましょう。`,
  hintOpen: "`<scratch>` と書いて、スクラッチパッドを始めましょう。",
  hintClose: "すべての位を足し終えました。`</scratch>` と書いて、スクラッチパッドを閉じましょう。",
  hintStart: "問題を写しましょう。a の数字すべて、`+`、b の数字すべて、まだ結果のない `,`、そして繰り上がり `C: 0` です。",
  hintFinal: "すべての位を足し終えました。最後の繰り上がりを書き、続けて結果の数字をすべて書きましょう。",
  hintFinalValues: (carry, result) => `最後の繰り上がりは ${carry}、結果の数字は \`${result}\` です。`,
  hintAnswerWithCarry: "最後の行から答えを読み取りましょう。先頭の 1 も含めた、すべての数字です。",
  hintAnswerWithoutZero: "最後の行から答えを読み取りましょう。先頭の 0 を除いた数字です。",
  hintAnswerSum: (a, b, answer) => `${a} + ${b} = ${answer} です。`,
  hintPointer: ({ place, x, y, carryIn, aUsedUp, bUsedUp }) => {
    const usedUp = [aUsedUp ? "a" : "", bUsedUp ? "b" : ""].filter(Boolean);
    const note = usedUp.length > 0 ? `（${usedUp.join(" と ")} にはもう数字が残っていないので、0 として足します）` : "";
    const carry = place === 1 ? "" : carryIn === 1 ? "右の位から来た繰り上がり 1 も足します。" : "右の位からの繰り上がりは 0 です。";
    return `${ja.placeName(place)}を見ましょう。${x} + ${y} です${note}。${carry}`;
  },
  hintArithmetic: (addends, sum, digit, carry) => `${addends} = ${sum} なので、${digit} を書き、繰り上がりは ${carry} です。`,
  placeName: (place) => JA_PLACES[place - 1] ?? `右から ${place} 番目の桁`,

  inputEmpty: `入力が空です。${JA_SHAPE}。`,
  inputStray: (char) => `入力に使えるのは数字と空白と 1 つの \`+\` だけですが、${char} が含まれています。${JA_SHAPE}。`,
  inputPlus: `2 つの数の間に \`+\` をちょうど 1 つ書いてください。${JA_SHAPE}。`,
  operandEmpty: (name) => `${JA_OPERAND[name]} が空です。${JA_SHAPE}。`,
  operandTooLong: (name, digits, max) => `${JA_OPERAND[name]} は ${digits} 桁あります。1 つの数は ${max} 桁までです。`,
  operandLeadingZero: (name) =>
    `${JA_OPERAND[name]} の先頭に 0 があります。数は先頭に 0 を付けずに書いてください（0 そのものは \`0\` です）。`,

  bugs: {
    "carry-dropped": {
      title: "繰り上がりの足し忘れ",
      explanation:
        "右の位から来た繰り上がりを足し忘れています。上の行が C: 1 のときは、この位の 2 つの数字に 1 を足します。",
    },
    "carry-invented": {
      title: "ない繰り上がりを足した",
      explanation:
        "右の位では繰り上がりがなかった（上の行が C: 0）のに、1 を足しています。1 を足すのは、上の行が C: 1 のときだけです。",
    },
    "carry-two-back": {
      title: "2 つ前の位の繰り上がり",
      explanation:
        "ここで使った繰り上がりは、2 つ前の位のものです。この位に来る繰り上がりは、いつもすぐ上の行の C: です。",
    },
    "carry-as-digit": {
      title: "十の位を結果の数字に書いた",
      explanation:
        "この位の和は 10 以上で、その十の位の数字を結果の数字として書いています。和の一の位の数字を書き（16 → 6）、十の位の数字（1）を繰り上げます。",
    },
    "digit-carry-swapped": {
      title: "数字と繰り上がりの入れ違い",
      explanation:
        "結果の数字と繰り上がりが入れ替わっています。16 のような和では、一の位の数字（6）が結果に入り、十の位の数字（1）が繰り上がりになります。",
    },
    "whole-sum-written": {
      title: "和をそのまま書いた",
      explanation:
        "2 桁の和をそのまま結果に書いています。結果に入るのは一の位の数字だけで、十の位の数字は次の位へ繰り上げます。",
    },
    "wrong-column": {
      title: "位の取り違え",
      explanation:
        "違う位の数字を使っています。各行では、それぞれの数の残っている一番右の数字を足し、ちょうどその数字を消します。",
    },
    "result-order-reversed": {
      title: "結果の数字が逆順",
      explanation:
        "新しい数字を結果の最後に付けています。位は右から左へ進むので、新しい数字は、すでに書いた数字の前に付けます。",
    },
    "final-carry-missing": {
      title: "最後の繰り上がりの書き忘れ",
      explanation:
        "最後の行を飛ばしたか、最後の繰り上がりを書かずに書いています。最後の位の後には、最後の繰り上がり（最後の位の行の C:）と、続けて結果の数字すべてを書いた行が来ます。",
    },
    "leading-zero-kept": {
      title: "先頭の 0 が残っている",
      explanation:
        "答えの先頭に、繰り上がりの 0 が残っています。数は先頭に 0 を付けずに書くので、最後の行の先頭の 0 は答えでは書きません。",
    },
  },
};

export const additionPhrases: Record<Locale, AdditionPhrases> = { en, ja };
