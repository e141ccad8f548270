import { Fragment } from "react";
import { splitCode } from "./split-code";

/**
 * Text from the domain core (verdicts, diagnoses, hints) marks scratchpad text with
 * backquotes, in every language: `2 9 + 5 7 , C: 0`. Shown as code, never as backquotes.
 * An unpaired backquote is kept as written, so nothing a student typed disappears.
 */
export function CodeText({ text }: { text: string }) {
  const parts = splitCode(text);
  return (
    <>
      {parts.map((part, index) =>
        part.code ? (
          <code key={index} className="rounded bg-slate-100 px-1 font-mono text-[0.95em] text-slate-900">
            {part.text}
          </code>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
