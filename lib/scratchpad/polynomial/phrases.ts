/**
 * Every sentence of the polynomial task (judge, hints, bug library, input errors), in each
 * locale. Terms and arithmetic come in as the scratchpad writes them (`-5*x`, `48 - 20 + 7`);
 * scratchpad text and code stay in backquotes, untranslated.
 */
import type { Locale } from "../types";
import type { BugId } from "./bugs";

/** A bug's name for instructors and its explanation for the student. */
export interface BugText {
  title: string;
  explanation: string;
}

/** A term's value worked out in Python's order (working.ts): the values of each kind of step. */
export type Working =
  | { kind: "constant"; value: number }
  | { kind: "x"; x: number; value: number }
  /** `arithmetic` is the whole computation, e.g. `-5 * 4 = -20` or `(-3)**2 = 9`. */
  | { kind: "arithmetic"; arithmetic: string }
  | { kind: "minus"; power: string; value: number }
  | { kind: "coefficient"; power: string; product: string };

export interface PolynomialPhrases {
  /** Names of the fields, for "Also check …". */
  fieldNames: Record<"term" | "value" | "answer", string>;

  // Term lines. `position` is 0-based; `shown` is the typed text already in backquotes.
  closeAllDone(count: number): string;
  termsLeft(position: number, term: string): string;
  termShape(term: string, x: number, usedEquals: boolean): string;
  termOk(term: string, x: number, value: string): string;
  termFirst(term: string): string;
  termComesAfter(position: number, term: string, shown: string): string;
  termCameBefore(position: number, term: string, shown: string): string;
  termPositive(term: string): string;
  /** `error` is readTerm's sentence, in the same locale. */
  termUnreadable(position: number, term: string, error: string): string;
  termOwnSign(term: string, shown: string): string;
  termAsInput(term: string): string;
  termOther(position: number, term: string): string;
  valueMissing(term: string, x: number, value: string): string;
  valueNotWhole(term: string, x: number, value: string): string;
  valueWrong(term: string, x: number, value: string, typed: string): string;

  // The answer. `sum` is `48 - 20 + 7`.
  answerOk(sum: string | null, total: number): string;
  answerNotNumber: string;
  answerOneTerm(total: number): string;
  answerNotSum(sum: string, total: number): string;

  // Hints.
  write(line: string): string;
  hintOpen: string;
  hintClose: string;
  /** "Next term: -5*x. Put x = 4 in.", with what Python's precedence asks for. */
  hintPointer(term: string, power: number, coefficient: number, x: number, first: boolean): string;
  hintWorking(working: Working): string;
  hintOneTerm: string;
  hintAddUp: string;
  hintAnswer(sum: string | null, total: number): string;

  // Errors in the problem's input text. `char` is described (describeChar), `shown` quoted.
  inputTooLong(length: number): string;
  inputEmpty: string;
  inputMinus(char: string): string;
  inputStray(char: string): string;
  inputBrackets: string;
  inputEvaluate: string;
  inputAt: string;
  inputX: string;
  inputXRange(limit: number, got: string): string;
  polynomialMissing: string;
  twoSigns(signs: string): string;
  endsWithSign(sign: string): string;
  tooManyTerms(count: number, max: number): string;
  powerTooHigh(shown: string, power: number, max: number): string;
  coefficientZero(shown: string): string;
  coefficientRange(shown: string, coefficient: number, limit: number): string;
  samePower(power: number, a: string, b: string): string;
  order(later: string, earlier: string): string;

  // Reading one term (read-term.ts).
  termShapes: string;
  termTooBig(shown: string): string;
  termMissing: string;
  termCaret(shown: string): string;
  termTimes(shown: string): string;
  termBrackets(shown: string): string;
  termVariable(shown: string): string;
  notATerm(shown: string): string;

  bugs: Record<BugId, BugText>;
}

const EN_EXAMPLE = "`Evaluate 3*x**2 - 5*x + 7 at x = 4`";
const EN_SHAPES = "terms look like `3*x**2`, `-5*x` or `7`";

/** "first", "second", "third": terms are at most three. */
function ordinal(position: number): string {
  return ["first", "second", "third"][position] ?? `${position + 1}th`;
}

const enHere = (position: number, term: string) => `this line is for the ${ordinal(position)} term, \`${term}\``;

