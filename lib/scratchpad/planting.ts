/**
 * "Practice with a planted error": one of a model's correct scratchpad lines replaced by a
 * realistic wrong one, for the "Spot the error" mode.
 *
 * Task-agnostic: the wrong lines are small edits of the right line's text (a number changed
 * by one, a digit replaced, dropped, inserted or moved, two numbers swapped, a sign flipped,
 * a value scaled, a variable of a state reverted, dropped or borrowed from a nearby line,
 * the line replaced by a nearby line of the same role), each judged by the task's own
 * judge. Only a line the judge finds wrong *and* diagnoses with a named bug is kept: the
 * bug library names a bug only when the values are exactly what that bug produces, so every
 * planted line is realistic by construction. A kept line must also be in the task's own
 * canonical spelling (the judge's normalized text is the line itself), so it reads like a
 * line the model wrote, and it is never a structural line.
 */
import { createRng, mixSeed } from "./random";
import { capText } from "./text";
import type { Diagnosis, Locale, ReferenceLine, TaskModule } from "./types";

export interface PlantedLine {
  index: number;
  text: string;
  diagnosis: Diagnosis;
}

/** At most this many candidate lines are judged for one reference line. */
const MAX_JUDGED = 2000;
/** At most this many candidates from one kind of edit. */
const PER_GENERATOR = 400;
/** Same-role lines nearest to the planted one that lend their text, values and variables. */
const NEIGHBOURS = 8;
/** Numbers taken from the rest of the scratchpad for `v ± w` edits. */
const OTHER_NUMBERS = 24;
/** Judges cap a verdict's normalized text at this many code points (judging.ts). */
const NORMALIZED_MAX = 500;
const DIGITS = "0123456789";
/** Factors for scaling a value: a coefficient, x or a power of x put in or left out. */
const FACTORS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 25, 36, 49, 64, 81, 100].map(BigInt);

/** A diagnosed wrong line and how far it is from the right one (0: one edit; 1: two, or a scaled value). */
interface Candidate extends PlantedLine {
  tier: 0 | 1;
}

/**
 * A realistic wrong version of reference line `index` — one the task's judge diagnoses with
 * a named bug — chosen by `seed`; null when no such line can be made for that line. The
 * diagnosis is in `locale` (default English); the line chosen is the same in every locale.
 */
export function plantError<P>(task: TaskModule<P>, problem: P, index: number, seed: number, locale?: Locale): PlantedLine | null {
  const found = allCandidates(task, problem, index);
  if (found.length === 0) return null;
  // Variety first: a bug by the seed, then one of that bug's lines by the seed. Within a
  // bug, only its simplest lines (one edit rather than two, or than a scaled value).
  const simplest = new Map<string, number>();
  for (const { diagnosis, tier } of found) simplest.set(diagnosis.id, Math.min(tier, simplest.get(diagnosis.id) ?? tier));
  const ids = [...simplest.keys()].sort(compareText);
  const rng = createRng(mixSeed(Number.isFinite(seed) ? seed : 0, "plant", index));
  const id = ids[rng.int(0, ids.length - 1)] as string;
  const group = found
    .filter((candidate) => candidate.diagnosis.id === id && candidate.tier === simplest.get(id))
    .sort((a, b) => compareText(a.text, b.text));
  const { text, diagnosis } = group[rng.int(0, group.length - 1)] as Candidate;
  if (locale === undefined || locale === "en") return { index, text, diagnosis };
  // Candidates are judged in English (and cached once for all locales): the same line judged
  // in `locale` has the same diagnosis id, with its words in that language.
  const translated = task.judgeLine(problem, index, text, { actor: "model", locale }).diagnosis;
  return { index, text, diagnosis: translated?.id === diagnosis.id ? translated : diagnosis };
}

/** The reference lines that can take a planted error (non-structural lines for which plantError is non-null), in order. */
export function plantableLines<P>(task: TaskModule<P>, problem: P): number[] {
  return task
    .referenceLines(problem)
    .filter((line) => {
      if (line.structural) return false;
      const known = cached(task, problem)?.get(line.index);
      if (known) return known.length > 0;
      // Stops at the first diagnosed line; a line with none was searched in full.
      const first = judgeCandidates(task, problem, line.index, true);
      if (first.length === 0) cached(task, problem)?.set(line.index, first);
      return first.length > 0;
    })
    .map((line) => line.index);
}

