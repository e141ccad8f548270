"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { StartError } from "@/components/home/start-error";
import { useStart } from "@/components/home/use-start";
import type { ModeOption } from "@/lib/model-work/context";

/**
 * Work this problem again in another way: alone or with a model. Each way is its own
 * session (a fresh scratchpad), so nothing already written here changes.
 */
export function ModeBar({ sessionId, current, modes }: { sessionId: string; current: string; modes: ModeOption[] }) {
  const t = useTranslations("practice");
  const [state, action, pending] = useStart();
  const [mode, setMode] = useState(current === "alone" ? (modes.find((option) => option.models.length > 0 && option.mode !== "alone")?.mode ?? "alone") : current);
  const chosen = modes.find((option) => option.mode === mode);
  const anyModel = modes.some((option) => option.models.length > 0);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3" open={current === "alone" ? undefined : true}>
      <summary className="cursor-pointer font-medium">{current === "alone" ? t("modeBar.withModel") : t("modeBar.withModelOrAlone")}</summary>
      {!anyModel && <p className="mt-2 text-sm text-slate-600">{t("modeBar.noModel")}</p>}
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="source" value="session" />
        <input type="hidden" name="sessionId" value={sessionId} />
        <fieldset className="grid gap-2 sm:grid-cols-2">
          <legend className="sr-only">{t("modeBar.how")}</legend>
          {modes.map((option) => {
            const unavailable = option.mode !== "alone" && option.models.length === 0;
            return (
              <label key={option.mode} className={`flex gap-2 rounded border p-2 ${mode === option.mode ? "border-indigo-400 bg-indigo-50" : "border-slate-200"} ${unavailable ? "opacity-50" : "hover:bg-slate-50"}`}>
                <input type="radio" name="mode" value={option.mode} checked={mode === option.mode} disabled={unavailable} onChange={() => setMode(option.mode)} />
                <span>
                  <span className="font-medium">{t(`modes.${option.mode}.label`)}</span>
                  <span className="block text-sm text-slate-600">{unavailable ? t("modeBar.unavailable") : t(`modes.${option.mode}.summary`)}</span>
                </span>
              </label>
            );
          })}
        </fieldset>
        {chosen && chosen.models.length > 0 && (
          <div className="text-sm">
            <label htmlFor="mode-model">{t("modeBar.model")}</label>{" "}
            <select id="mode-model" name="modelId" className="rounded border border-slate-300 px-2 py-1">
              {chosen.models.map((model) => (
                <option key={model.id} value={model.id}>
                  {model.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {mode === "spot" && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="planted" value="on" /> {t("modeBar.planted")}
          </label>
        )}
        <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
          {chosen ? t("modeBar.start", { mode: t(`modes.${chosen.mode}.label`) }) : t("modeBar.startNothing")}
        </button>
        <StartError state={state} />
      </form>
    </details>
  );
}
