// The domain core's sentences in Japanese (issue #8): every message, diagnosis, hint and
// input error has a Japanese version that keeps the scratchpad text and code exactly as the
// English one quotes it, and the locale changes nothing but the words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pythonBank } from "@/lib/problems/python-bank";
import {
  addition,
  diagnosisById,
  plantableLines,
  plantError,
  polynomial,
  python,
  STEP_TYPES,
  stepType,
  stepTypeById,
  stepTypeLabel,
  stepTypesIn,
  type AdditionProblem,
  type Locale,
  type PolynomialProblem,
  type PythonProblem,
  type TaskModule,
  type Verdict,
} from "@/lib/scratchpad";
import { additionBugs, additionBugsIn } from "@/lib/scratchpad/addition";
import { BUG_IDS as ADDITION_BUG_IDS } from "@/lib/scratchpad/addition/bugs";
import { polynomialBugs, polynomialBugsIn } from "@/lib/scratchpad/polynomial";
import { BUG_IDS as POLYNOMIAL_BUG_IDS } from "@/lib/scratchpad/polynomial/bugs";
import { pythonBugs, pythonBugsIn, readJson } from "@/lib/scratchpad/python";
import { BUG_IDS as PYTHON_BUG_IDS } from "@/lib/scratchpad/python/bugs";
import { EXAMPLE, problemArb } from "./polynomial-arbitraries";
import { RATIO_PROGRAM, RATIO_TRACE, SPIN_PROGRAM, SPIN_TRACE, bankProblem, formatsProblem, indexOf, load, traces } from "./python-fixtures";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** The rule of i18n-messages.test.ts: no run of four English words outside backquotes. */
const ENGLISH_SENTENCE = /\b[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+\b/;

/** The texts in backquotes: scratchpad lines, code, values. */
function quoted(text: string): string[] {
  return [...text.matchAll(/`([^`]*)`/g)].map((match) => match[1] ?? "");
}

/** `ja` is Japanese, and quotes everything the English `en` quotes (the expected line above all). */
function expectTranslated(en: string, ja: string, context: string): void {
  expect(ja, context).toMatch(JAPANESE);
  expect(ja.replace(/`[^`]*`/g, ""), context).not.toMatch(ENGLISH_SENTENCE);
  const jaQuoted = quoted(ja);
  for (const code of quoted(en)) expect(jaQuoted, `${context}: ${en} → ${ja}`).toContain(code);
}

/** A verdict without its words: what must not depend on the locale. */
function shape(verdict: Verdict) {
  const { message: _message, diagnosis, ...rest } = verdict;
  return { ...rest, diagnosis: diagnosis?.id ?? null };
}

/** Judges `line` in both languages and checks that only the words differ. */
function judgeBoth<P>(task: TaskModule<P>, problem: P, index: number, line: string, strict = false): { en: Verdict; ja: Verdict } {
  const en = task.judgeLine(problem, index, line, { strict });
  const ja = task.judgeLine(problem, index, line, { strict, locale: "ja" });
  expect(shape(ja)).toEqual(shape(en));
  return { en, ja };
}

/** Checks the Japanese message and diagnosis of `line` at `index`. */
function checkLine<P>(task: TaskModule<P>, problem: P, index: number, line: string, strict = false): Verdict {
  const { en, ja } = judgeBoth(task, problem, index, line, strict);
  const context = `line ${index}, typed ${JSON.stringify(line)}`;
  expectTranslated(en.message, ja.message, context);
  if (en.diagnosis && ja.diagnosis) {
    expectTranslated(en.diagnosis.title, ja.diagnosis.title, context);
    expectTranslated(en.diagnosis.explanation, ja.diagnosis.explanation, context);
  }
  return ja;
}

/** Every hint level of every line (and of two lines that do not exist) in Japanese. */
function checkHints<P>(task: TaskModule<P>, problem: P): void {
  const count = task.referenceLines(problem).length;
  for (const index of [...Array.from({ length: count }, (_, i) => i), count, -1]) {
    const levels = Math.max(1, task.hintLevels(problem, index));
    for (let level = 1; level <= levels; level += 1) {
      const en = task.hint(problem, index, level);
      const ja = task.hint(problem, index, level, "ja");
      expect({ level: ja.level, final: ja.final }).toEqual({ level: en.level, final: en.final });
      expectTranslated(en.text, ja.text, `hint ${index}.${level}`);
    }
    // The last level gives the whole line, quoted as in English.
    const line = task.referenceLines(problem)[index];
    if (line && !line.structural) expect(task.hint(problem, index, levels, "ja").text).toContain(`\`${line.text}\``);
  }
}

