/**
 * Values as the trace writes them (FORMATS.md §3): JSON whose numbers keep their exact text,
 * because ints may be of any size (JSON.parse would round them) and a float is told from an
 * int by its text (`1` is an int, `1.0` a float, as in Python).
 */

import { addToInteger, integerText, leadingZeros, trailingZeros } from "./integer-text";

export type JsonValue =
  | { kind: "null" }
  | { kind: "bool"; value: boolean }
  | { kind: "int"; text: string }
  | { kind: "float"; text: string }
  | { kind: "string"; value: string }
  | { kind: "array"; items: JsonValue[] }
  | { kind: "object"; entries: Array<[string, JsonValue]> };

/**
 * The canonical text of a value, the one thing two values are compared by: ints by their
 * value (`-0` is `0`), floats by their exact decimal value (`1e20`, `1E+20` and
 * `100000000000000000000.0` are one float, but `3.3333333333333336` is not the tracer's
 * `3.3333333333333335` although both round to the same double: a different digit is a
 * different answer), strings by their characters (`"\u0041"` is `"A"`), and objects with
 * their keys sorted: key order is free, as in a Python dict's equality. An int and a float
 * never match (`1` is not `1.0`), as the tracer writes them differently.
 */
export function canonical(value: JsonValue): string {
  switch (value.kind) {
    case "null":
      return "null";
    case "bool":
      return String(value.value);
    case "int":
      return canonicalInt(value.text);
    case "float":
      return canonicalFloat(value.text);
    case "string":
      return JSON.stringify(value.value);
    case "array":
      return `[${value.items.map(canonical).join(",")}]`;
    case "object": {
      const entries = value.entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`);
      return `{${entries.sort().join(",")}}`;
    }
  }
}

/** The value in the trace's own style (`", "` and `": "`, keys in the order given). */
export function encode(value: JsonValue): string {
  switch (value.kind) {
    case "array":
      return `[${value.items.map(encode).join(", ")}]`;
    case "object":
      return `{${value.entries.map(([key, item]) => `${JSON.stringify(key)}: ${encode(item)}`).join(", ")}}`;
    case "float":
      return value.text;
    default:
      return canonical(value);
  }
}

function canonicalInt(text: string): string {
  // The parser only makes ints of JSON's integer grammar; read as text, not as a BigInt,
  // whose conversions cost time quadratic in the digits (integer-text.ts).
  return integerText(text);
}

/**
 * `float:` + sign + significant digits + `e` + exponent: the exact decimal a JSON number
 * denotes, whatever its notation. The sign of zero is kept (Python writes `-0.0`).
 */
function canonicalFloat(text: string): string {
  const match = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(text);
  if (!match) return `float:${text}`;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  const all = whole + fraction;
  const digits = all.slice(leadingZeros(all));
  const zeros = trailingZeros(digits);
  if (zeros === digits.length) return `float:${sign}0`;
  // A huge exponent stays text, exact without building the number.
  const power = addToInteger(exponent, zeros - fraction.length);
  return `float:${sign}${digits.slice(0, digits.length - zeros)}e${power}`;
}
