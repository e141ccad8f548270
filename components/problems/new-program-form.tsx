"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createPythonProblem, type CreateProgramState } from "@/app/(problems)/actions";
import { field, primaryButton } from "@/components/home/styles";

const EXAMPLE = `def total(xs):
    s = 0
    for x in xs:
        s = s + x
    return s
output = total([3, 1, 4])`;

export function NewProgramForm() {
  const [state, action, pending] = useActionState<CreateProgramState, FormData>(createPythonProblem, null);
  const t = useTranslations("problems.form");
  return (
    <form action={action} className="space-y-3">
      {state && !state.ok && (
        <p role="alert" className="whitespace-pre-wrap rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {state.error}
        </p>
      )}
      <div className="flex gap-3">
        <label className="block flex-1">
          <span className="text-sm text-slate-700">{t("title")}</span>
          <input name="title" required maxLength={80} autoComplete="off" className={field} />
        </label>
        <label className="block">
          <span className="text-sm text-slate-700">{t("difficulty")}</span>
          <select name="difficulty" defaultValue="2" className={field}>
            {[1, 2, 3, 4, 5].map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="block">
        <span className="text-sm text-slate-700">{t("program")}</span>
        <textarea name="program" required rows={14} spellCheck={false} defaultValue={EXAMPLE} className={`${field} font-mono text-sm`} />
      </label>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("tracing") : t("submit")}
      </button>
      <p aria-live="polite" className="text-sm text-slate-600">
        {pending ? t("running") : ""}
      </p>
    </form>
  );
}
