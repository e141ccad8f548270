/**
 * A line of an assignment's polynomial problems, `3*x**2 - 5 at x = 4` (`Evaluate ` in front
 * optional), read exactly as `/^(?:evaluate\s+)?(.+?)\s+at\s+x\s*=\s*(\S+)$/i` read it, in
 * time linear in the line's length. That regex retried every split of a run of spaces
 * between the polynomial and `at`: quadratic time for `1`, spaces, `x`, and cubic after
 * `Evaluate` (0.6 s for 1,000 characters, hours for the 20,000 an assignment may hold).
 */

export interface PolynomialLine {
  expression: string;
  x: string;
}

interface Token {
  text: string;
  start: number;
}

/** Characters `.` does not match (without the `s` flag); all of them are whitespace too. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

export function readPolynomialLine(line: string): PolynomialLine | null {
  const tokens: Token[] = Array.from(line.matchAll(/\S+/g), (match) => ({ text: match[0], start: match.index }));
  const last = tokens.at(-1);
  if (!last || last.start + last.text.length !== line.length) return null;
  const tail = findTail(tokens);
  if (!tail) return null;
  const at = tokens[tail.at] as Token;
  // `\s+` before `at` may start anywhere in the whitespace before it: the polynomial is the
  // shortest text (one character at least) that ends there.
  const spaceStart = tail.at > 0 ? (tokens[tail.at - 1] as Token).start + (tokens[tail.at - 1] as Token).text.length : 0;
  const terminatorsBefore = countsBefore(line);
  const expressionFrom = (start: number): string | null => {
    const end = Math.max(spaceStart, start + 1);
    if (end > at.start - 1) return null;
    // `(.+?)` stops at a line terminator.
    if (terminatorsBefore[end] !== terminatorsBefore[start]) return null;
    return line.slice(start, end);
  };
  // `evaluate\s+` first, giving back its spaces one by one, then without it.
  const evaluate = /^evaluate\s/i.test(line);
  if (evaluate) {
    let afterSpaces = 8;
    while (afterSpaces < line.length && /\s/.test(line[afterSpaces] as string)) afterSpaces += 1;
    for (let start = afterSpaces; start >= 9; start -= 1) {
      const expression = expressionFrom(start);
      if (expression !== null) return { expression, x: tail.x };
    }
  }
  const expression = expressionFrom(0);
  return expression === null ? null : { expression, x: tail.x };
}

/**
 * `at x = 4` at the end, however spaced (`at x=4`, `at x =4`, `at x= 4`): the index of the
 * `at` token and the value. At most one `at` can start it: what follows is 1 to 3 tokens.
 */
function findTail(tokens: Token[]): { at: number; x: string } | null {
  const texts = tokens.map((token) => token.text);
  for (let after = 1; after <= 3; after += 1) {
    const at = tokens.length - 1 - after;
    if (at < 0 || !/^at$/i.test(texts[at] as string)) continue;
    const [first = "", second = "", third = ""] = texts.slice(at + 1);
    let x: string | null = null;
    if (after === 1 && /^x=./i.test(first)) x = first.slice(2);
    if (after === 2 && /^x$/i.test(first) && second.startsWith("=") && second.length > 1) x = second.slice(1);
    if (after === 2 && /^x=$/i.test(first)) x = second;
    if (after === 3 && /^x$/i.test(first) && second === "=") x = third;
    if (x !== null) return { at, x };
  }
  return null;
}

/** For each index, how many line terminators come before it. */
function countsBefore(line: string): Int32Array {
  const counts = new Int32Array(line.length + 1);
  for (let i = 0; i < line.length; i += 1) {
    counts[i + 1] = (counts[i] as number) + (LINE_TERMINATOR.test(line[i] as string) ? 1 : 0);
  }
  return counts;
}
