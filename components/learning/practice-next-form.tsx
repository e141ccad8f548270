"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { practiceNext, type PracticeNextState } from "@/app/(learn)/actions";

const KINDS = ["addition", "polynomial", "python"] as const;

/** "Practice next", optionally narrowed to one kind of problem; the server picks the problem. */
export function PracticeNextForm() {
  const t = useTranslations("progress");
  const [state, action, pending] = useActionState<PracticeNextState, FormData>(practiceNext, null);
  // A label beside the select, not around it: around it, the options' text would join its name.
  const selectId = useId();
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className="text-sm font-medium text-slate-700">
          {t("next.kind")}
        </label>
        <select id={selectId} name="kind" defaultValue="any" className="rounded border border-slate-300 bg-white px-2 py-1.5">
          <option value="any">{t("next.any")}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
        {pending ? t("next.pending") : t("next.submit")}
      </button>
      {state && !state.ok && (
        <p role="alert" className="w-full text-sm text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