/** Lines to judge at `index`: junk, the line with a character changed, and the other lines. */
function wrongLines(texts: string[], index: number): string[] {
  const text = texts[index] ?? "";
  const changed = text.replace(/[0-9]/, (digit) => String((Number(digit) + 1) % 10));
  return [...new Set(["", "x", "hello", changed, text, ...texts.filter((_, i) => i !== index)])];
}

/** Every line of `problem` judged with wrong and right lines, in both languages. */
function checkAllLines<P>(task: TaskModule<P>, problem: P, strict = false): Set<string> {
  const roles = new Set<string>();
  const texts = task.referenceLines(problem).map((line) => line.text);
  for (const line of task.referenceLines(problem)) {
    for (const typed of wrongLines(texts, line.index)) {
      const verdict = checkLine(task, problem, line.index, typed, strict);
      if (!verdict.ok) roles.add(line.role);
    }
  }
  for (const index of [texts.length, -1, 1.5]) checkLine(task, problem, index, "x");
  return roles;
}

function parsed<P>(task: TaskModule<P>, input: string): P {
  const result = task.parseInput(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("shared sentences", () => {
  it("start the verdict with 正解です or もう少しです", () => {
    const p = { a: "29", b: "57" };
    expect(addition.judgeLine(p, 6, "8 6", { locale: "ja" }).message).toBe("正解です。29 + 57 = 86 です。");
    expect(addition.judgeLine(p, 0, "<scratch>", { locale: "ja" }).message).toBe("正解です。");
    expect(addition.judgeLine(p, 0, "<scrach>", { locale: "ja" }).message).toBe("もう少しです。この行は `<scratch>` です。");
    expect(addition.judgeLine(p, 7, "x", { locale: "ja" }).message).toBe(
      "もう少しです。スクラッチパッドはもう完成しています（全 7 行）。8 行目はありません。",
    );
    expect(addition.hint(p, 7, 1, "ja").text).toBe("スクラッチパッドは完成しています。次の行はありません。");
    expect(addition.hint(p, -1, 1, "ja").text).toBe("そのような行はありません。");
  });

  it("name the other wrong fields in Japanese", () => {
    expect(addition.judgeLine({ a: "29", b: "57" }, 1, "5 7 + 2 9 , C: 0", { locale: "ja" }).message).toBe(
      "もう少しです。最初の行は a の数字すべて `2 9` から始まります。b の数字も確かめましょう。",
    );
  });

  it("fall back to English for a locale they do not know, and default to English", () => {
    const p = { a: "29", b: "57" };
    const english = addition.judgeLine(p, 3, ", 7 6 C: 0");
    expect(addition.judgeLine(p, 3, ", 7 6 C: 0", { locale: "en" })).toEqual(english);
    expect(addition.judgeLine(p, 3, ", 7 6 C: 0", { locale: "fr" as Locale })).toEqual(english);
    expect(addition.judgeLine(p, 3, ", 7 6 C: 0", { locale: "__proto__" as Locale })).toEqual(english);
    expect(addition.hint(p, 2, 1, "xx" as Locale)).toEqual(addition.hint(p, 2, 1));
    expect(addition.parseInput("", "de" as Locale)).toEqual(addition.parseInput(""));
  });
});

describe("addition in Japanese", () => {
  const problems: AdditionProblem[] = [
    { a: "29", b: "57" },
    { a: "123", b: "45" },
    { a: "45", b: "123" },
    { a: "999", b: "57" },
    { a: "0", b: "0" },
    { a: "123456789", b: "987654321" },
  ];

  it("judges every kind of line, right and wrong, lenient and strict", () => {
    const roles = new Set<string>();
    for (const p of problems) {
      for (const role of checkAllLines(addition, p)) roles.add(role);
      checkAllLines(addition, p, true);
    }
    expect([...roles].sort()).toEqual(["answer", "close", "column", "final", "open", "start"]);
  });

  it("words the field sentences of a column line", () => {
    const p = { a: "29", b: "57" };
    for (const line of ["3 + 6 , 1 C: 6", ", 8 C: 0", "2 + 5 , 6 6 C: 1", "2 + 5 , 6 C: 1 # added 9 + 7 = 16 carry 1", "2 + 5 , 6 C: 0", "1 + , 1 6 8 C: 0", "2 9 + 5 7 , C: 0 # hi"]) {
      for (const index of [1, 2, 3]) checkLine(addition, p, index, line, true);
    }
    checkLine(addition, { a: "123", b: "45" }, 4, "1 + , 1 6 8 C: 0");
    checkLine(addition, { a: "123", b: "45" }, 4, "+ 4 , 1 6 8 C: 0");
  });

  it("gives every hint level", () => {
    for (const p of problems) checkHints(addition, p);
    expect(addition.hint({ a: "29", b: "57" }, 3, 1, "ja").text).toBe("十の位を見ましょう。2 + 5 です。右の位から来た繰り上がり 1 も足します。");
    expect(addition.hint({ a: "123456789", b: "1" }, 10, 1, "ja").text).toMatch(/^右から 9 番目の桁を見ましょう。/);
  });

  it("says what is wrong with an input", () => {
    for (const input of ["", "  ", "2 9 - 5 7", "2a + 3", "1 + 2 + 3", "12", "+ 5", "5 +", "01 + 2", "3 + 007", `${"9".repeat(61)} + 1`, "1 + ２"]) {
      const en = addition.parseInput(input);
      const ja = addition.parseInput(input, "ja");
      expect(en.ok || ja.ok, input).toBe(false);
      if (!en.ok && !ja.ok) expectTranslated(en.error, ja.error, input);
    }
    expect(addition.parseInput("29 + 57", "ja")).toEqual(addition.parseInput("29 + 57"));
  });

  it("names every bug of the library in Japanese", () => {
    const p2957 = { a: "29", b: "57" };
    const p12345 = { a: "123", b: "45" };
    const cases: Array<[string, AdditionProblem, number, string]> = [
      ["carry-dropped", p2957, 3, ", 7 6 C: 0"],
      ["carry-invented", p12345, 3, "1 + , 7 8 C: 0"],
      ["carry-two-back", { a: "159", b: "1" }, 4, ", 2 6 0 C: 0"],
      ["carry-as-digit", p2957, 2, "2 + 5 , 1 C: 1"],
      ["digit-carry-swapped", p2957, 2, "2 + 5 , 1 C: 6"],
      ["whole-sum-written", p2957, 2, "2 + 5 , 1 6 C: 0"],
      ["wrong-column", p12345, 2, "2 3 + 5 , 5 C: 0"],
      ["result-order-reversed", p12345, 3, "1 + , 8 6 C: 0"],
      ["result-order-reversed", p12345, 7, "8 6 1"],
      ["final-carry-missing", p2957, 4, "</scratch>"],
      ["final-carry-missing", { a: "999", b: "57" }, 7, "0 5 6"],
      ["leading-zero-kept", p2957, 6, "0 8 6"],
    ];
    const seen = new Set<string>();
    for (const [id, p, index, line] of cases) {
      const verdict = checkLine(addition, p, index, line);
      expect(verdict.diagnosis?.id, line).toBe(id);
      expect(verdict.diagnosis).toEqual(additionBugsIn("ja")[id as keyof typeof additionBugs]);
      seen.add(id);
    }
    expect([...seen].sort()).toEqual([...ADDITION_BUG_IDS].sort());
    for (const id of ADDITION_BUG_IDS) {
      const ja = additionBugsIn("ja")[id];
      expect(ja.id).toBe(id);
      expectTranslated(additionBugs[id].title, ja.title, id);
      expectTranslated(additionBugs[id].explanation, ja.explanation, id);
    }
  });

  it("changes nothing but the words, for any problem and any line", () => {
    const problemArb = fc.record({
      a: fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String),
      b: fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String),
    });
    fc.assert(
      fc.property(problemArb, fc.nat(), fc.nat(), fc.string({ maxLength: 3 }), fc.boolean(), (p, i, at, insert, strict) => {
        const texts = addition.referenceLines(p).map((line) => line.text);
        const index = i % (texts.length + 1);
        const text = texts[(i + at) % texts.length] ?? "";
        const cut = at % (text.length + 1);
        judgeBoth(addition, p, index, text.slice(0, cut) + insert + text.slice(cut + 1), strict);
        judgeBoth(addition, p, index, text, strict);
      }),
      { numRuns: 300 },
    );
  });
});

