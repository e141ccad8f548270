/**
 * A term's value worked out in the order Python computes it: the power first, then the
 * coefficient. Hints show it, and messages use it, so both teach the same precedence.
 */
import { termValue, type Term } from "./problem";

/** A negative number in brackets, so `-5 * (-3)` and `(-3)**2` read unambiguously. */
function operand(n: number): string {
  return n < 0 ? `(${n})` : String(n);
}

/** "7 has no x, so its value is 7", "-5 * 4 = -20", "4**2 = 16, and 3 * 16 = 48", "(-3)**2 = 9, and the minus in front makes it -9". */
export function working(term: Term, x: number): string {
  const { coefficient: c, power: p } = term;
  const value = termValue(term, x);
  if (p === 0) return `${value} has no x, so its value is ${value}`;
  if (p === 1) {
    if (c === 1) return `x = ${x}, so the term is ${value}`;
    if (c === -1) return `-${operand(x)} = ${value}`;
    return `${c} * ${operand(x)} = ${value}`;
  }
  const power = x ** p;
  const first = `${operand(x)}**${p} = ${power}`;
  if (c === 1) return first;
  if (c === -1) return `${first}, and the minus in front makes it ${value}`;
  return `${first}, and ${c} * ${operand(power)} = ${value}`;
}
