/**
 * A term's value worked out in the order Python computes it: the power first, then the
 * coefficient. Hints show it, so that they teach the same precedence as the messages.
 */
import type { Working } from "./phrases";
import { termValue, type Term } from "./problem";

/** A negative number in brackets, so `-5 * (-3)` and `(-3)**2` read unambiguously. */
function operand(n: number): string {
  return n < 0 ? `(${n})` : String(n);
}

/**
 * "7 has no x, so its value is 7", "-5 * 4 = -20", "4**2 = 16, and 3 * 16 = 48", "(-3)**2 = 9,
 * and the minus in front makes it -9": the steps, for the phrasebook to put into words.
 */
export function working(term: Term, x: number): Working {
  const { coefficient: c, power: p } = term;
  const value = termValue(term, x);
  if (p === 0) return { kind: "constant", value };
  if (p === 1) {
    if (c === 1) return { kind: "x", x, value };
    if (c === -1) return { kind: "arithmetic", arithmetic: `-${operand(x)} = ${value}` };
    return { kind: "arithmetic", arithmetic: `${c} * ${operand(x)} = ${value}` };
  }
  const power = x ** p;
  const first = `${operand(x)}**${p} = ${power}`;
  if (c === 1) return { kind: "arithmetic", arithmetic: first };
  if (c === -1) return { kind: "minus", power: first, value };
  return { kind: "coefficient", power: first, product: `${c} * ${operand(power)} = ${value}` };
}