const en: PolynomialPhrases = {
  fieldNames: { term: "the term", value: "the value", answer: "the answer" },

  closeAllDone: (count) =>
    `${count === 1 ? "the polynomial has one term, and it is done" : `all ${count} terms are done`}: close the scratchpad with \`</scratch>\`.`,
  termsLeft: (position, term) => `there are terms still to do: ${enHere(position, term)}.`,
  termShape: (term, x, usedEquals) =>
    `a term line is the term, \`:\`, then its value${usedEquals ? " (a colon, not `=`)" : ""}: \`${term}:\` followed by its value at x = ${x}.`,
  termOk: (term, x, value) => `${term} at x = ${x} is ${value}.`,
  termFirst: (term) => `the line starts with the term, \`${term}\`, then \`:\` and its value.`,
  termComesAfter: (position, term, shown) => `${enHere(position, term)}; ${shown} comes after it.`,
  termCameBefore: (position, term, shown) => `${enHere(position, term)}; ${shown} came before it.`,
  termPositive: (term) => `a positive term is written without a sign: \`${term}\`.`,
  termUnreadable: (position, term, error) => `${enHere(position, term)}. ${error}`,
  termOwnSign: (term, shown) => `the term keeps its own sign: \`${term}\`, not ${shown}.`,
  termAsInput: (term) => `write the term as the input does: \`${term}\` (a coefficient 1 and a power 1 are not written).`,
  termOther: (position, term) => `${enHere(position, term)}.`,
  valueMissing: (term, x, value) => `after the \`:\` comes the value: ${term} at x = ${x} is ${value}.`,
  valueNotWhole: (term, x, value) => `the value is a whole number: ${term} at x = ${x} is ${value}.`,
  valueWrong: (term, x, value, typed) => `${term} at x = ${x} is ${value}, not ${typed}.`,

  answerOk: (sum, total) => (sum === null ? `the only term's value is ${total}.` : `${sum} = ${total}.`),
  answerNotNumber: "the last line is the value of the polynomial alone, a whole number.",
  answerOneTerm: (total) => `with one term, the answer is that term's value, ${total}.`,
  answerNotSum: (sum, total) => `the answer is the sum of the term values: ${sum} = ${total}.`,

  write: (line) => `Write \`${line}\`.`,
  hintOpen: "Write `<scratch>` to open the scratchpad.",
  hintClose: "All terms are done: write `</scratch>` to close the scratchpad.",
  hintPointer: (term, power, coefficient, x, first) => {
    const head = `${first ? "First" : "Next"} term: ${term}.`;
    if (power === 0) return `${head} It has no x in it.`;
    const put = `Put x = ${x} in${x < 0 ? `, in brackets: (${x})` : ""}.`;
    if (power === 1) return `${head} ${put}`;
    const then = coefficient === 1 ? "" : coefficient === -1 ? ", then the minus" : ", then multiply by the coefficient";
    return `${head} ${put} Work out the power first${then}.`;
  },
  hintWorking: (working) => {
    switch (working.kind) {
      case "constant":
        return `${working.value} has no x, so its value is ${working.value}.`;
      case "x":
        return `x = ${working.x}, so the term is ${working.value}.`;
      case "arithmetic":
        return `${working.arithmetic}.`;
      case "minus":
        return `${working.power}, and the minus in front makes it ${working.value}.`;
      case "coefficient":
        return `${working.power}, and ${working.product}.`;
    }
  },
  hintOneTerm: "There is one term, so the answer is its value.",
  hintAddUp: "Add up the values of the terms, each with its sign.",
  hintAnswer: (sum, total) => `${sum === null ? "The answer is" : `${sum} =`} ${total}.`,

  inputTooLong: (length) => `The input is ${length} characters long; a problem is short, like ${EN_EXAMPLE}.`,
  inputEmpty: `The input is empty: write the problem like ${EN_EXAMPLE}.`,
  inputMinus: (char) => `The input contains ${char}: write minus as \`-\`.`,
  inputStray: (char) => `The input contains ${char}, which has no place in a problem like ${EN_EXAMPLE}.`,
  inputBrackets: "Write the problem without brackets: as in Python, the power goes first, so `-x**2` already means -(x**2).",
  inputEvaluate: `The input starts with \`Evaluate\`, like ${EN_EXAMPLE}.`,
  inputAt: `After the polynomial comes \`at x = \` and the value of x, like ${EN_EXAMPLE}.`,
  inputX: "After `at` comes `x = ` and the value of x, like `at x = 4`.",
  inputXRange: (limit, got) => `x must be a whole number from -${limit} to ${limit}, like \`x = 4\` or \`x = -3\`, not \`${got}\`.`,
  polynomialMissing: `The polynomial is missing: it goes between \`Evaluate\` and \`at\`, like ${EN_EXAMPLE}.`,
  twoSigns: (signs) => `The polynomial has two signs in a row (\`${signs}\`): write one operator between terms, like \`3*x**2 - 5*x\`.`,
  endsWithSign: (sign) => `The polynomial ends with \`${sign}\`: a term is missing after it.`,
  tooManyTerms: (count, max) => `The polynomial has ${count} terms; at most ${max} are allowed.`,
  powerTooHigh: (shown, power, max) => `The term ${shown} has the power ${power}; powers go up to ${max}.`,
  coefficientZero: (shown) => `The term ${shown} has the coefficient 0: leave it out, coefficients are never 0.`,
  coefficientRange: (shown, coefficient, limit) =>
    `The term ${shown} has the coefficient ${coefficient}; coefficients are whole numbers from -${limit} to ${limit}.`,
  samePower: (power, a, b) => `Two terms have the power ${power} (\`${a}\` and \`${b}\`): each power appears at most once.`,
  order: (later, earlier) => `The terms go from the highest power down: \`${later}\` comes before \`${earlier}\`.`,

  termShapes: EN_SHAPES,
  termTooBig: (shown) => `${shown}: that number is far too big for a coefficient or a power.`,
  termMissing: `A term is missing: ${EN_SHAPES}.`,
  termCaret: (shown) => `${shown}: powers are written with \`**\`, as in Python: \`x**2\`, not \`x^2\`.`,
  termTimes: (shown) => `${shown}: write the multiplication sign, as in Python: \`3*x\`, not \`3x\`.`,
  termBrackets: (shown) => `${shown}: write terms without brackets; ${EN_SHAPES}.`,
  termVariable: (shown) => `${shown}: the only variable is \`x\`; ${EN_SHAPES}.`,
  notATerm: (shown) => `${shown} is not a term: ${EN_SHAPES}.`,

  bugs: {
    "sign-error": {
      title: "Sign lost",
      explanation:
        "The sign went wrong. Each term keeps its own sign: in `3*x**2 - 5*x + 7` the second term is `-5*x`, so at x = 4 it is -20, not 20. A minus times a minus is a plus: -5 * (-3) = 15.",
    },
    precedence: {
      title: "Power before sign and coefficient",
      explanation:
        "Python works out the power first and only then applies the coefficient or the minus: `-x**2` is -(x**2), so at x = 3 it is -9, not 9, and `2*x**2` is 2 * (x**2), not (2*x)**2. A negative x goes into the power in brackets: (-3)**2 = 9.",
    },
    "power-as-multiplication": {
      title: "Power taken as multiplication",
      explanation:
        "`x**3` means x * x * x, not 3 * x: at x = 4, x**3 is 64, while 3 * 4 is only 12. The power says how many times x is multiplied by itself.",
    },
    "exponent-ignored": {
      title: "Power left out",
      explanation:
        "The power was left out: `x**2` is x * x, not just x. Work out the power first, then multiply by the coefficient.",
    },
    "coefficient-dropped": {
      title: "Coefficient dropped",
      explanation:
        "The number in front of x was left out: `3*x**2` is 3 times x**2. Work out the power, then multiply it by the coefficient.",
    },
    "term-skipped": {
      title: "Term skipped",
      explanation:
        "A term was left out. The scratchpad has one line per term, in the order of the input, and the answer adds up the values of all of them.",
    },
    "term-out-of-order": {
      title: "Terms out of order",
      explanation:
        "This term comes earlier in the polynomial. The lines follow the input's order, first term to last, each term once.",
    },
    "wrong-final-sum": {
      title: "Wrong final sum",
      explanation:
        "The answer is not the sum of the term values. Add up the values on the term lines, each with its sign (48 - 20 + 7 = 35). A wrong value on a term line carries into the sum, so check those lines too.",
    },
  },
};

