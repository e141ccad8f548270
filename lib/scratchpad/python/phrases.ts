/**
 * Every sentence of the Python task (judge, hints, bug library, problem and trace errors,
 * the JSON reader), in each locale. Code, scratchpad prefixes and JSON stay in backquotes,
 * untranslated. A "clause" here is a reason without its full stop ("the condition `d < 0` is
 * False, so its body is skipped"): English clauses start in lower case, so that they can
 * follow "Correct: "; Japanese ones are polite sentences without the final 。.
 */
import type { Locale } from "../types";
import type { BugId } from "./bugs";
import type { TraceRole } from "./trace-text";

/** A bug's name for instructors and its explanation for the student. */
export interface BugText {
  title: string;
  explanation: string;
}

/** A change between two states, for a hint: a variable's new value, or a variable gone. */
export type Change = { name: string; value: string } | { name: string; gone: true };

/** Why the JSON reader stopped (json-parse.ts); `char` is described (describeChar), `name` JSON-encoded. */
export interface JsonPhrases {
  /** Where it stopped: the 1-based character, the text there (or "end" at the end), and why. */
  at(position: number, near: string | "end" | null, reason: string): string;
  noValue: string;
  moreAfter: string;
  tooDeep(max: number): string;
  singleQuotes: string;
  tuple: string;
  pythonWord: Record<"True" | "False" | "None" | "inf" | "nan" | "Infinity" | "NaN", string>;
  valueMissing: string;
  badStart(char: string): string;
  minusAlone: string;
  badNumber: string;
  controlChar: string;
  unclosed: string;
  badUnicode: string;
  badEscape: string;
  arrayComma: string;
  arrayTrailing: string;
  nameExpected: string;
  duplicate(name: string): string;
  colonExpected(name: string): string;
  objectComma: string;
  objectTrailing: string;
}

export interface PythonPhrases {
  // Clauses of explain.ts: how control moves. `code`, `test`, `line` are quoted already.
  module: string;
  function: string;
  /** A function by its name, e.g. "`f`". */
  functionNamed(name: string): string;
  classBody(name: string): string;
  start: string;
  loopBack(header: string): string;
  whileBody(test: string): string;
  whileExit(test: string): string;
  forBody(header: string): string;
  forExit(header: string): string;
  ifTrue(test: string): string;
  ifFalse(test: string): string;
  breaks: string;
  continues: string;
  classCall(name: string): string;
  makerCall(maker: string, name: string): string;
  call(name: string): string;
  returnEnds(line: string, block: string): string;
  returnEnd(block: string): string;
  definition(header: string, name: string): string;

  // `line:` entries. `why` is a clause or null; `line` the program line that runs (0: unknown).
  lineOk(why: string | null): string;
  lineEmpty(why: string | null, line: number): string;
  lineComment: string;
  lineNotInProgram(shown: string, why: string | null, line: number): string;
  lineOther(why: string | null, line: number, typed: number[]): string;

  // A line without the prefix it needs.
  prefixMissing(expected: TraceRole): string;
  prefixException: string;
  prefixNotException(expected: TraceRole): string;
  prefixWrong(expected: TraceRole, typed: TraceRole): string;

  // `exception:` entries.
  exceptionType(type: string, expected: string): string;
  exceptionMessage(message: string): string;

  // `state:` entries: clauses per variable, then the sentence.
  stateNotJson(error: string): string;
  stateNotObject: string;
  varMissing(name: string): string;
  varWrong(name: string, value: string, typed: string): string;
  varNone(name: string): string;
  varReturned(name: string): string;
  varOtherFrame(name: string): string;
  varGone(name: string): string;
  varNotYet(name: string): string;
  /** The first few clauses, and how many more variables are wrong. */
  stateWrong(clauses: string[], more: number): string;