describe("polynomial in Japanese", () => {
  const problems: PolynomialProblem[] = [
    EXAMPLE,
    parsed(polynomial, "Evaluate -x**2 - x + 2 at x = -3"),
    parsed(polynomial, "Evaluate 6*x**3 at x = 2"),
    parsed(polynomial, "Evaluate x**3 - 10 at x = 0"),
  ];

  it("judges every kind of line, right and wrong", () => {
    const roles = new Set<string>();
    for (const p of problems) for (const role of checkAllLines(polynomial, p)) roles.add(role);
    expect([...roles].sort()).toEqual(["answer", "close", "open", "term"]);
  });

  it("words every reason a term line can be wrong", () => {
    const lines = ["-5*x: 20", "5*x: -20", "+5*x: -20", "-5*x = -20", "-5x: -20", "-5*x^1: -20", "(-5*x): -20", "-5*y: -20", "-5*x**1: -20", "-5*1*x: 1", ": -20", "-5*x:", "-5*x: abc", "7: 7", "3*x**2: 48", "1234567*x: 1", "-: 1", "-5*x*x: -20"];
    for (const line of lines) checkLine(polynomial, EXAMPLE, 2, line);
    checkLine(polynomial, EXAMPLE, 1, "+3*x**2: 48");
    for (const line of ["36", "35: 35", "</scratch>", "x"]) checkLine(polynomial, EXAMPLE, 5, line);
    checkLine(polynomial, problems[2] as PolynomialProblem, 3, "47");
    checkLine(polynomial, problems[2] as PolynomialProblem, 2, "6*x**3: 48");
    checkLine(polynomial, problems[2] as PolynomialProblem, 1, "</scratch>");
    checkLine(polynomial, problems[2] as PolynomialProblem, 1, "6*x**3: 1");
  });

  it("gives every hint level", () => {
    for (const p of problems) checkHints(polynomial, p);
    expect(polynomial.hint(EXAMPLE, 1, 2, "ja").text).toBe("4**2 = 16 で、3 * 16 = 48 です。");
  });

  it("says what is wrong with an input", () => {
    const inputs = [
      "",
      "x".repeat(1001),
      "Evaluate 3*x**2 − 5*x at x = 4",
      "Evaluate 3*x**2 ; 5 at x = 4",
      "Evaluate (x + 1) at x = 4",
      "Compute x at x = 4",
      "Evaluate x",
      "Evaluate x at y = 4",
      "Evaluate x at x = 11",
      "Evaluate x at x = four",
      "Evaluate at x = 4",
      "Evaluate x +- 1 at x = 4",
      "Evaluate x + at x = 4",
      "Evaluate x**3 + x**2 + x + 1 at x = 4",
      "Evaluate x**4 at x = 4",
      "Evaluate 0*x at x = 4",
      "Evaluate 11*x at x = 4",
      "Evaluate x + 2*x at x = 4",
      "Evaluate x + x**2 at x = 4",
      "Evaluate 3x at x = 4",
      "Evaluate x^2 at x = 4",
      "Evaluate 2*y at x = 4",
      "Evaluate 1234567 at x = 4",
      "Evaluate x*3 at x = 4",
    ];
    for (const input of inputs) {
      const en = polynomial.parseInput(input);
      const ja = polynomial.parseInput(input, "ja");
      expect(en.ok || ja.ok, input).toBe(false);
      if (!en.ok && !ja.ok) expectTranslated(en.error, ja.error, input);
    }
    expect(polynomial.parseInput("Evaluate 3*x**2 - 5*x + 7 at x = 4", "ja")).toEqual(polynomial.parseInput("Evaluate 3*x**2 - 5*x + 7 at x = 4"));
  });

  it("names every bug of the library in Japanese", () => {
    const cases: Array<[string, PolynomialProblem, number, string]> = [
      ["sign-error", EXAMPLE, 2, "-5*x: 20"],
      ["precedence", EXAMPLE, 1, "3*x**2: 144"],
      ["power-as-multiplication", EXAMPLE, 1, "3*x**2: 24"],
      ["exponent-ignored", EXAMPLE, 1, "3*x**2: 12"],
      ["coefficient-dropped", EXAMPLE, 1, "3*x**2: 16"],
      ["term-skipped", EXAMPLE, 3, "</scratch>"],
      ["term-skipped", EXAMPLE, 5, "55"],
      ["term-out-of-order", EXAMPLE, 2, "3*x**2: 48"],
      ["wrong-final-sum", EXAMPLE, 5, "36"],
    ];
    const seen = new Set<string>();
    for (const [id, p, index, line] of cases) {
      const verdict = checkLine(polynomial, p, index, line);
      expect(verdict.diagnosis?.id, line).toBe(id);
      expect(verdict.diagnosis).toEqual(polynomialBugsIn("ja")[id as keyof typeof polynomialBugs]);
      seen.add(id);
    }
    expect([...seen].sort()).toEqual([...POLYNOMIAL_BUG_IDS].sort());
    for (const id of POLYNOMIAL_BUG_IDS) {
      expectTranslated(polynomialBugs[id].title, polynomialBugsIn("ja")[id].title, id);
      expectTranslated(polynomialBugs[id].explanation, polynomialBugsIn("ja")[id].explanation, id);
    }
  });

  it("changes nothing but the words, for any problem and any line", () => {
    fc.assert(
      fc.property(problemArb, fc.nat(), fc.nat(), fc.string({ maxLength: 3 }), (p, i, at, insert) => {
        const texts = polynomial.referenceLines(p).map((line) => line.text);
        const index = i % (texts.length + 1);
        const text = texts[(i + at) % texts.length] ?? "";
        const cut = at % (text.length + 1);
        judgeBoth(polynomial, p, index, text.slice(0, cut) + insert + text.slice(cut + 1));
        judgeBoth(polynomial, p, index, text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("python in Japanese", () => {
  const bank = pythonBank.map((entry) => load(entry.program, traces[entry.slug] ?? ""));
  const extra = [formatsProblem(), load(RATIO_PROGRAM, RATIO_TRACE), load(SPIN_PROGRAM, SPIN_TRACE)];

  /** Wrong lines for a trace entry: the neighbours of its role, junk, and JSON mistakes. */
  function pythonLines(p: PythonProblem, index: number): string[] {
    const texts = p.entries.map((entry) => entry.text);
    const text = texts[index] ?? "";
    const changed = text.replace(/[0-9]/, (digit) => String((Number(digit) + 1) % 10));
    const body = p.entries[index]?.body ?? "";
    return [
      ...new Set([
        text,
        changed,
        texts[index - 2] ?? "x",
        texts[index + 2] ?? "x",
        texts[index + 1] ?? "x",
        "x",
        "line: ",
        "line: print(1)",
        `state ${body}`,
        'state: {"zz": 1, "s": 3, "a": 1, "b": 2}',
        "state: {'a': 1}",
        "state: [1]",
        "state: {",
        'state: {"a": True}',
        'state: {"a": 1,}',
        "exception: ValueError: no",
      ]),
    ];
  }

  it("judges every kind of entry, right and wrong, in every bank program", () => {
    const roles = new Set<string>();
    for (const p of [...bank, ...extra]) {
      for (const entry of p.entries) {
        for (const line of pythonLines(p, entry.index)) {
          if (!checkLine(python, p, entry.index, line).ok) roles.add(entry.role);
        }
      }
    }
    expect([...roles].sort()).toEqual(["exception", "line", "state"]);
  }, 120_000); // every program, every entry: seconds on a quiet machine, over 30 s on a busy one

  it("asks for a line's comment in Japanese", () => {
    const program = "def f(x):\n    return x + 1  # one more\noutput = f(1)\n";
    const trace = [
      "state: {}",
      "line: def f(x):",
      'state: {"f": "<callable_object f>"}',
      "line: output = f(1)",
      'state: {"x": 1}',
      "line: return x + 1  # one more",
      'state: {"f": "<callable_object f>", "output": 2}',
    ].join("\n");
    expect(checkLine(python, load(program, trace), 5, "line: return x + 1", true).message).toBe(
      "もう少しです。プログラムにあるとおり、コメントも含めて行を書きます。",
    );
  });

  it("words every reason the JSON of a state cannot be read", () => {
    const texts = ["", "{} 1", "'a'", "(1, 2)", "True", "False", "None", "inf", "nan", "Infinity", "NaN", "@", "-", "01", '"a\u0001"', '"\\x"', '"\\u12"', '"abc', "[1 2]", "[1,]", "{1: 2}", '{"a": ', "[", '{"a": 1, "a": 2}', '{"a" 1}', '{"a": 1 "b": 2}', '{"a": 1,}', `${"[".repeat(70)}${"]".repeat(70)}`];
    for (const text of texts) {
      const en = readJson(text);
      const ja = readJson(text, "ja");
      expect(en.ok || ja.ok, text).toBe(false);
      if (!en.ok && !ja.ok) expectTranslated(en.error, ja.error, text);
    }
  });

  it("gives every hint level", () => {
    for (const p of [...bank, ...extra]) checkHints(python, p);
    const p = formatsProblem();
    expect(python.hint(p, 4, 1, "ja").text).toBe("関数 `remove_Occ` が呼び出されたところです。新しいフレームには引数 `s`、`ch` があります。");
    expect(python.hint(p, 14, 1, "ja").text).toBe(
      "`return s` で関数 `remove_Occ` が終わり、そのフレームはなくなりました。呼び出し元に戻って、`output` を見ましょう。",
    );
  });

  it("says what is wrong with a program or a stored trace", () => {
    const program = "x = 1\n";
    const cases: Array<[string, string | null]> = [
      ["", null],
      ["   ", null],
      ["x".repeat(20_001), null],
      [program, null],
      [program, ""],
      [program, "x".repeat(8_000_001)],
      [program, "hello"],
      [program, "state: {}\nexception: E: e\nstate: {}"],
      [program, "line: x = 1"],
      [program, "state: {}\nline: x = 1"],
      [program, "state: {x}"],
      [program, "state: []"],
      [program, "state: {}\nline: y = 2\nstate: {}"],
    ];
    for (const [input, trace] of cases) {
      const en = trace === null ? python.parseInput(input) : python.fromStored(input, trace);
      const ja = trace === null ? python.parseInput(input, "ja") : python.fromStored(input, trace, "ja");
      expect(en.ok || ja.ok).toBe(false);
      if (!en.ok && !ja.ok) expectTranslated(en.error, ja.error, `${input.slice(0, 20)} / ${trace?.slice(0, 20)}`);
    }
    expect(python.fromStored(RATIO_PROGRAM, RATIO_TRACE, "ja")).toEqual(python.fromStored(RATIO_PROGRAM, RATIO_TRACE));
  });

  it("names every bug of the library in Japanese", () => {
    const countUp = bankProblem("count-up");
    const squares = bankProblem("sum-of-squares");
    const power = bankProblem("fast-power");
    const p = formatsProblem();
    const stateAfter = (q: PythonProblem, text: string, occurrence = 0) => indexOf(q, `line: ${text}`, occurrence) + 1;
    const staleAt = stateAfter(countUp, "total = total + i", 1);
    const cases: Array<[string, PythonProblem, number, string]> = [
      ["stale-value", countUp, staleAt, `state: ${countUp.entries[staleAt - 2]?.body}`],
      ["off-by-one", countUp, stateAfter(countUp, "for i in range(n):", 1), 'state: {"n": 3, "total": 0, "i": 2}'],
      ["scope-confusion", p, 4, 'state: {"remove_Occ": "<callable_object remove_Occ>", "s": "PHP", "ch": "P"}'],
      ["return-value-misplaced", p, 14, 'state: {"remove_Occ": "<callable_object remove_Occ>"}'],
      ["loop-exit-missed", countUp, indexOf(countUp, "line: for i in range(n):", 1), "line: total = total + i"],
      ["loop-ended-early", countUp, indexOf(countUp, "line: total = total + i"), "line: return total"],
      ["branch-mistaken", bankProblem("bigger-of-two"), indexOf(bankProblem("bigger-of-two"), "line: return y"), "line: return x"],
      ["call-stepped-over", squares, indexOf(squares, "line: return x * x"), "line: second = square(b)"],
      ["return-ignored", power, indexOf(power, "line: return 1") + 2, "line: half = power(base, exp // 2)"],
      ["definition-run", p, 3, "line: return s"],
      ["exception-missed", load(RATIO_PROGRAM, RATIO_TRACE), 6, "line: output = ratio(1, 0)"],
    ];
    const seen = new Set<string>();
    for (const [id, q, index, line] of cases) {
      const verdict = checkLine(python, q, index, line);
      expect(verdict.diagnosis?.id, line).toBe(id);
      expect(verdict.diagnosis).toEqual(pythonBugsIn("ja")[id as keyof typeof pythonBugs]);
      seen.add(id);
    }
    expect([...seen].sort()).toEqual([...PYTHON_BUG_IDS].sort());
    for (const id of PYTHON_BUG_IDS) {
      expectTranslated(pythonBugs[id].title, pythonBugsIn("ja")[id].title, id);
      expectTranslated(pythonBugs[id].explanation, pythonBugsIn("ja")[id].explanation, id);
    }
  });

  it("changes nothing but the words, for any line of any bank program", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 3 }), fc.boolean(), (which, i, at, insert, strict) => {
        const p = bank[which % bank.length] as PythonProblem;
        const texts = p.entries.map((entry) => entry.text);
        const index = i % (texts.length + 1);
        const text = texts[(i + at) % texts.length] ?? "";
        const cut = at % (text.length + 1);
        judgeBoth(python, p, index, text.slice(0, cut) + insert + text.slice(cut + 1), strict);
      }),
      { numRuns: 400 },
    );
  });
});

describe("diagnoses by id, planted errors and step types in Japanese", () => {
  it("looks a stored diagnosis up by task and id", () => {
    expect(diagnosisById("addition", "carry-dropped")).toEqual(additionBugs["carry-dropped"]);
    expect(diagnosisById("addition", "carry-dropped", "ja")).toEqual(additionBugsIn("ja")["carry-dropped"]);
    expect(diagnosisById("polynomial", "precedence", "ja")?.title).toBe(polynomialBugsIn("ja").precedence.title);
    expect(diagnosisById("python", "stale-value", "ja")?.title).toBe(pythonBugsIn("ja")["stale-value"].title);
    expect(diagnosisById("python", "carry-dropped")).toBeNull();
    expect(diagnosisById("nope", "carry-dropped")).toBeNull();
    expect(diagnosisById("addition", "__proto__")).toBeNull();
  });

  it("plants the same line in every language, its diagnosis in the language asked for", () => {
    const cases: Array<[TaskModule<unknown>, unknown]> = [
      [addition as TaskModule<unknown>, { a: "4789", b: "356" }],
      [polynomial as TaskModule<unknown>, EXAMPLE],
      [python as TaskModule<unknown>, formatsProblem()],
    ];
    for (const [task, problem] of cases) {
      for (const index of plantableLines(task, problem)) {
        for (const seed of [0, 1, 2]) {
          const en = plantError(task, problem, index, seed);
          const ja = plantError(task, problem, index, seed, "ja");
          expect(ja?.text).toBe(en?.text);
          expect(ja?.diagnosis.id).toBe(en?.diagnosis.id);
          if (en && ja) expectTranslated(en.diagnosis.explanation, ja.diagnosis.explanation, en.text);
          expect(ja?.diagnosis).toEqual(task.judgeLine(problem, index, ja?.text ?? "", { actor: "model", locale: "ja" }).diagnosis);
        }
      }
    }
  });

  it("labels every step type in Japanese, in the same order", () => {
    const ja = stepTypesIn("ja");
    expect(ja.map((type) => type.id)).toEqual(STEP_TYPES.map((type) => type.id));
    expect(stepTypesIn()).toEqual(STEP_TYPES);
    expect(new Set(ja.map((type) => type.label)).size).toBe(ja.length);
    for (const type of ja) {
      expect(type.label).toMatch(JAPANESE);
      expect(type.label.replace(/`[^`]*`/g, "")).not.toMatch(ENGLISH_SENTENCE);
      expect(stepTypeLabel(type.id, "ja")).toBe(type.label);
      expect(stepTypeById(type.id, "ja")).toEqual(type);
    }
    expect(stepTypeLabel("addition.start")).toBe("Addition: start line");
    expect(stepTypeLabel("addition.start", "ja")).toBe("足し算：最初の行");
    expect(stepTypeLabel("python.state.assignment", "ja")).toBe("Python：代入の後の状態");
    expect(stepTypeLabel("nope", "ja")).toBeNull();
    expect(stepType("addition", { a: "29", b: "57" }, 3, "ja")).toEqual({ id: "addition.column.carry-in", label: "足し算：繰り上がりを受ける位" });
    expect(stepType("addition", { a: "29", b: "57" }, 3)).toEqual({ id: "addition.column.carry-in", label: "Addition: column with a carry in" });
  });
});