/**
 * Each line's diagnosed candidates, by task and problem object: a few hundred judge calls
 * per line, so a second seed or a plantableLines before plantError costs nothing. Problems
 * are plain data that nothing changes, so the list stays right; it goes with the problem.
 */
const cache = new WeakMap<object, WeakMap<object, Map<number, Candidate[]>>>();

function cached<P>(task: TaskModule<P>, problem: P): Map<number, Candidate[]> | undefined {
  if (typeof problem !== "object" || problem === null) return undefined;
  let byProblem = cache.get(task);
  if (!byProblem) cache.set(task, (byProblem = new WeakMap()));
  let byIndex = byProblem.get(problem);
  if (!byIndex) byProblem.set(problem, (byIndex = new Map()));
  return byIndex;
}

function allCandidates<P>(task: TaskModule<P>, problem: P, index: number): Candidate[] {
  const byIndex = cached(task, problem);
  const known = byIndex?.get(index);
  if (known) return known;
  const found = judgeCandidates(task, problem, index, false);
  byIndex?.set(index, found);
  return found;
}

/**
 * Every diagnosed candidate for line `index` (or only the first, for `firstOnly`), in the
 * order generated; empty for a structural line or an index that is no line.
 */
function judgeCandidates<P>(task: TaskModule<P>, problem: P, index: number, firstOnly: boolean): Candidate[] {
  const lines = task.referenceLines(problem);
  const reference = Number.isInteger(index) ? lines[index] : undefined;
  if (!reference || reference.structural) return [];
  const structural = new Set(lines.filter((line) => line.structural).map((line) => squash(line.text)));
  const seen = new Set<string>([reference.text]);
  const found: Candidate[] = [];
  let judged = 0;
  for (const [text, tier] of candidates(lines, reference, task.formatInput(problem))) {
    if (judged >= MAX_JUDGED) break;
    if (seen.has(text)) continue;
    seen.add(text);
    if (text.trim() === "" || /[\r\n]/u.test(text) || structural.has(squash(text))) continue;
    judged += 1;
    const verdict = task.judgeLine(problem, index, text, { actor: "model" });
    if (verdict.ok || verdict.diagnosis === null) continue;
    // The task's own spelling of the line: the same shape as the reference, one value changed.
    if (verdict.normalized !== capText(text, NORMALIZED_MAX)) continue;
    found.push({ index, text, diagnosis: verdict.diagnosis, tier });
    if (firstOnly) break;
  }
  return found;
}

