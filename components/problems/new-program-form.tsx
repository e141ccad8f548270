"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { createPythonProblem, type CreateProgramState } from "@/app/(problems)/actions";
import { useKeptAction } from "@/components/forms/use-kept-action";
import { field, primaryButton } from "@/components/home/styles";

const EXAMPLE = `def total(xs):
    s = 0
    for x in xs:
        s = s + x
    return s
output = total([3, 1, 4])`;

/** Where line `line` (1-based) of `text` starts. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n += 1) {
    const next = text.indexOf("\n", at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

/**
 * A refused program stays exactly as typed (title and difficulty too), the message stands under
 * the box it is about, and the caret goes to the line the tracer named.
 */
export function NewProgramForm() {
  const [state, action, pending, onSubmit] = useKeptAction<CreateProgramState>(createPythonProblem, null);
  const t = useTranslations("problems.form");
  const errorId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const difficultyRef = useRef<HTMLSelectElement>(null);
  const programRef = useRef<HTMLTextAreaElement>(null);
  const about = state && !state.ok ? (state.field ?? null) : null;

  useEffect(() => {
    if (!state || state.ok) return;
    if (about === "title") titleRef.current?.focus();
    else if (about === "difficulty") difficultyRef.current?.focus();
    else if (about === "program" && programRef.current) {
      const box = programRef.current;
      box.focus();
      if (state.line !== undefined) {
        const start = lineStart(box.value, state.line);
        box.setSelectionRange(start, start);
      }
    }
  }, [state, about]);

  const message = state && !state.ok && (
    <p id={errorId} role="alert" className="whitespace-pre-wrap rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800">
      {state.error}
    </p>
  );
  const describedBy = (name: string) => (about === name ? errorId : undefined);
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3">
      {about === null && message}
      <div className="flex gap-3">
        <label className="block flex-1">
          <span className="text-sm text-slate-700">{t("title")}</span>
          <input
            ref={titleRef}
            name="title"
            required
            maxLength={80}
            autoComplete="off"
            aria-invalid={about === "title" || undefined}
            aria-describedby={describedBy("title")}
            className={field}
          />
        </label>
        <label className="block">
          <span className="text-sm text-slate-700">{t("difficulty")}</span>
          <select
            ref={difficultyRef}
            name="difficulty"
            defaultValue="2"
            aria-invalid={about === "difficulty" || undefined}
            aria-describedby={describedBy("difficulty")}
            className={field}
          >
            {[1, 2, 3, 4, 5].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(about === "title" || about === "difficulty") && message}
      <label className="block">
        <span className="text-sm text-slate-700">{t("program")}</span>
        <textarea
          ref={programRef}
          name="program"
          required
          rows={14}
          spellCheck={false}
          defaultValue={EXAMPLE}
          aria-invalid={about === "program" || undefined}
          aria-describedby={describedBy("program")}
          className={`${field} font-mono text-sm`}
        />
      </label>
      {about === "program" && message}
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("tracing") : t("submit")}
      </button>
      <p aria-live="polite" className="text-sm text-slate-600">
        {pending ? t("running") : ""}
      </p>
    </form>
  );
}
