/**
 * Cuts a model's streamed text into lines as they complete, so each can be judged and
 * stored the moment it exists. Bounded: a model that writes garbage without end is cut off.
 */

export type LineCut = { text: string };
/** Why the lines ended: the text ended, or a bound was hit (the caller stops the model). */
export type LinesEnd = "end" | "too-many-lines" | "line-too-long";

export async function* streamLines(
  deltas: AsyncIterable<string>,
  { maxLines, maxLineLength }: { maxLines: number; maxLineLength: number },
): AsyncGenerator<string, LinesEnd> {
  let pending = "";
  let count = 0;
  for await (const delta of deltas) {
    pending += delta;
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      const line = pending.slice(0, newline).replace(/\r$/, "");
      pending = pending.slice(newline + 1);
      if (line.length > maxLineLength) return "line-too-long";
      if (!isLayout(line)) {
        if (count >= maxLines) return "too-many-lines";
        count += 1;
        yield storable(line);
      }
      newline = pending.indexOf("\n");
    }
    if (pending.length > maxLineLength) return "line-too-long";
  }
  const last = pending.replace(/\r$/, "");
  if (!isLayout(last)) {
    if (count >= maxLines) return "too-many-lines";
    yield storable(last);
  }
  return "end";
}

/**
 * Blank lines and Markdown code fences are layout, never a line of any format; chat models
 * put them around an answer even when asked not to.
 */
function isLayout(line: string): boolean {
  return line.trim() === "" || /^\s*```[\w-]*\s*$/.test(line);
}

const UNSTORABLE = /[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A line as it can be stored and shown: control characters and broken surrogates (which
 * PostgreSQL refuses and SQLite may cut a line at) become U+FFFD, so the text judged is
 * exactly the text stored. A student's line with them is refused instead; a model's is
 * evidence, so it is kept.
 */
function storable(line: string): string {
  return line.replace(UNSTORABLE, "\ufffd");
}