function squash(text: string): string {
  return text.replace(/\s+/gu, "");
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------
// Candidate generators: plain string edits of the right line, cheapest and likeliest first.

function* candidates(lines: ReferenceLine[], reference: ReferenceLine, input: string): Generator<[string, 0 | 1]> {
  const text = reference.text;
  const near = neighbours(lines, reference);
  const numbers = numberTokens(text);
  const numberRuns = runs(text, numbers);
  const single: Iterable<string>[] = [
    // A whole nearby line of the same role: a term or source line from elsewhere, a state kept.
    near.map((line) => line.text),
    // The input's own lines after this line's prefix (`line: ` + a line of the program).
    inputLines(text, input),
    // A state's variables: one dropped, one reverted to or borrowed from a nearby line.
    objectItemEdits(text, near),
    nudgeEdits(text, numbers),
    digitEdits(text, numbers),
    runEdits(text, numberRuns),
    signEdits(text),
    swapEdits(text, numberRuns),
  ];
  for (const edits of single) for (const edit of take(edits, PER_GENERATOR)) yield [edit, 0];
  const further = [pairEdits(text, numberRuns), crossLineEdits(text, numbers, lines, reference), scaleEdits(text, numbers)];
  for (const edits of further) for (const edit of take(edits, PER_GENERATOR)) yield [edit, 1];
}

function* take<T>(items: Iterable<T>, limit: number): Generator<T> {
  let count = 0;
  for (const item of items) {
    if (count >= limit) return;
    count += 1;
    yield item;
  }
}

/** Same-role, non-structural lines, nearest first (the one before, the one after, …). */
function neighbours(lines: ReferenceLine[], reference: ReferenceLine): ReferenceLine[] {
  const near: ReferenceLine[] = [];
  for (let distance = 1; distance < lines.length && near.length < NEIGHBOURS; distance += 1) {
    for (const at of [reference.index - distance, reference.index + distance]) {
      const line = lines[at];
      if (line && !line.structural && line.role === reference.role && near.length < NEIGHBOURS) near.push(line);
    }
  }
  return near;
}

function* inputLines(text: string, input: string): Generator<string> {
  const colon = text.indexOf(": ");
  if (colon === -1) return;
  const prefix = text.slice(0, colon + 2);
  for (const line of input.split("\n")) {
    const trimmed = line.trim();
    if (trimmed !== "") yield prefix + trimmed;
  }
}

interface NumberToken {
  /** Where the number starts: its `-` when it has one. */
  start: number;
  /** Where its digits start. */
  digitsStart: number;
  end: number;
  digits: string;
  negative: boolean;
  /** A whole number that arithmetic may change (not a fraction's digits, no leading zero). */
  arithmetic: boolean;
}

function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of text.matchAll(/[0-9]+/gu)) {
    const digitsStart = match.index;
    const digits = match[0];
    const before = text[digitsStart - 1] ?? "";
    const beforeSign = text[digitsStart - 2] ?? "";
    const negative = before === "-" && !/[0-9A-Za-z_)\]"'.]/u.test(beforeSign);
    const end = digitsStart + digits.length;
    const arithmetic = before !== "." && (digits === "0" || !digits.startsWith("0"));
    tokens.push({ start: negative ? digitsStart - 1 : digitsStart, digitsStart, end, digits, negative, arithmetic });
  }
  return tokens;
}

function valueOf(token: NumberToken): bigint {
  return token.negative ? -BigInt(token.digits) : BigInt(token.digits);
}

function withValue(text: string, token: NumberToken, value: bigint): string {
  return text.slice(0, token.start) + value.toString() + text.slice(token.end);
}

function withDigits(text: string, token: NumberToken, digits: string): string {
  return text.slice(0, token.digitsStart) + digits + text.slice(token.end);
}

/**
 * The values one step away: ±1, and for a lone digit (maybe one digit of a long number
 * written one digit at a time) also the digit one step away, so 9 gives 0 and 0 gives 9.
 */
function nudges(token: NumberToken): bigint[] {
  const value = valueOf(token);
  const values = [value + 1n, value - 1n];
  if (token.digits.length === 1 && !token.negative) values.push((value + 1n) % 10n, (value + 9n) % 10n);
  return values.filter((v, i) => values.indexOf(v) === i);
}

/** A number one step away, of the other sign, or 10 away (a multi-digit number only). */
function* nudgeEdits(text: string, numbers: NumberToken[]): Generator<string> {
  const arithmetic = numbers.filter((token) => token.arithmetic);
  for (const token of arithmetic) for (const value of nudges(token)) yield withValue(text, token, value);
  for (const token of arithmetic) if (valueOf(token) !== 0n) yield withValue(text, token, -valueOf(token));
  for (const token of arithmetic) {
    if (token.digits.length > 1) for (const step of [10n, -10n]) yield withValue(text, token, valueOf(token) + step);
  }
}

/** A lone digit replaced by any other; in a longer number a digit dropped or two swapped. */
function* digitEdits(text: string, numbers: NumberToken[]): Generator<string> {
  for (const token of numbers) {
    const { digits: d } = token;
    if (d.length === 1) {
      for (const digit of DIGITS) if (digit !== d) yield withDigits(text, token, digit);
      continue;
    }
    const edits: string[] = [];
    for (let i = 0; i < d.length; i += 1) edits.push(d.slice(0, i) + d.slice(i + 1));
    for (let i = 0; i + 1 < d.length; i += 1) edits.push(d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2));
    // A whole number is never written with a leading zero (`05`); a fraction's digits may be.
    for (const edit of edits) if (!(token.arithmetic && edit.length > 1 && edit.startsWith("0"))) yield withDigits(text, token, edit);
  }
}

/**
 * Runs of numbers written one space apart (the digit groups of long addition): a number
 * dropped, a digit put in at either end, a number moved to either end or swapped with the
 * next, the run reversed (whole, or all but its first or last number).
 */