  // Hints. `ran` is the line that ran, quoted.
  write(line: string): string;
  whichLine(why: string | null, last: string | null): string;
  lineRuns(line: number): string;
  nothingYet: string;
  called(block: string, params: string[]): string;
  callValues(values: Array<[string, string]>): string;
  afterReturn(ran: string, block: string, names: string[]): string;
  afterLine(ran: string, names: string[]): string;
  unchanged: string;
  changes(changes: Change[]): string;
  stepLimit: string;
  raises(ran: string | null): string;

  // The problem (problem.ts) and its stored trace (trace-text.ts). `row` is 1-based.
  programEmpty: string;
  programTooLong(length: number, max: number): string;
  needsTrace: string;
  traceEmpty: string;
  traceTooLong: string;
  traceStray(row: number, text: string): string;
  traceNoPrefix(row: number): string;
  traceException(row: number): string;
  traceAlternate(row: number, expected: TraceRole): string;
  traceEndsWithLine: string;
  traceBadState(row: number, error: string): string;
  traceNotObject(row: number): string;

  json: JsonPhrases;
  bugs: Record<BugId, BugText>;
}

const EN_LIST = new Intl.ListFormat("en", { type: "conjunction" });
const JA_LIST = new Intl.ListFormat("ja", { type: "conjunction" });

