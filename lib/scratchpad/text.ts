/**
 * Text helpers shared by the task modules. Every judge is lenient about whitespace a
 * person types (FORMATS.md), and every judge must survive any string, so these never throw.
 */

/** Collapses every run of whitespace (any Unicode space, tabs, newlines) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Removes all whitespace. */
export function removeWhitespace(text: string): string {
  return text.replace(/\s+/gu, "");
}

/**
 * Shortens `text` to at most `max` code points, the last being "…" when it was cut. Counts
 * code points, so a surrogate pair is never split into two lone halves; stops reading early,
 * so a megabyte-long line costs no more than a short one.
 */
export function capText(text: string, max: number): string {
  let points = 0;
  let keepEnd = 0;
  let offset = 0;
  for (const point of text) {
    points += 1;
    if (points === max) keepEnd = offset;
    if (points > max) return text.slice(0, keepEnd) + "…";
    offset += point.length;
  }
  return text;
}

/** Writes a character so that a person can read it in a message: itself if printable, else U+XXXX. */
export function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const printable = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char);
  return printable ? `\`${char}\`` : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