const JA_EXAMPLE = EN_EXAMPLE;
const JA_SHAPES = "項は `3*x**2`、`-5*x`、`7` のような形です";
const jaHere = (position: number, term: string) => `この行は ${position + 1} 番目の項 \`${term}\` の行です。`;

const ja: PolynomialPhrases = {
  fieldNames: { term: "項", value: "値", answer: "答え" },

  closeAllDone: (count) =>
    `${count === 1 ? "多項式の項は 1 つだけで、もう終わっています" : `${count} つの項はすべて終わっています`}。\`</scratch>\` でスクラッチパッドを閉じましょう。`,
  termsLeft: (position, term) => `まだ残っている項があります。${jaHere(position, term)}`,
  termShape: (term, x, usedEquals) =>
    `項の行は、項、\`:\`、その値の順に書きます${usedEquals ? "（`=` ではなくコロンです）" : ""}。\`${term}:\` の後に、x = ${x} のときの値を書きます。`,
  termOk: (term, x, value) => `x = ${x} のとき ${term} は ${value} です。`,
  termFirst: (term) => `行は項 \`${term}\` から始まり、\`:\` とその値が続きます。`,
  termComesAfter: (position, term, shown) => `${jaHere(position, term)}${shown} はこの後に来ます。`,
  termCameBefore: (position, term, shown) => `${jaHere(position, term)}${shown} はもう前に出てきました。`,
  termPositive: (term) => `正の項は符号を付けずに \`${term}\` と書きます。`,
  termUnreadable: (position, term, error) => `${jaHere(position, term)}${error}`,
  termOwnSign: (term, shown) => `項は自分の符号をそのまま持ちます。${shown} ではなく \`${term}\` です。`,
  termAsInput: (term) => `項は入力と同じ形で \`${term}\` と書きます（係数の 1 と指数の 1 は書きません）。`,
  termOther: (position, term) => jaHere(position, term),
  valueMissing: (term, x, value) => `\`:\` の後には値を書きます。x = ${x} のとき ${term} は ${value} です。`,
  valueNotWhole: (term, x, value) => `値は整数です。x = ${x} のとき ${term} は ${value} です。`,
  valueWrong: (term, x, value, typed) => `x = ${x} のとき ${term} は ${typed} ではなく ${value} です。`,

  answerOk: (sum, total) => (sum === null ? `項は 1 つだけで、その値は ${total} です。` : `${sum} = ${total} です。`),
  answerNotNumber: "最後の行には、多項式の値だけを整数で書きます。",
  answerOneTerm: (total) => `項が 1 つなので、答えはその項の値 ${total} です。`,
  answerNotSum: (sum, total) => `答えは項の値の和で、${sum} = ${total} です。`,

  write: (line) => `\`${line}\` と書きましょう。`,
  hintOpen: "`<scratch>` と書いて、スクラッチパッドを始めましょう。",
  hintClose: "すべての項が終わりました。`</scratch>` と書いて、スクラッチパッドを閉じましょう。",
  hintPointer: (term, power, coefficient, x, first) => {
    const head = `${first ? "最初" : "次"}の項は ${term} です。`;
    if (power === 0) return `${head}この項には x が入っていません。`;
    const put = `x = ${x} を代入します${x < 0 ? `。かっこに入れて (${x}) とします` : ""}。`;
    if (power === 1) return `${head}${put}`;
    const then =
      coefficient === 1 ? "します" : coefficient === -1 ? "し、それからマイナスを付けます" : "し、それから係数を掛けます";
    return `${head}${put}まずべき乗を計算${then}。`;
  },
  hintWorking: (working) => {
    switch (working.kind) {
      case "constant":
        return `${working.value} には x が入っていないので、値は ${working.value} です。`;
      case "x":
        return `x = ${working.x} なので、この項は ${working.value} です。`;
      case "arithmetic":
        return `${working.arithmetic} です。`;
      case "minus":
        return `${working.power} で、前のマイナスを付けると ${working.value} です。`;
      case "coefficient":
        return `${working.power} で、${working.product} です。`;
    }
  },
  hintOneTerm: "項は 1 つなので、答えはその項の値です。",
  hintAddUp: "項の値を、それぞれの符号のまま足しましょう。",
  hintAnswer: (sum, total) => (sum === null ? `答えは ${total} です。` : `${sum} = ${total} です。`),

  inputTooLong: (length) => `入力が ${length} 文字もあります。問題は ${JA_EXAMPLE} のように短いものです。`,
  inputEmpty: `入力が空です。${JA_EXAMPLE} のように問題を書いてください。`,
  inputMinus: (char) => `入力に ${char} が含まれています。マイナスは \`-\` と書いてください。`,
  inputStray: (char) => `入力に ${char} が含まれていますが、${JA_EXAMPLE} のような問題には使えない文字です。`,
  inputBrackets:
    "かっこを使わずに問題を書いてください。Python と同じく、べき乗が先に計算されるので、`-x**2` はそのままで -(x**2) という意味です。",
  inputEvaluate: `入力は ${JA_EXAMPLE} のように \`Evaluate\` で始めます。`,
  inputAt: `多項式の後に、${JA_EXAMPLE} のように \`at x = \` と x の値を書きます。`,
  inputX: "`at` の後には、`at x = 4` のように `x = ` と x の値を書きます。",
  inputXRange: (limit, got) =>
    `x は -${limit} から ${limit} までの整数で、\`x = 4\` や \`x = -3\` のように書きます。\`${got}\` は使えません。`,
  polynomialMissing: `多項式がありません。${JA_EXAMPLE} のように、\`Evaluate\` と \`at\` の間に書きます。`,
  twoSigns: (signs) =>
    `多項式に符号が 2 つ続いています（\`${signs}\`）。\`3*x**2 - 5*x\` のように、項と項の間には演算子を 1 つだけ書きます。`,
  endsWithSign: (sign) => `多項式が \`${sign}\` で終わっています。その後の項が抜けています。`,
  tooManyTerms: (count, max) => `多項式の項が ${count} 個あります。項は ${max} 個までです。`,
  powerTooHigh: (shown, power, max) => `項 ${shown} の指数は ${power} です。指数は ${max} までです。`,
  coefficientZero: (shown) => `項 ${shown} の係数が 0 です。係数が 0 の項はないので、この項は書かないでください。`,
  coefficientRange: (shown, coefficient, limit) =>
    `項 ${shown} の係数は ${coefficient} です。係数は -${limit} から ${limit} までの整数です。`,
  samePower: (power, a, b) => `指数が ${power} の項が 2 つあります（\`${a}\` と \`${b}\`）。同じ指数の項は 1 つまでです。`,
  order: (later, earlier) => `項は指数の大きい順に並べます。\`${later}\` は \`${earlier}\` より前に書きます。`,

  termShapes: JA_SHAPES,
  termTooBig: (shown) => `${shown} の数は、係数や指数としては大きすぎます。`,
  termMissing: `項が抜けています。${JA_SHAPES}。`,
  termCaret: (shown) => `${shown}：Python と同じく、べき乗は \`**\` で書きます。\`x^2\` ではなく \`x**2\` です。`,
  termTimes: (shown) => `${shown}：Python と同じく、掛け算の記号を書きます。\`3x\` ではなく \`3*x\` です。`,
  termBrackets: (shown) => `${shown}：項はかっこを使わずに書きます。${JA_SHAPES}。`,
  termVariable: (shown) => `${shown}：変数は \`x\` だけです。${JA_SHAPES}。`,
  notATerm: (shown) => `${shown} は項ではありません。${JA_SHAPES}。`,

  bugs: {
    "sign-error": {
      title: "符号の誤り",
      explanation:
        "符号が違っています。各項は自分の符号をそのまま持ちます。`3*x**2 - 5*x + 7` の 2 番目の項は `-5*x` なので、x = 4 のとき 20 ではなく -20 です。マイナスとマイナスを掛けるとプラスになります（-5 * (-3) = 15）。",
    },
    precedence: {
      title: "べき乗より先に符号や係数を計算した",
      explanation:
        "Python は、まずべき乗を計算し、その後で係数やマイナスを掛けます。`-x**2` は -(x**2) なので、x = 3 のとき 9 ではなく -9 です。また `2*x**2` は 2 * (x**2) で、(2*x)**2 ではありません。負の x はかっこに入れてべき乗します（(-3)**2 = 9）。",
    },
    "power-as-multiplication": {
      title: "べき乗を掛け算と取り違えた",
      explanation:
        "`x**3` は x * x * x という意味で、3 * x ではありません。x = 4 のとき x**3 は 64 ですが、3 * 4 は 12 にしかなりません。指数は、x を何回掛け合わせるかを表します。",
    },
    "exponent-ignored": {
      title: "べき乗の計算忘れ",
      explanation:
        "べき乗が抜けています。`x**2` は x * x で、ただの x ではありません。まずべき乗を計算し、それから係数を掛けます。",
    },
    "coefficient-dropped": {
      title: "係数の掛け忘れ",
      explanation:
        "x の前の数（係数）が抜けています。`3*x**2` は x**2 の 3 倍です。べき乗を計算してから、係数を掛けます。",
    },
    "term-skipped": {
      title: "項の飛ばし",
      explanation:
        "項が 1 つ抜けています。スクラッチパッドには入力の順に 1 つの項につき 1 行を書き、答えはすべての項の値を足したものです。",
    },
    "term-out-of-order": {
      title: "項の順番の誤り",
      explanation:
        "この項は多項式のもっと前に出てきます。行は入力の順に、最初の項から最後の項まで、各項 1 回ずつ書きます。",
    },
    "wrong-final-sum": {
      title: "最後の和の誤り",
      explanation:
        "答えが項の値の和になっていません。項の行の値を、それぞれの符号のまま足しましょう（48 - 20 + 7 = 35）。項の行の値が間違っていると和も間違うので、それらの行も確かめましょう。",
    },
  },
};

export const polynomialPhrases: Record<Locale, PolynomialPhrases> = { en, ja };
