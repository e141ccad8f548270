/**
 * Python source text as far as a line judge needs it: where string literals and comments
 * are, so that whitespace can be free in code and exact inside strings.
 */

export interface Segment {
  kind: "code" | "string" | "comment";
  text: string;
}

/** Letters that may stand before a quote and belong to the literal (`f"…"`, `rb'…'`). */
const PREFIX = /(?:^|[^\p{L}\p{N}_])([rRbBuUfFtT]{1,2})$/u;
const PREFIXES = new Set(["r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt"]);

/**
 * Cuts source into code, string literals (prefix and quotes included) and comments. Strings
 * may span lines (triple quotes); an unclosed string runs to the end of its line (one quote)
 * or of the text (three), so any text has an answer.
 */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let codeStart = 0;
  let i = 0;
  const flushCode = (end: number) => {
    if (end > codeStart) out.push({ kind: "code", text: text.slice(codeStart, end) });
  };
  while (i < text.length) {
    const char = text[i];
    if (char === "#") {
      flushCode(i);
      const end = lineEnd(text, i);
      out.push({ kind: "comment", text: text.slice(i, end) });
      i = end;
      codeStart = i;
    } else if (char === '"' || char === "'") {
      const prefix = PREFIX.exec(text.slice(Math.max(codeStart, i - 3), i))?.[1] ?? "";
      const start = PREFIXES.has(prefix.toLowerCase()) ? i - prefix.length : i;
      flushCode(start);
      const end = stringEnd(text, i, char);
      out.push({ kind: "string", text: text.slice(start, end) });
      i = end;
      codeStart = i;
    } else {
      i += 1;
    }
  }
  flushCode(text.length);
  return out;
}

function lineEnd(text: string, from: number): number {
  const match = /\r|\n/.exec(text.slice(from));
  return match ? from + match.index : text.length;
}

/** Where the literal opened by the quote at `open` ends (just after its closing quote). */
function stringEnd(text: string, open: number, quote: string): number {
  const delimiter = text.startsWith(quote.repeat(3), open) ? quote.repeat(3) : quote;
  let j = open + delimiter.length;
  while (j < text.length) {
    const char = text[j];
    // A backslash hides the next character from the scan, even in raw strings.
    if (char === "\\") j += 2;
    else if (text.startsWith(delimiter, j)) return j + delimiter.length;
    else if (delimiter.length === 1 && (char === "\n" || char === "\r")) return j;
    else j += 1;
  }
  return text.length;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const SPACE = /\s/u;

/**
 * The comparable form of a source line: whitespace in code removed except one space between
 * two word characters (`s[0 : i]` is `s[0:i]`, `for i in` stays apart, `returnx` is not
 * `return x`); string literals exactly as written; comments dropped unless `keepComments`
 * (then kept with their whitespace collapsed).
 */
export function normalizeSource(text: string, keepComments = false): string {
  let out = "";
  // The last character kept apart: reading the end of `out` flattens the string built so
  // far, again at every word, which made a line of `a a a …` cost quadratic time.
  let last = "";
  let pendingSpace = false;
  const append = (piece: string) => {
    const first = piece[0] ?? "";
    if (pendingSpace && WORD_CHAR.test(last) && WORD_CHAR.test(first)) out += " ";
    out += piece;
    if (piece !== "") last = piece.at(-1) ?? "";
    pendingSpace = false;
  };
  for (const segment of segments(text)) {
    if (segment.kind === "string") append(segment.text);
    else if (segment.kind === "comment") {
      if (keepComments) append(`# ${segment.text.slice(1).replace(/\s+/gu, " ").trim()}`.trimEnd());
    } else {
      for (const char of segment.text) {
        if (SPACE.test(char)) pendingSpace = true;
        else append(char);
      }
    }
  }
  return out;
}

/** The code of a line without its comment, for reading a statement's shape. */
export function codeOnly(text: string): string {
  return segments(text)
    .filter((segment) => segment.kind !== "comment")
    .map((segment) => segment.text)
    .join("")
    .trim();
}
