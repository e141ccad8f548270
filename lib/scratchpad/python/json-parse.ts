/**
 * A strict JSON reader for states: exact about content, lenient about whitespace between
 * tokens (any Unicode space), and saying where and why a line stopped being JSON, with a
 * word for the Python spellings a student is likely to type (`'a'`, `True`, `None`, `(1, 2)`).
 * Never throws; nesting is capped, so hostile input cannot exhaust the stack.
 */
import { phrasesFor } from "../phrases";
import { describeChar } from "../text";
import type { Locale } from "../types";
import type { JsonValue } from "./json-value";
import { pythonPhrases, type JsonPhrases } from "./phrases";

export type JsonRead = { ok: true; value: JsonValue } | { ok: false; error: string };

/** Deeper than anything the tracer writes (it stops at 20 levels), far from the stack's end. */
const MAX_DEPTH = 64;

/** Where the reader stopped, and why (a sentence of the phrasebook, picked once the locale is known). */
class JsonError {
  constructor(
    readonly at: number,
    readonly reason: (say: JsonPhrases) => string,
  ) {}
}

/**
 * Reads `text` as one JSON value; `error` says where (1-based character) and why it failed,
 * in `locale` (default English).
 */
export function readJson(text: string, locale?: Locale): JsonRead {
  const reader = new Reader(text);
  const result = reader.document();
  if (result instanceof JsonError) {
    const say = phrasesFor(pythonPhrases, locale).json;
    return { ok: false, error: say.at(result.at + 1, excerpt(text, result.at), result.reason(say)) };
  }
  return { ok: true, value: result };
}

/** The text where reading stopped (up to 8 characters), "end" at the end, or null when it is a space. */
function excerpt(text: string, at: number): string | "end" | null {
  if (at >= text.length) return "end";
  const shown = text.slice(at, at + 12).split(/\s/u)[0] ?? "";
  return shown === "" ? null : Array.from(shown).slice(0, 8).join("");
}

const SPACE = /\s/u;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const WORD = /[\p{L}\p{N}_]+/uy;
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
/** Python's spellings of JSON values, which the phrasebook has a word for. */
const PYTHON_WORDS = new Set<string>(["True", "False", "None", "inf", "nan", "Infinity", "NaN"]);

class Reader {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): JsonValue | JsonError {
    this.skipSpace();
    if (this.at >= this.text.length) return new JsonError(this.at, (say) => say.noValue);
    const value = this.value(0);
    if (value instanceof JsonError) return value;
    this.skipSpace();
    if (this.at < this.text.length) return new JsonError(this.at, (say) => say.moreAfter);
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
    if (depth > MAX_DEPTH) return new JsonError(this.at, (say) => say.tooDeep(MAX_DEPTH));
    const char = this.text[this.at];
    if (char === "{") return this.object(depth);
    if (char === "[") return this.array(depth);
    if (char === '"') return this.string();
    if (char === "'") return new JsonError(this.at, (say) => say.singleQuotes);
    if (char === "(") return new JsonError(this.at, (say) => say.tuple);
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
    if (word !== undefined && PYTHON_WORDS.has(word)) {
      return new JsonError(start, (say) => say.pythonWord[word as keyof JsonPhrases["pythonWord"]]);
    }
    const char = Array.from(this.text.slice(start, start + 2))[0];
    if (char === undefined) return new JsonError(start, (say) => say.valueMissing);
    return new JsonError(start, (say) => say.badStart(describeChar(char)));
  }

  private number(): JsonValue | JsonError {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) return new JsonError(this.at, (say) => say.minusAlone);
    const next = this.text[this.at + match[0].length];
    if (next !== undefined && /[0-9.eE]/.test(next)) {
      return new JsonError(this.at, (say) => say.badNumber);
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
      if (char !== "\\") return new JsonError(this.at, (say) => say.controlChar);
      const escaped = this.escape();
      if (escaped instanceof JsonError) return escaped;
      value += escaped;
    }
    return new JsonError(start, (say) => say.unclosed);
  }

  private escape(): string | JsonError {
    const letter = this.text[this.at + 1] ?? "";
    if (Object.hasOwn(ESCAPES, letter)) {
      this.at += 2;
      return ESCAPES[letter] ?? "";
    }
    if (letter === "u") {
      const hex = this.text.slice(this.at + 2, this.at + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return new JsonError(this.at, (say) => say.badUnicode);
      this.at += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return new JsonError(this.at, (say) => say.badEscape);
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
      if (char !== ",") return new JsonError(this.at - 1, (say) => say.arrayComma);
      this.skipSpace();
      if (this.text[this.at] === "]") return new JsonError(this.at, (say) => say.arrayTrailing);
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
        return new JsonError(this.at, (say) => say.nameExpected);
      }
      const key = this.string();
      if (key instanceof JsonError) return key;
      const name = key.kind === "string" ? key.value : "";
      if (seen.has(name)) return new JsonError(keyAt, (say) => say.duplicate(JSON.stringify(name)));
      seen.add(name);
      this.skipSpace();
      if (this.text[this.at] !== ":") return new JsonError(this.at, (say) => say.colonExpected(JSON.stringify(name)));
      this.at += 1;
      this.skipSpace();
      const item = this.value(depth + 1);
      if (item instanceof JsonError) return item;
      entries.push([name, item]);
      this.skipSpace();
      const char = this.text[this.at];
      this.at += 1;
      if (char === "}") return { kind: "object", entries };
      if (char !== ",") return new JsonError(this.at - 1, (say) => say.objectComma);
      this.skipSpace();
      if (this.text[this.at] === "}") return new JsonError(this.at, (say) => say.objectTrailing);
    }
  }
}