function* runEdits(text: string, numberRuns: NumberToken[][]): Generator<string> {
  for (const run of numberRuns) {
    const from = run[0]?.start ?? 0;
    const to = run.at(-1)?.end ?? 0;
    const items = run.map((token) => text.slice(token.start, token.end));
    const n = items.length;
    const rebuild = (parts: string[]) =>
      parts.length > 0 ? text.slice(0, from) + parts.join(" ") + text.slice(to) : (text.slice(0, from).trimEnd() + text.slice(to)).trim();
    const without = (i: number) => items.filter((_, j) => j !== i);
    for (let i = 0; i < n; i += 1) yield rebuild(without(i));
    for (const digit of DIGITS) {
      yield rebuild([digit, ...items]);
      yield rebuild([...items, digit]);
    }
    for (let i = 0; i < n; i += 1) {
      yield rebuild([items[i] as string, ...without(i)]);
      yield rebuild([...without(i), items[i] as string]);
      if (i + 1 < n) yield rebuild([...items.slice(0, i), items[i + 1] as string, items[i] as string, ...items.slice(i + 2)]);
    }
    if (n > 2) {
      yield rebuild([...items].reverse());
      yield rebuild([items[0] as string, ...items.slice(1).reverse()]);
      yield rebuild([...items.slice(0, -1).reverse(), items[n - 1] as string]);
    }
  }
}

function runs(text: string, numbers: NumberToken[]): NumberToken[][] {
  const all: NumberToken[][] = [];
  let current: NumberToken[] = [];
  for (const token of numbers) {
    const last = current.at(-1);
    if (last && text.slice(last.end, token.start) === " ") current.push(token);
    else {
      if (current.length > 0) all.push(current);
      current = [token];
    }
  }
  if (current.length > 0) all.push(current);
  return all;
}

/** The first and last number of each run, in order (one number for a run of one). */
function runEnds(numberRuns: NumberToken[][]): NumberToken[] {
  return numberRuns.flatMap((run) => (run.length > 1 ? [run[0] as NumberToken, run.at(-1) as NumberToken] : run));
}

/** A `-` put in front of, or taken from, each word: the sign of a term or of a value. */
function* signEdits(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += 1) {
    if (i > 0 && text[i - 1] !== " ") continue;
    if (text[i] === "-") yield text.slice(0, i) + text.slice(i + 1);
    else if (text[i] !== " ") yield `${text.slice(0, i)}-${text.slice(i)}`;
  }
}

function replaceTwo(text: string, a: NumberToken, aText: string, b: NumberToken, bText: string): string {
  return text.slice(0, a.start) + aText + text.slice(a.end, b.start) + bText + text.slice(b.end);
}

/** Two numbers swapped, each the first or last of its run (a result digit and the carry). */
function* swapEdits(text: string, numberRuns: NumberToken[][]): Generator<string> {
  const ends = runEnds(numberRuns);
  for (let i = 0; i < ends.length; i += 1) {
    for (let j = i + 1; j < ends.length; j += 1) {
      const a = ends[i] as NumberToken;
      const b = ends[j] as NumberToken;
      const aText = text.slice(a.start, a.end);
      const bText = text.slice(b.start, b.end);
      if (aText !== bText) yield replaceTwo(text, a, bText, b, aText);
    }
  }
}

/**
 * Two numbers each one step away at once, the ends of two neighbouring runs (a digit and
 * the carry after it: `9 C: 0` → `0 C: 1`).
 */
function* pairEdits(text: string, numberRuns: NumberToken[][]): Generator<string> {
  for (let k = 0; k + 1 < numberRuns.length; k += 1) {
    const here = numberRuns[k] as NumberToken[];
    const next = numberRuns[k + 1] as NumberToken[];
    const pairs: [NumberToken, NumberToken][] = [[here[0] as NumberToken, next[0] as NumberToken]];
    if (here.length > 1) pairs.push([here.at(-1) as NumberToken, next[0] as NumberToken]);
    for (const [a, b] of pairs) {
      if (!a.arithmetic || !b.arithmetic) continue;
      for (const x of nudges(a)) for (const y of nudges(b)) yield replaceTwo(text, a, x.toString(), b, y.toString());
    }
  }
}

