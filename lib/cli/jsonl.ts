/**
 * JSON Lines in and out.
 */
import { InputError } from "./errors";

/** Parses each non-blank line; a line that is not JSON stops the read with "line N: …". */
export async function* readJsonl(lines: AsyncIterable<string>): AsyncGenerator<{ lineNumber: number; value: unknown }> {
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`line ${lineNumber}: not valid JSON`);
    }
    yield { lineNumber, value };
  }
}

/** The string field `key` of a JSON object, or an InputError naming the line. */
export function stringField(value: unknown, key: string, lineNumber: number): string {
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  const field = isObject && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof field !== "string") throw new InputError(`line ${lineNumber}: expected an object with a string "${key}"`);
  return field;
}

export function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
