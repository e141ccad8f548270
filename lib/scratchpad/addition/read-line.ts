/**
 * Reads a line a person typed into its parts, lenient about whitespace only.
 *
 * The line is cut into tokens: runs of ASCII digits, runs of ASCII letters, and single other
 * characters. Whitespace only separates tokens, so `2+5,6 C:1` reads like `2 + 5 , 6 C: 1`.
 * In a digit group (the operands, the result, the final line, the answer) digits typed
 * together count one by one: `8 6` and `86` are the same digits, only spaced differently.
 * Numbers in the comment and the carry are read whole, so `carry 16` is a wrong carry, not
 * two tokens.
 */

type Token = { kind: "digits" | "word" | "symbol"; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const [token] of text.matchAll(/[0-9]+|[A-Za-z]+|\S/gu)) {
    const kind = /^[0-9]/.test(token) ? "digits" : /^[A-Za-z]/.test(token) ? "word" : "symbol";
    tokens.push({ kind, text: token });
  }
  return tokens;
}

/** The `# added x + y [+ z] = d carry c` comment, numbers as typed. */
export interface TypedComment {
  x: string;
  y: string;
  /** The third addend (the carry in), or null when there is none. */
  z: string | null;
  digit: string;
  carry: string;
}

/** A start or column line: the digit groups without spaces, the carry as typed. */
export interface TypedOperandLine {
  a: string;
  b: string;
  result: string;
  carry: string;
  /** Absent, read, or present but not in the comment's shape (then its text, whitespace collapsed). */
  comment: { kind: "none" } | { kind: "read"; value: TypedComment } | { kind: "unreadable"; text: string };
}

/** Reads `a + b , result C: carry [# comment]`; null when the line does not have that shape. */
export function readOperandLine(line: string): TypedOperandLine | null {
  const tokens = tokenize(line);
  const hash = tokens.findIndex((token) => token.text === "#");
  const body = hash === -1 ? tokens : tokens.slice(0, hash);
  const comma = body.findIndex((token) => token.text === ",");
  if (comma === -1) return null;
  const operands = readOperands(body.slice(0, comma));
  const rest = readResultAndCarry(body.slice(comma + 1));
  if (!operands || !rest) return null;
  const commentTokens = hash === -1 ? null : tokens.slice(hash + 1);
  return { ...operands, ...rest, comment: readComment(commentTokens) };
}

/** `2 9 + 5 7`, `1 +`, `+ 4`, or nothing (both used up: then there is no `+` either). */
function readOperands(tokens: Token[]): { a: string; b: string } | null {
  if (tokens.length === 0) return { a: "", b: "" };
  const plus = tokens.findIndex((token) => token.text === "+");
  if (plus === -1) return null;
  const a = joinDigits(tokens.slice(0, plus));
  const b = joinDigits(tokens.slice(plus + 1));
  if (a === null || b === null || (a === "" && b === "")) return null;
  return { a, b };
}

/** `6 8 C: 0`: result digits (maybe none), then `C`, `:` and one number. */
function readResultAndCarry(tokens: Token[]): { result: string; carry: string } | null {
  const c = tokens.findIndex((token) => token.kind !== "digits");
  if (c === -1 || tokens.length !== c + 3) return null;
  const [letter, colon, carry] = tokens.slice(c);
  if (letter?.text !== "C" || colon?.text !== ":" || carry?.kind !== "digits") return null;
  return { result: tokens.slice(0, c).map((token) => token.text).join(""), carry: carry.text };
}

/** Where the comment has a number; anything else in a shape is a token's exact text. */
const NUMBER = Symbol("number");
const COMMENT = ["added", NUMBER, "+", NUMBER, "=", NUMBER, "carry", NUMBER];
const COMMENT_WITH_CARRY_IN = ["added", NUMBER, "+", NUMBER, "+", NUMBER, "=", NUMBER, "carry", NUMBER];

function readComment(tokens: Token[] | null): TypedOperandLine["comment"] {
  if (tokens === null) return { kind: "none" };
  for (const shape of [COMMENT, COMMENT_WITH_CARRY_IN]) {
    const fits =
      tokens.length === shape.length &&
      shape.every((want, i) => (want === NUMBER ? tokens[i]?.kind === "digits" : tokens[i]?.text === want));
    if (!fits) continue;
    const numbers = shape.flatMap((want, i) => (want === NUMBER ? [tokens[i]?.text ?? ""] : []));
    const at = (i: number) => numbers[i] ?? "";
    const value =
      shape === COMMENT
        ? { x: at(0), y: at(1), z: null, digit: at(2), carry: at(3) }
        : { x: at(0), y: at(1), z: at(2), digit: at(3), carry: at(4) };
    return { kind: "read", value };
  }
  return { kind: "unreadable", text: tokens.map((token) => token.text).join(" ") };
}

/** A line of digits only (the final line, the answer): the digits without spaces, or null. */
export function readDigitsLine(line: string): string | null {
  const digits = joinDigits(tokenize(line));
  return digits === "" ? null : digits;
}

function joinDigits(tokens: Token[]): string | null {
  if (tokens.some((token) => token.kind !== "digits")) return null;
  return tokens.map((token) => token.text).join("");
}
