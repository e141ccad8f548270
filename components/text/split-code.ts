export type TextPart = { text: string; code: boolean };

/** `a `b` c` → a, b (code), c. Only pairs count: a lone trailing backquote stays text. */
export function splitCode(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let rest = text;
  let plain = "";
  for (;;) {
    const open = rest.indexOf("`");
    const close = open < 0 ? -1 : rest.indexOf("`", open + 1);
    if (close < 0 || close === open + 1) {
      if (close === open + 1 && open >= 0) {
        // "``" holds nothing to show as code: keep it as written and go on after it.
        plain += rest.slice(0, close + 1);
        rest = rest.slice(close + 1);
        continue;
      }
      plain += rest;
      break;
    }
    plain += rest.slice(0, open);
    if (plain) parts.push({ text: plain, code: false });
    plain = "";
    parts.push({ text: rest.slice(open + 1, close), code: true });
    rest = rest.slice(close + 1);
  }
  if (plain) parts.push({ text: plain, code: false });
  return parts;
}