/** A clause of this file's prose with a capital first letter; code in backquotes keeps its case. */
function upperFirst(clause: string): string {
  return clause.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** "A sentence." from an English clause. */
function sentence(clause: string): string {
  const text = upperFirst(clause);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** "the condition … is False, so its body is skipped: line 5 runs next". */
function enBecause(why: string | null, line: number): string {
  const where = line > 0 ? `line ${line} runs next` : "a different line runs next";
  return why ? `${why}: ${where}` : where;
}

const EN_WHAT: Record<TraceRole, string> = {
  state: "the variables of the frame as JSON, like `state: {\"x\": 1}`",
  line: "the source line that runs next, like `line: x = 1`",
  exception: "the exception's type and message, like `exception: ZeroDivisionError: division by zero`",
};

const enLookAt = (names: string[]) => (names.length === 0 ? "no variable changes" : `look at ${EN_LIST.format(names)}`);
const enRow = (row: number) => `Line ${row} of the trace`;

const en: PythonPhrases = {
  module: "the module",
  function: "the function",
  functionNamed: (name) => `\`${name}\``,
  classBody: (name) => `the class body of \`${name}\``,
  start: "the program starts with its first line",
  loopBack: (header) => `the loop body is done, so the header ${header} runs again`,
  whileBody: (test) => `the condition ${test} is True, so the loop body runs`,
  whileExit: (test) => `the condition ${test} is False, so the loop ends`,
  forBody: (header) => `the loop ${header} has another item, so its body runs`,
  forExit: (header) => `the loop ${header} has no more items, so it ends`,
  ifTrue: (test) => `the condition ${test} is True, so its body runs`,
  ifFalse: (test) => `the condition ${test} is False, so its body is skipped`,
  breaks: "`break` leaves the loop at once",
  continues: "`continue` goes straight back to the loop header",
  classCall: (name) => `the \`class ${name}\` statement runs the class body, in a frame of its own`,
  makerCall: (maker, name) => `creating a \`${maker}\` calls \`${name}\`, so its body runs in a new frame`,
  call: (name) => `\`${name}\` is called, so its body runs in a new frame`,
  returnEnds: (line, block) => `${line} ends ${block}, so control goes back to where it was called`,
  returnEnd: (block) => `${block} has no more lines to run, so control goes back to where it was called`,
  definition: (header, name) => `${header} only defines \`${name}\`; its body runs when it is called`,

  lineOk: (why) => (why ? `${why}.` : ""),
  lineEmpty: (why, line) => `write the source line after \`line: \`. ${sentence(enBecause(why, line))}`,
  lineComment: "write the line with its comment, exactly as in the program.",
  lineNotInProgram: (shown, why, line) => `${shown} is not a line of the program. ${sentence(enBecause(why, line))}`,
  lineOther: (why, line, typed) => `${enBecause(why, line)}, not line ${typed.join(" or ")}.`,

  prefixMissing: (expected) => `start the line with \`${expected}: \`, then ${EN_WHAT[expected]}.`,
  prefixException: `the program stops here with an uncaught exception, so this line is \`exception: \` and ${EN_WHAT.exception}.`,
  prefixNotException: (expected) => `the program does not stop here; this line is \`${expected}: \` with ${EN_WHAT[expected]}.`,
  prefixWrong: (expected, typed) => `this is a \`${expected}:\` line, not a \`${typed}:\` line: write ${EN_WHAT[expected]}.`,

  exceptionType: (type, expected) => `the exception raised here is a \`${type}\`, written with its message: \`${expected}\`.`,
  exceptionMessage: (message) => `the type is right; its message reads \`${message}\`.`,

  stateNotJson: (error) => `the state is not valid JSON: ${error}`,
  stateNotObject: "a state is a JSON object of the variables, like `{\"x\": 1}` (or `{}` when there are none).",
  varMissing: (name) => `${name} is missing`,
  varWrong: (name, value, typed) => `${name} should be ${value}, not ${typed}`,
  varNone: (name) => `there is no variable ${name} here`,
  varReturned: (name) => `${name} belonged to the function that returned; its frame is gone`,
  varOtherFrame: (name) => `${name} belongs to another frame, not to this call's`,
  varGone: (name) => `${name} no longer exists here`,
  varNotYet: (name) => `${name} does not exist yet`,
  stateWrong: (clauses, more) =>
    `${clauses.join("; ")}${more > 0 ? `; and ${more} more variable${more === 1 ? " is" : "s are"} wrong` : ""}.`,

  write: (line) => `Write \`${line}\`.`,
  whichLine: (why, last) => {
    const context = why ? sentence(why) : last === null ? "" : `${last} has run; the next statement in order comes now.`;
    return `Which line runs next? ${context}`.trim();
  },
  lineRuns: (line) => `Line ${line} runs next.`,
  nothingYet: "Nothing has run yet, so no variable is defined.",
  called: (block, params) =>
    `${upperFirst(block)} has just been called: its new frame holds ${params.length === 0 ? "no variable yet" : `its parameters: ${EN_LIST.format(params)}`}.`,
  callValues: (values) => `${EN_LIST.format(values.map(([name, value]) => `${name} is ${value}`))}.`,
  afterReturn: (ran, block, names) => `${ran} has finished ${block}, whose frame is gone; back in its caller, ${enLookAt(names)}.`,
  afterLine: (ran, names) => `After ${ran}, ${enLookAt(names)}.`,
  unchanged: "The state is the same as before that line.",
  changes: (changes) =>
    `${EN_LIST.format(changes.map((change) => ("gone" in change ? `${change.name} no longer exists` : `${change.name} is now ${change.value}`)))}.`,
  stepLimit: "The program has run as many steps as a trace may have, so the trace stops here with an exception line.",
  raises: (ran) => `${ran ?? "The last line"} raises an exception that nothing catches, so the program stops: write its type and message.`,

  programEmpty: "The program is empty: write a Python program whose last line calls a function, like `output = f(3)`.",
  programTooLong: (length, max) =>
    `The program is ${length.toLocaleString("en")} characters long; at most ${max.toLocaleString("en")} are allowed.`,
  needsTrace:
    "A Python problem needs its reference trace: trace the program in the sandbox (lib/python), then load it with fromStored(program, trace).",
  traceEmpty: "The stored trace is empty.",
  traceTooLong: "The stored trace is longer than any trace the tracer writes.",
  traceStray: (row, text) => `Line ${row} of the trace, \`${text}\`, is not a line of the program.`,
  traceNoPrefix: (row) => `${enRow(row)} starts with none of \`state: \`, \`line: \`, \`exception: \`.`,
  traceException: (row) => `${enRow(row)} is an \`exception:\` line, which may only end the trace after a \`line:\` line.`,
  traceAlternate: (row, expected) => `${enRow(row)} should be a \`${expected}:\` line: the trace alternates, starting with \`state:\`.`,
  traceEndsWithLine: "The trace ends with a `line:` line; it must end with the final state.",
  traceBadState: (row, error) => `${enRow(row)} is not a valid state: ${error}`,
  traceNotObject: (row) => `${enRow(row)} is not a valid state: it is not an object.`,

  json: {
    at: (position, near, reason) =>
      `at character ${position}${near === "end" ? " (the end)" : near === null ? "" : ` (\`${near}\`)`}, ${reason}`,
    noValue: "there is no value: a state is an object like `{}`.",
    moreAfter: "there is more after the end of the value.",
    tooDeep: (max) => `the value is nested more than ${max} levels deep.`,
    singleQuotes: "JSON writes strings in double quotes: `\"a\"`, not `'a'`.",
    tuple: "the trace writes tuples as arrays: `[1, 2]`, not `(1, 2)`.",
    pythonWord: {
      True: "JSON writes True as `true`.",
      False: "JSON writes False as `false`.",
      None: "JSON writes None as `null`.",
      inf: 'the trace writes infinity as the string `"inf"`.',
      nan: 'the trace writes nan as the string `"nan"`.',
      Infinity: 'the trace writes infinity as the string `"inf"`.',
      NaN: 'the trace writes nan as the string `"nan"`.',
    },
    valueMissing: "a value is missing.",
    badStart: (char) => `a value cannot start with ${char}.`,
    minusAlone: "a number is expected after `-`.",
    badNumber: "this is not a JSON number (no leading zeros, digits on both sides of `.`).",
    controlChar: "a string cannot hold a raw control character; escape it (e.g. `\\n`).",
    unclosed: "this string is never closed with `\"`.",
    badUnicode: "`\\u` needs four hexadecimal digits.",
    badEscape: "this is not a JSON escape (`\\n`, `\\t`, `\\\"`, `\\\\`, `\\uXXXX`, …).",
    arrayComma: "`,` or `]` is expected after an item of an array.",
    arrayTrailing: "JSON allows no `,` before `]`.",
    nameExpected: 'a name in double quotes is expected, like `"x": 1`.',
    duplicate: (name) => `${name} is written twice.`,
    colonExpected: (name) => `\`:\` is expected after ${name}.`,
    objectComma: "`,` or `}` is expected after a value in an object.",
    objectTrailing: "JSON allows no `,` before `}`.",
  },

  bugs: {
    "stale-value": {
      title: "Stale value",
      explanation:
        "The state is still as it was before the last line ran. Work out what that line creates or changes, and write each such variable with its new value.",
    },
    "off-by-one": {
      title: "Off by one",
      explanation:
        "A number is one more or one less than it should be. Check where a count starts (range(n) starts at 0 and stops before n) and whether the line that adds 1 has run yet.",
    },
    "loop-exit-missed": {
      title: "Loop exit missed",
      explanation:
        "After the last line of its body a loop always goes back to its header, and the header runs once more when the loop ends (a `for` with no items left, a `while` whose condition is False). Only then, or after a `break`, comes the line after the loop.",
    },
    "loop-ended-early": {
      title: "Loop ended early",
      explanation:
        "The loop is not finished: a `for` runs its body once for every item, a `while` as long as its condition is True. Check the items left, or the condition with the current values.",
    },
    "branch-mistaken": {
      title: "Branch mistaken",
      explanation:
        "The `if` went the other way. Work out its condition with the values in the current state: when it is True the body runs; when it is False the body is skipped and the next `elif`, the `else` body or the line after the `if` runs.",
    },
    "scope-confusion": {
      title: "Scope confusion",
      explanation:
        "Every call has a frame of its own: inside a function the state shows only that function's local variables (its parameters and what it assigns), not the module's or the caller's.",
    },
    "return-value-misplaced": {
      title: "Return value misplaced",
      explanation:
        "When a function returns, its frame and its local variables are gone; back in the caller, the returned value goes where the call was, e.g. into the variable the call is assigned to (such as `output`).",
    },
    "call-stepped-over": {
      title: "Call stepped over",
      explanation:
        "The line calls a function of the program, so the trace goes into it: the next line is the function's first line, in a new frame, and the caller goes on only after it returns.",
    },
    "definition-run": {
      title: "Body run at its definition",
      explanation:
        "A `def` line only defines the function (its name appears in the state); none of its body runs then. The body runs each time the function is called, so after `def` comes the next statement after the whole function.",
    },
    "return-ignored": {
      title: "Return ignored",
      explanation: "`return` ends the function at once: no other line of it runs, and control goes back to where it was called.",
    },
    "exception-missed": {
      title: "Exception missed",
      explanation:
        "The last line raised an exception that nothing catches, so the program stops: the trace ends with an `exception:` line (the exception's type and message) instead of another state.",
    },
  },
};

/** Code in backquotes, for the names and values the Japanese sentences quote (English writes them bare). */
const code = (text: string) => `\`${text}\``;
const jaList = (items: string[]) => JA_LIST.format(items);
/** A name followed by a particle: a space after code (`` `f` が ``), none after a word (関数が). */
const jaSubject = (name: string) => (/[`A-Za-z0-9_]$/u.test(name) ? `${name} ` : name);

/** "…。次に実行されるのは 5 行目です" */
function jaBecause(why: string | null, line: number): string {
  const where = line > 0 ? `次に実行されるのは ${line} 行目です` : "次に実行されるのは別の行です";
  return why ? `${why}。${where}` : where;
}

const JA_WHAT: Record<TraceRole, string> = {
  state: "フレームの変数を JSON で（`state: {\"x\": 1}` のように）",
  line: "次に実行されるソースの行を（`line: x = 1` のように）",
  exception: "例外の型とメッセージを（`exception: ZeroDivisionError: division by zero` のように）",
};

const jaLookAt = (names: string[]) => (names.length === 0 ? "変わる変数はありません" : `${jaList(names.map(code))} を見ましょう`);
const jaRow = (row: number) => `トレースの ${row} 行目`;

const ja: PythonPhrases = {
  module: "モジュール",
  function: "関数",
  functionNamed: (name) => `関数 \`${name}\``,
  classBody: (name) => `クラス \`${name}\` の本体`,
  start: "プログラムは最初の行から始まります",
  loopBack: (header) => `ループの本体が終わったので、ヘッダー ${header} がもう一度実行されます`,
  whileBody: (test) => `条件 ${test} は True なので、ループの本体が実行されます`,
  whileExit: (test) => `条件 ${test} は False なので、ループは終わります`,
  forBody: (header) => `ループ ${header} にはまだ次の要素があるので、本体が実行されます`,
  forExit: (header) => `ループ ${header} にはもう要素が残っていないので、ループは終わります`,
  ifTrue: (test) => `条件 ${test} は True なので、その本体が実行されます`,
  ifFalse: (test) => `条件 ${test} は False なので、その本体は飛ばされます`,
  breaks: "`break` はその場でループを抜けます",
  continues: "`continue` はすぐにループのヘッダーへ戻ります",
  classCall: (name) => `\`class ${name}\` の文は、クラスの本体を専用のフレームで実行します`,
  makerCall: (maker, name) => `\`${maker}\` を作ると \`${name}\` が呼び出されるので、その本体が新しいフレームで実行されます`,
  call: (name) => `\`${name}\` が呼び出されるので、その本体が新しいフレームで実行されます`,
  returnEnds: (line, block) => `${line} で${jaSubject(block)}が終わるので、呼び出した場所に戻ります`,
  returnEnd: (block) => `${jaSubject(block)}にはもう実行する行がないので、呼び出した場所に戻ります`,
  definition: (header, name) => `${header} は \`${name}\` を定義するだけです。本体は呼び出されたときに実行されます`,

  lineOk: (why) => (why ? `${why}。` : ""),
  lineEmpty: (why, line) => `\`line: \` の後にソースの行を書きます。${jaBecause(why, line)}。`,
  lineComment: "プログラムにあるとおり、コメントも含めて行を書きます。",
  lineNotInProgram: (shown, why, line) => `${shown} はプログラムの行ではありません。${jaBecause(why, line)}。`,
  lineOther: (why, line, typed) =>
    `${why ? `${why}。` : ""}次に実行されるのは ${typed.map((n) => `${n} 行目`).join("や")}ではなく、${line > 0 ? `${line} 行目` : "別の行"}です。`,

  prefixMissing: (expected) => `行を \`${expected}: \` で始め、続けて${JA_WHAT[expected]}書きます。`,
  prefixException: `プログラムはここで、どこでも捕まえられない例外によって止まります。この行は \`exception: \` で始め、${JA_WHAT.exception}書きます。`,
  prefixNotException: (expected) => `プログラムはここでは止まりません。この行は \`${expected}: \` で始め、${JA_WHAT[expected]}書きます。`,
  prefixWrong: (expected, typed) =>
    `これは \`${typed}:\` の行ではなく \`${expected}:\` の行です。${JA_WHAT[expected]}書きます。`,

  exceptionType: (type, expected) => `ここで発生する例外は \`${type}\` で、メッセージと合わせて \`${expected}\` と書きます。`,
  exceptionMessage: (message) => `例外の型は合っています。メッセージは \`${message}\` です。`,

  stateNotJson: (error) => `状態が正しい JSON になっていません。${error}`,
  stateNotObject: "状態は `{\"x\": 1}` のような、変数の JSON オブジェクトです（変数がないときは `{}`）。",
  varMissing: (name) => `${code(name)} が抜けています`,
  varWrong: (name, value, typed) => `${code(name)} は ${code(typed)} ではなく ${code(value)} です`,
  varNone: (name) => `ここには変数 ${code(name)} はありません`,
  varReturned: (name) => `${code(name)} は戻ってきた関数の変数で、そのフレームはもうありません`,
  varOtherFrame: (name) => `${code(name)} はこの呼び出しのフレームではなく、別のフレームの変数です`,
  varGone: (name) => `${code(name)} はここではもう存在しません`,
  varNotYet: (name) => `${code(name)} はまだ存在しません`,
  stateWrong: (clauses, more) =>
    `${clauses.map((clause) => `${clause}。`).join("")}${more > 0 ? `ほかにも ${more} 個の変数が違っています。` : ""}`,

  write: (line) => `\`${line}\` と書きましょう。`,
  whichLine: (why, last) => {
    const context = why ? `${why}。` : last === null ? "" : `${last} が実行されました。次は順番どおり、その次の文です。`;
    return `次に実行されるのはどの行でしょう？${context}`;
  },
  lineRuns: (line) => `次に実行されるのは ${line} 行目です。`,
  nothingYet: "まだ何も実行されていないので、変数は 1 つもありません。",
  called: (block, params) =>
    `${jaSubject(block)}が呼び出されたところです。新しいフレームには${params.length === 0 ? "まだ変数がありません" : `引数 ${jaList(params.map(code))} があります`}。`,
  callValues: (values) => `${values.map(([name, value]) => `${code(name)} は ${code(value)}`).join("、")} です。`,
  afterReturn: (ran, block, names) => `${ran} で${jaSubject(block)}が終わり、そのフレームはなくなりました。呼び出し元に戻って、${jaLookAt(names)}。`,
  afterLine: (ran, names) => `${ran} を実行した後、${jaLookAt(names)}。`,
  unchanged: "状態はその行の前と同じです。",
  changes: (changes) =>
    changes
      .map((change) => ("gone" in change ? `${code(change.name)} はもうありません。` : `${code(change.name)} は ${code(change.value)} になります。`))
      .join(""),
  stepLimit: "プログラムはトレースに書ける最大のステップ数まで実行されたので、トレースはここで例外の行で終わります。",
  raises: (ran) =>
    `${ran ?? "最後の行"} で、どこでも捕まえられない例外が発生し、プログラムが止まります。例外の型とメッセージを書きましょう。`,

  programEmpty: "プログラムが空です。`output = f(3)` のように、最後の行で関数を呼び出す Python のプログラムを書いてください。",
  programTooLong: (length, max) =>
    `プログラムが ${length.toLocaleString("ja")} 文字あります。プログラムは ${max.toLocaleString("ja")} 文字までです。`,
  needsTrace:
    "Python の問題には参照トレースが必要です。サンドボックス（lib/python）でプログラムをトレースしてから、fromStored(program, trace) で読み込んでください。",
  traceEmpty: "保存されたトレースが空です。",
  traceTooLong: "保存されたトレースが、トレーサーの書くどのトレースよりも長くなっています。",
  traceStray: (row, text) => `${jaRow(row)} \`${text}\` は、プログラムの行ではありません。`,
  traceNoPrefix: (row) => `${jaRow(row)}が \`state: \`、\`line: \`、\`exception: \` のどれでも始まっていません。`,
  traceException: (row) =>
    `${jaRow(row)}は \`exception:\` の行ですが、この行は \`line:\` の行の直後でトレースを終えるときにしか使えません。`,
  traceAlternate: (row, expected) =>
    `${jaRow(row)}は \`${expected}:\` の行のはずです。トレースは \`state:\` から始まり、2 種類の行が交互に並びます。`,
  traceEndsWithLine: "トレースが `line:` の行で終わっています。トレースは最後の状態で終わらなければなりません。",
  traceBadState: (row, error) => `${jaRow(row)}は正しい状態ではありません。${error}`,
  traceNotObject: (row) => `${jaRow(row)}は正しい状態ではありません。オブジェクトになっていません。`,

  json: {
    at: (position, near, reason) =>
      `${position} 文字目${near === "end" ? "（末尾）" : near === null ? "" : `（\`${near}\`）`}：${reason}`,
    noValue: "値がありません。状態は `{}` のようなオブジェクトです。",
    moreAfter: "値の終わりの後に、まだ続きがあります。",
    tooDeep: (max) => `値の入れ子が ${max} 段より深くなっています。`,
    singleQuotes: "JSON では文字列をダブルクォートで囲みます。`'a'` ではなく `\"a\"` です。",
    tuple: "トレースではタプルを配列で書きます。`(1, 2)` ではなく `[1, 2]` です。",
    pythonWord: {
      True: "JSON では True を `true` と書きます。",
      False: "JSON では False を `false` と書きます。",
      None: "JSON では None を `null` と書きます。",
      inf: 'トレースでは無限大を文字列 `"inf"` と書きます。',
      nan: 'トレースでは nan を文字列 `"nan"` と書きます。',
      Infinity: 'トレースでは無限大を文字列 `"inf"` と書きます。',
      NaN: 'トレースでは nan を文字列 `"nan"` と書きます。',
    },
    valueMissing: "値が抜けています。",
    badStart: (char) => `値を ${char} で始めることはできません。`,
    minusAlone: "`-` の後には数が必要です。",
    badNumber: "JSON の数として正しくありません（先頭に 0 を付けず、`.` の両側に数字を書きます）。",
    controlChar: "文字列に制御文字をそのまま入れることはできません。エスケープしてください（例: `\\n`）。",
    unclosed: "この文字列が `\"` で閉じられていません。",
    badUnicode: "`\\u` の後には 16 進数の数字が 4 つ必要です。",
    badEscape: "JSON のエスケープではありません（`\\n`、`\\t`、`\\\"`、`\\\\`、`\\uXXXX` など）。",
    arrayComma: "配列の要素の後には `,` か `]` が必要です。",
    arrayTrailing: "JSON では `]` の直前に `,` を書けません。",
    nameExpected: '`"x": 1` のように、ダブルクォートで囲んだ名前が必要です。',
    duplicate: (name) => `${name} が 2 回書かれています。`,
    colonExpected: (name) => `${name} の後には \`:\` が必要です。`,
    objectComma: "オブジェクトの値の後には `,` か `}` が必要です。",
    objectTrailing: "JSON では `}` の直前に `,` を書けません。",
  },

  bugs: {
    "stale-value": {
      title: "古い値のまま",
      explanation:
        "状態が、最後の行を実行する前のままになっています。その行が何を作り、何を変えるかを考えて、変わった変数をそれぞれ新しい値で書きましょう。",
    },
    "off-by-one": {
      title: "1 つずれ",
      explanation:
        "数が、本来より 1 大きいか 1 小さくなっています。数え始めがどこか（range(n) は 0 から始まり、n の手前で止まります）と、1 を足す行がもう実行されたかを確かめましょう。",
    },
    "loop-exit-missed": {
      title: "ループの終わりの見落とし",
      explanation:
        "ループは本体の最後の行の後、必ずヘッダーに戻ります。ループが終わるときも、ヘッダーがもう一度実行されます（要素が残っていない `for`、条件が False の `while`）。ループの後の行が来るのは、その後か `break` の後だけです。",
    },
    "loop-ended-early": {
      title: "ループを早く終えた",
      explanation:
        "ループはまだ終わっていません。`for` は要素ごとに 1 回ずつ本体を実行し、`while` は条件が True の間、本体を実行し続けます。残っている要素や、今の値での条件を確かめましょう。",
    },
    "branch-mistaken": {
      title: "分岐の取り違え",
      explanation:
        "`if` が逆の方に進んでいます。今の状態の値で条件を計算しましょう。True なら本体が実行され、False なら本体は飛ばされて、次の `elif`、`else` の本体、または `if` の後の行が実行されます。",
    },
    "scope-confusion": {
      title: "スコープの混同",
      explanation:
        "関数呼び出しごとに専用のフレームがあります。関数の中では、状態にはその関数のローカル変数（引数と、その関数が代入する変数）だけが表示され、モジュールや呼び出し元の変数は表示されません。",
    },
    "return-value-misplaced": {
      title: "戻り値の置き場所の誤り",
      explanation:
        "関数が戻ると、そのフレームとローカル変数はなくなります。呼び出し元に戻ると、戻り値は呼び出しのあった場所に入ります。たとえば、呼び出しの結果を代入する変数（`output` など）です。",
    },
    "call-stepped-over": {
      title: "関数呼び出しの飛ばし",
      explanation:
        "この行はプログラムの関数を呼び出すので、トレースはその関数の中に入ります。次の行は新しいフレームでの関数の最初の行で、呼び出し元は関数が戻ってから続きを実行します。",
    },
    "definition-run": {
      title: "定義のときに本体を実行した",
      explanation:
        "`def` の行は関数を定義するだけです（状態にその名前が現れます）。このとき本体は実行されません。本体は関数が呼び出されるたびに実行されるので、`def` の次には、関数全体の後にある文が来ます。",
    },
    "return-ignored": {
      title: "return の見落とし",
      explanation: "`return` はその場で関数を終わらせます。関数のほかの行は実行されず、呼び出された場所に戻ります。",
    },
    "exception-missed": {
      title: "例外の見落とし",
      explanation:
        "最後の行で、どこでも捕まえられない例外が発生したので、プログラムは止まります。トレースは次の状態ではなく、`exception:` の行（例外の型とメッセージ）で終わります。",
    },
  },
};

export const pythonPhrases: Record<Locale, PythonPhrases> = { en, ja };
