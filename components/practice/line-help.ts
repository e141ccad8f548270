/** What each kind of line looks like, shown under the Next line box. */
const EXAMPLES: Record<string, Record<string, string>> = {
  addition: {
    start: "both numbers, a comma, then C: 0 — e.g. 2 9 + 5 7 , C: 0",
    column: "what is left of each number, the result digits so far, and the carry — e.g. 2 + 5 , 6 C: 1. The comment # added … is optional",
    final: "the final carry, then all result digits — e.g. 0 8 6",
    answer: "the sum's digits, without a leading zero — e.g. 8 6",
  },
  polynomial: {
    term: "the next term with its own sign, a colon, and its value — e.g. -5*x: -20",
    answer: "the value of the whole polynomial — the sum of the term values",
  },
  python: {
    state: "state: and the variables as JSON — e.g. state: {\"s\": \"PHP\", \"i\": 0}",
    line: "line: and the line of the program that runs next — e.g. line: for i in range(len(s)):",
    exception: "exception: the error's type and message",
  },
};

export function lineHelp(kind: string, role: string): string {
  const text = `Write ${EXAMPLES[kind]?.[role] ?? "the next line"}`;
  // An example that ends in code (`…(s)):`) reads wrongly with a full stop after it.
  return /[.:]$/.test(text) ? text : `${text}.`;
}
