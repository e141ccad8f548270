/**
 * What each kind of line looks like, shown under the Next line box: a message of
 * `practice.lineHelp` and its examples. Examples are scratchpad text, never translated.
 */
const HELP = {
  addition: {
    start: { key: "addition.start", values: { carry: "C: 0", example: "2 9 + 5 7 , C: 0" } },
    column: { key: "addition.column", values: { example: "2 + 5 , 6 C: 1", comment: "# added …" } },
    final: { key: "addition.final", values: { example: "0 8 6" } },
    answer: { key: "addition.answer", values: { example: "8 6" } },
  },
  polynomial: {
    term: { key: "polynomial.term", values: { example: "-5*x: -20" } },
    answer: { key: "polynomial.answer", values: {} },
  },
  python: {
    state: { key: "python.state", values: { prefix: "state:", example: 'state: {"s": "PHP", "i": 0}' } },
    line: { key: "python.line", values: { prefix: "line:", example: "line: for i in range(len(s)):" } },
    exception: { key: "python.exception", values: { prefix: "exception:" } },
  },
} satisfies Record<string, Record<string, Help>>;

type HelpKey =
  | "addition.start"
  | "addition.column"
  | "addition.final"
  | "addition.answer"
  | "polynomial.term"
  | "polynomial.answer"
  | "python.state"
  | "python.line"
  | "python.exception"
  | "other";
type Help = { key: HelpKey; values: Record<string, string> };

export function lineHelp(kind: string, role: string): Help {
  const forKind: Partial<Record<string, Partial<Record<string, Help>>>> = HELP;
  return forKind[kind]?.[role] ?? { key: "other", values: {} };
}
