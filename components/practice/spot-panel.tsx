"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { submitSpot } from "@/app/(practice)/actions";
import type { ModelPanel } from "@/lib/practice/practice-view";
import { ModelAnswerSummary } from "./model-answer-summary";
import { ModelLines } from "./model-lines";
import { ModelRunStatus } from "./model-run-status";
import { useAutoStart } from "./use-auto-start";
import { useModelRun } from "./use-model-run";

const ALL_CORRECT = -1;

/** Spot the error: the model's lines without verdicts; the student names the first wrong one. */
export function SpotPanel({ sessionId, model }: { sessionId: string; model: ModelPanel }) {
  const router = useRouter();
  const t = useTranslations("practice.spot");
  const said = useTranslations("practice.answer");
  const run = useModelRun(sessionId, model.scratchpad, model.direct, model.lastError);
  const [pick, setPick] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const requestIdRef = useRef<string | null>(null);
  // The form is gone once answered: focus moves to the verdict that replaced it, not the page.
  const answeredHere = useRef(false);
  const verdictRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (model.spot && answeredHere.current) verdictRef.current?.focus();
  }, [model.spot]);
  useAutoStart(!model.runFinished && !model.lastError && model.available, run.start);
  const finished = model.runFinished || run.state === "done";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pick === null || pending) return;
    requestIdRef.current ??= crypto.randomUUID();
    const requestId = requestIdRef.current;
    startTransition(async () => {
      try {
        const result = await submitSpot({ sessionId, requestId, pick });
        requestIdRef.current = null;
        if (!result.ok) return setError(result.error);
        answeredHere.current = true;
        router.refresh();
      } catch {
        setError(t("notSent"));
      }
    });
  }

  const planted = model.planted && (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
      <strong>{t("plantedTitle")}</strong> {t("plantedBody")}
    </p>
  );

  if (model.spot) {
    const position = (index: number) => model.scratchpad.findIndex((line) => line.index === index) + 1;
    const wrong = model.firstWrong;
    return (
      <section aria-labelledby="spot-heading" className="space-y-3">
        <h2 id="spot-heading" className="text-lg font-semibold">
          {t("answerHeading")}
        </h2>
        {planted}
        <p ref={verdictRef} tabIndex={-1} role="status" className={`rounded-md border p-3 font-medium ${model.spot.correct ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-rose-300 bg-rose-50 text-rose-900"}`}>
          {model.spot.correct ? t("right") : t("notThisTime")}{" "}
          {model.spot.pick === ALL_CORRECT ? t("pickedAll") : t("picked", { line: position(model.spot.pick) })}
          {wrong === null ? t("noneWrong") : t("firstWrongIs", { line: position(wrong) })}
        </p>
        <ModelLines lines={model.scratchpad} firstWrong={wrong} picked={model.spot.pick} label={t("withVerdicts")} />
        <ModelAnswerSummary lines={model.scratchpad} answer={model.answer} answerIndex={model.answerIndex} who={said("whoWritten")} />
      </section>
    );
  }

  return (
    <section aria-labelledby="spot-heading" className="space-y-3">
      <h2 id="spot-heading" className="text-lg font-semibold">
        {t("heading", { model: model.label })}
      </h2>
      {planted}
      <form onSubmit={onSubmit} className="space-y-3">
        <fieldset className="space-y-1 rounded-lg border border-slate-200 bg-white p-3">
          <legend className="px-1 font-medium">{t("question")}</legend>
          {run.lines.scratchpad.map((line, position) => (
            <label key={line.index} className="flex items-baseline gap-2 rounded px-1 py-0.5 hover:bg-slate-50">
              <input type="radio" name="pick" value={line.index} checked={pick === line.index} onChange={() => setPick(line.index)} disabled={!finished} aria-label={t("pickLabel", { n: position + 1, text: line.text })} />
              <span className="w-6 shrink-0 text-right text-xs text-slate-500">{position + 1}</span>
              <code className="min-w-0 break-words whitespace-pre-wrap font-mono">{line.text}</code>
            </label>
          ))}
          <label className="mt-2 flex items-baseline gap-2 border-t border-slate-100 px-1 pt-2">
            <input type="radio" name="pick" value={ALL_CORRECT} checked={pick === ALL_CORRECT} onChange={() => setPick(ALL_CORRECT)} disabled={!finished} />
            <span>{t("allCorrect")}</span>
          </label>
        </fieldset>
        <button type="submit" disabled={!finished || pick === null} aria-disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60 aria-disabled:opacity-60">
          {t("check")}
        </button>
        {error && (
          <p role="alert" className="text-rose-700">
            {error}
          </p>
        )}
      </form>
      <ModelRunStatus state={run.state} error={run.error} notice={run.notice} onRetry={run.start} />
    </section>
  );
}