/** `v ± w` and `v ± 2w` for numbers w from the rest of the scratchpad (a term left out of a sum). */
function* crossLineEdits(text: string, numbers: NumberToken[], lines: ReferenceLine[], reference: ReferenceLine): Generator<string> {
  const others: bigint[] = [];
  const known = new Set<string>();
  const byDistance = lines
    .filter((line) => !line.structural && line.index !== reference.index)
    .sort((a, b) => Math.abs(a.index - reference.index) - Math.abs(b.index - reference.index) || a.index - b.index);
  for (const line of byDistance) {
    if (others.length >= OTHER_NUMBERS) break;
    for (const token of numberTokens(line.text)) {
      const value = valueOf(token);
      if (!token.arithmetic || value === 0n || known.has(value.toString()) || others.length >= OTHER_NUMBERS) continue;
      known.add(value.toString());
      others.push(value);
    }
  }
  for (const token of numbers.filter((t) => t.arithmetic)) {
    const value = valueOf(token);
    for (const other of others) {
      for (const delta of [-other, other, -2n * other, 2n * other]) yield withValue(text, token, value + delta);
    }
  }
}

/**
 * `v * a`, `v / b` and `v * p / b` (p = 2, 3) for small a and b, squares among them: a
 * coefficient, x or a power left out, put in twice, or taken for a factor.
 */
function* scaleEdits(text: string, numbers: NumberToken[]): Generator<string> {
  const ratios: [bigint, bigint][] = [
    ...FACTORS.map((a): [bigint, bigint] => [a, 1n]),
    ...[1n, 2n, 3n].flatMap((p) => FACTORS.map((b): [bigint, bigint] => [p, b])),
  ];
  // The last numbers first: a line's value comes after what it is the value of.
  for (const token of numbers.filter((t) => t.arithmetic).reverse()) {
    const value = valueOf(token);
    if (value === 0n) continue;
    const made = new Set<string>([value.toString()]);
    for (const [a, b] of ratios) {
      if ((value * a) % b !== 0n) continue;
      for (const scaled of [(value * a) / b, -(value * a) / b]) {
        const key = scaled.toString();
        if (made.has(key)) continue;
        made.add(key);
        yield withValue(text, token, scaled);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------
// States: `{"name": value, …}`, split at the top level into items, edited item by item.

interface ObjectItems {
  /** Where the first item starts (just after `{`) and the last one ends (just before `}`). */
  from: number;
  to: number;
  items: string[];
}

/** The top-level items of the line's outermost `{…}`, or null when it has none. */
function objectItems(text: string): ObjectItems | null {
  const open = text.indexOf("{");
  const close = text.lastIndexOf("}");
  if (open === -1 || close <= open) return null;
  const inner = text.slice(open + 1, close);
  const items: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < inner.length; i += 1) {
    const char = inner[i];
    if (inString) {
      if (char === "\\") i += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth += 1;
    else if (char === "}" || char === "]") depth -= 1;
    else if (char === "," && depth === 0) {
      items.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (inner.trim() !== "") items.push(inner.slice(start).trim());
  return { from: open + 1, to: close, items };
}

/** An item's key: the quoted string it starts with (the whole item when it starts with none). */
function itemKey(item: string): string {
  if (!item.startsWith('"')) return item;
  for (let i = 1; i < item.length; i += 1) {
    if (item[i] === "\\") i += 1;
    else if (item[i] === '"') return item.slice(0, i + 1);
  }
  return item;
}

function* objectItemEdits(text: string, near: ReferenceLine[]): Generator<string> {
  const own = objectItems(text);
  if (!own) return;
  const rebuild = (items: string[]) => text.slice(0, own.from) + items.join(", ") + text.slice(own.to);
  const keys = own.items.map(itemKey);
  for (let i = 0; i < own.items.length; i += 1) yield rebuild(own.items.filter((_, j) => j !== i));
  for (const line of near) {
    const other = objectItems(line.text);
    if (!other) continue;
    for (const item of other.items) {
      const at = keys.indexOf(itemKey(item));
      if (at === -1) yield rebuild([...own.items, item]);
      else if (own.items[at] !== item) yield rebuild(own.items.map((mine, j) => (j === at ? item : mine)));
    }
  }
}
