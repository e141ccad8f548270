/**
 * A strict JSON reader for states: exact about content, lenient about whitespace between
 * tokens (any Unicode space), and saying where and why a line stopped being JSON, with a
 * word for the Python spellings a student is likely to type (`'a'`, `True`, `None`, `(1, 2)`).
 * Never throws; nesting is capped, so hostile input cannot exhaust the stack.
 */
import { describeChar } from "../text";
import type { JsonValue } from "./json-value";

export type JsonRead = { ok: true; value: JsonValue } | { ok: false; error: string };

/** Deeper than anything the tracer writes (it stops at 20 levels), far from the stack's end. */
const MAX_DEPTH = 64;

class JsonError {
  constructor(
    readonly at: number,
    readonly reason: string,
  ) {}
}

/** Reads `text` as one JSON value; `error` says where (1-based character) and why it failed. */
export function readJson(text: string): JsonRead {
  const reader = new Reader(text);
  const result = reader.document();
  if (result instanceof JsonError) {
    const near = excerpt(text, result.at);
    return { ok: false, error: `at character ${result.at + 1}${near}, ${result.reason}` };
  }
  return { ok: true, value: result };
}

function excerpt(text: string, at: number): string {
  if (at >= text.length) return " (the end)";
  const shown = text.slice(at, at + 12).split(/\s/u)[0] ?? "";
  return shown === "" ? "" : ` (\`${Array.from(shown).slice(0, 8).join("")}\`)`;
}

const SPACE = /\s/u;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const WORD = /[\p{L}\p{N}_]+/uy;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const PYTHON_WORDS: Record<string, string> = {
  True: "JSON writes True as `true`",
  False: "JSON writes False as `false`",
  None: "JSON writes None as `null`",
  inf: 'the trace writes infinity as the string `"inf"`',
  nan: 'the trace writes nan as the string `"nan"`',
  Infinity: 'the trace writes infinity as the string `"inf"`',
  NaN: 'the trace writes nan as the string `"nan"`',
};

