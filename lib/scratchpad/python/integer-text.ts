/**
 * Integers as decimal text, in time linear in their digits. A state line may hold a
 * 10,000-digit int or exponent, and it is judged again on every page that shows it:
 * BigInt's conversions from and to text take time quadratic in the digits, and so does a
 * regex like `/0+$/` on a long run of zeros (tried again from every zero).
 */

const INTEGER = /^[+-]?[0-9]+$/;

/** How many `0`s `digits` starts with. */
export function leadingZeros(digits: string): number {
  let count = 0;
  while (digits[count] === "0") count += 1;
  return count;
}

/** How many `0`s `digits` ends with. */
export function trailingZeros(digits: string): number {
  let count = 0;
  while (digits[digits.length - 1 - count] === "0") count += 1;
  return count;
}

/**
 * `text` as `BigInt(text).toString()` writes it (no `+`, no leading zeros, `0` for `-0`),
 * for text of the form `[+-]?[0-9]+`; other text goes to BigInt itself, errors and all.
 */
export function integerText(text: string): string {
  if (!INTEGER.test(text)) return BigInt(text).toString();
  const unsigned = text[0] === "-" || text[0] === "+" ? text.slice(1) : text;
  const digits = unsigned.slice(leadingZeros(unsigned));
  if (digits === "") return "0";
  return text[0] === "-" ? `-${digits}` : digits;
}

/**
 * `integerText(text)` plus `delta` (an integer of at most 15 digits, as lengths of a line
 * are), as `(BigInt(text) + BigInt(delta)).toString()` writes it.
 */
export function addToInteger(text: string, delta: number): string {
  if (!Number.isSafeInteger(delta) || Math.abs(delta) >= 1e15) throw new RangeError(`delta out of range: ${delta}`);
  const value = integerText(text);
  const negative = value.startsWith("-");
  const digits = negative ? value.slice(1) : value;
  // Up to 15 digits a double holds exactly, and so the sum too (below 2e15 < 2^53).
  if (digits.length <= 15) return String(Number(value) + delta);
  // At least 1e15, more than |delta|: the sign stays, the magnitude moves by delta.
  const shifted = shiftDigits(digits, negative ? -delta : delta);
  return negative ? `-${shifted}` : shifted;
}

/** `digits` (no leading zeros, above |amount|) plus `amount`, carried from the last digit. */
function shiftDigits(digits: string, amount: number): string {
  const out = Array.from(digits, Number);
  let carry = amount;
  for (let i = out.length - 1; i >= 0 && carry !== 0; i -= 1) {
    const sum = (out[i] ?? 0) + carry;
    const digit = ((sum % 10) + 10) % 10;
    carry = (sum - digit) / 10;
    out[i] = digit;
  }
  const text = (carry > 0 ? String(carry) : "") + out.join("");
  return text.slice(leadingZeros(text));
}

/** Whether `a` and `b` (each `[+-]?[0-9]+`) differ by exactly one. */
export function differByOne(a: string, b: string): boolean {
  const target = integerText(a);
  return addToInteger(b, 1) === target || addToInteger(b, -1) === target;
}
