/**
 * The one interface every task module (addition, polynomial, python) implements.
 * Pure TypeScript: nothing here may import Next.js, the database or UI code.
 */

export type TaskKind = "addition" | "polynomial" | "python";
export type Variant = "scratchpad" | "direct";
export type Actor = "student" | "model";
/** The languages the app's sentences (messages, diagnoses, hints) are written in; scratchpad texts never change. */
export const LOCALES = ["en", "ja"] as const;
export type Locale = (typeof LOCALES)[number];

/** Result of parsing user-supplied text: never throws, always says why. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** One line of the reference target, with what role it plays. */
export interface ReferenceLine {
  /** 0-based index into the target's lines (target.split("\n")). */
  index: number;
  text: string;
  /** Task-specific role, e.g. "open" | "start" | "column" | "final" | "close" | "answer". */
  role: string;
  /** Structural lines (`<scratch>`, `</scratch>`) the app writes itself; students never type them. */
  structural: boolean;
}

export interface FieldVerdict {
  ok: boolean;
  got: string | null;
  expected: string;
}

export interface Diagnosis {
  /** Stable id from the bug library, e.g. "carry-dropped". */
  id: string;
  /** Short name for instructors, e.g. "Carry dropped". */
  title: string;
  /** Student-facing explanation of what went wrong and why. */
  explanation: string;
}

export interface Verdict {
  /** 0-based index of the reference line this was judged against. */
  index: number;
  ok: boolean;
  /** The reference line, exactly as FORMATS.md writes it. */
  expected: string;
  /** The submitted line after whitespace normalisation (capped in length). */
  normalized: string;
  /** Field-by-field comparison; keys are task-specific (e.g. "a", "b", "result", "carry", "comment"). */
  fields: Record<string, FieldVerdict>;
  /** One sentence for the student, in the judge's locale; in English it starts with "Correct" or "Not quite". */
  message: string;
  diagnosis: Diagnosis | null;
}

export interface Hint {
  /** 1-based level; the last level gives the full next line. */
  level: number;
  text: string;
  /** True when this is the last level available for this line. */
  final: boolean;
}

export interface JudgeOptions {
  actor?: Actor;
  /** When true the optional parts (e.g. addition's `# added …` comment) are required. */
  strict?: boolean;
  /** Language of the message and diagnosis (default "en"). */
  locale?: Locale;
}

export interface TaskModule<P> {
  kind: TaskKind;
  /** Parse the task's input text (FORMATS.md "Input"); the error is in `locale` (default "en"). */
  parseInput(input: string, locale?: Locale): Parsed<P>;
  /**
   * Rebuilds a problem from what was stored with it: its input and reference target. Only
   * tasks whose target cannot be computed from the input (Python: the tracer runs in a
   * sandbox, never while a student submits lines) need this; the others use parseInput.
   * The error is in `locale` (default "en").
   */
  fromStored?(input: string, target: string, locale?: Locale): Parsed<P>;
  /** The canonical input text for a problem. */
  formatInput(problem: P): string;
  /** The full target text (scratchpad block then answer, or the answer alone for "direct"). */
  target(problem: P, variant?: Variant): string;
  /** The scratchpad variant's lines with their roles. */
  referenceLines(problem: P): ReferenceLine[];
  /** Judge `line` as line `index` of the reference target. Never throws. */
  judgeLine(problem: P, index: number, line: string, options?: JudgeOptions): Verdict;
  /** Hint `level` (1-based, clamped to the available levels) for reference line `index`, in `locale` (default "en"). */
  hint(problem: P, index: number, level: number, locale?: Locale): Hint;
  /** Number of hint levels for reference line `index`. */
  hintLevels(problem: P, index: number): number;
}