class Reader {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): JsonValue | JsonError {
    this.skipSpace();
    if (this.at >= this.text.length) return new JsonError(this.at, "there is no value: a state is an object like `{}`.");
    const value = this.value(0);
    if (value instanceof JsonError) return value;
    this.skipSpace();
    if (this.at < this.text.length) return new JsonError(this.at, "there is more after the end of the value.");
    return value;
  }

  private skipSpace(): void {
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined || (char !== " " && !SPACE.test(char))) return;
      this.at += 1;
    }
  }

  private value(depth: number): JsonValue | JsonError {
    if (depth > MAX_DEPTH) return new JsonError(this.at, `the value is nested more than ${MAX_DEPTH} levels deep.`);
    const char = this.text[this.at];
    if (char === "{") return this.object(depth);
    if (char === "[") return this.array(depth);
    if (char === '"') return this.string();
    if (char === "'") return new JsonError(this.at, 'JSON writes strings in double quotes: `"a"`, not `\'a\'`.');
    if (char === "(") return new JsonError(this.at, "the trace writes tuples as arrays: `[1, 2]`, not `(1, 2)`.");
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) return this.number();
    return this.word();
  }

  private word(): JsonValue | JsonError {
    WORD.lastIndex = this.at;
    const word = WORD.exec(this.text)?.[0];
    const start = this.at;
    if (word === "true" || word === "false" || word === "null") {
      this.at += word.length;
      return word === "null" ? { kind: "null" } : { kind: "bool", value: word === "true" };
    }
    if (word !== undefined && Object.hasOwn(PYTHON_WORDS, word)) return new JsonError(start, `${PYTHON_WORDS[word]}.`);
    const char = Array.from(this.text.slice(start, start + 2))[0];
    if (char === undefined) return new JsonError(start, "a value is missing.");
    return new JsonError(start, `a value cannot start with ${describeChar(char)}.`);
  }

  private number(): JsonValue | JsonError {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) return new JsonError(this.at, "a number is expected after `-`.");
    const next = this.text[this.at + match[0].length];
    if (next !== undefined && /[0-9.eE]/.test(next)) {
      return new JsonError(this.at, "this is not a JSON number (no leading zeros, digits on both sides of `.`).");
    }
    this.at += match[0].length;
    const isFloat = match[1] !== undefined || match[2] !== undefined;
    return { kind: isFloat ? "float" : "int", text: match[0] };
  }

  private string(): JsonValue | JsonError {
    const start = this.at;
    this.at += 1;
    let value = "";
    while (this.at < this.text.length) {
      // Whole runs of ordinary characters at once: states are mostly strings.
      PLAIN.lastIndex = this.at;
      const run = PLAIN.exec(this.text)?.[0] ?? "";
      value += run;
      this.at += run.length;
      const char = this.text[this.at];
      if (char === undefined) break;
      if (char === '"') {
        this.at += 1;
        return { kind: "string", value };
      }
      if (char !== "\\") return new JsonError(this.at, "a string cannot hold a raw control character; escape it (e.g. `\\n`).");
      const escaped = this.escape();
      if (escaped instanceof JsonError) return escaped;
      value += escaped;
    }
    return new JsonError(start, "this string is never closed with `\"`.");
  }

  private escape(): string | JsonError {
    const letter = this.text[this.at + 1] ?? "";
    if (Object.hasOwn(ESCAPES, letter)) {
      this.at += 2;
      return ESCAPES[letter] ?? "";
    }
    if (letter === "u") {
      const hex = this.text.slice(this.at + 2, this.at + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return new JsonError(this.at, "`\\u` needs four hexadecimal digits.");
      this.at += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return new JsonError(this.at, "this is not a JSON escape (`\\n`, `\\t`, `\\\"`, `\\\\`, `\\uXXXX`, …).");
  }

  private array(depth: number): JsonValue | JsonError {
    this.at += 1;
    const items: JsonValue[] = [];
    this.skipSpace();
    if (this.text[this.at] === "]") {
      this.at += 1;
      return { kind: "array", items };
    }
    for (;;) {
      this.skipSpace();
      const item = this.value(depth + 1);
      if (item instanceof JsonError) return item;
      items.push(item);
      this.skipSpace();
      const char = this.text[this.at];
      this.at += 1;
      if (char === "]") return { kind: "array", items };
      if (char !== ",") return new JsonError(this.at - 1, "`,` or `]` is expected after an item of an array.");
      this.skipSpace();
      if (this.text[this.at] === "]") return new JsonError(this.at, "JSON allows no `,` before `]`.");
    }
  }

  private object(depth: number): JsonValue | JsonError {
    this.at += 1;
    const entries: Array<[string, JsonValue]> = [];
    const seen = new Set<string>();
    this.skipSpace();
    if (this.text[this.at] === "}") {
      this.at += 1;
      return { kind: "object", entries };
    }
    for (;;) {
      this.skipSpace();
      const keyAt = this.at;
      if (this.text[this.at] !== '"') {
        return new JsonError(this.at, 'a name in double quotes is expected, like `"x": 1`.');
      }
      const key = this.string();
      if (key instanceof JsonError) return key;
      const name = key.kind === "string" ? key.value : "";
      if (seen.has(name)) return new JsonError(keyAt, `${JSON.stringify(name)} is written twice.`);
      seen.add(name);
      this.skipSpace();
      if (this.text[this.at] !== ":") return new JsonError(this.at, `\`:\` is expected after ${JSON.stringify(name)}.`);
      this.at += 1;
      this.skipSpace();
      const item = this.value(depth + 1);
      if (item instanceof JsonError) return item;
      entries.push([name, item]);
      this.skipSpace();
      const char = this.text[this.at];
      this.at += 1;
      if (char === "}") return { kind: "object", entries };
      if (char !== ",") return new JsonError(this.at - 1, "`,` or `}` is expected after a value in an object.");
      this.skipSpace();
      if (this.text[this.at] === "}") return new JsonError(this.at, "JSON allows no `,` before `}`.");
    }
  }
}
