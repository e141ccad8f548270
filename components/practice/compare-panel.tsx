"use client";

import { useTranslations } from "next-intl";
import type { ModelPanel } from "@/lib/practice/practice-view";
import { ModelAnswerSummary } from "./model-answer-summary";
import { ModelLines } from "./model-lines";
import { ModelRunStatus } from "./model-run-status";
import { useAutoStart } from "./use-auto-start";
import { useModelRun } from "./use-model-run";

/** Compare: the model's answer with a scratchpad beside its answer without one. */
export function ComparePanel({ sessionId, model }: { sessionId: string; model: ModelPanel }) {
  const t = useTranslations("practice.compare");
  const said = useTranslations("practice.answer");
  const run = useModelRun(sessionId, model.scratchpad, model.direct, model.lastError);
  useAutoStart(!model.runFinished && !model.lastError && model.available, run.start);
  const finished = model.runFinished || run.state === "done";
  const { scratchpad, direct } = run.lines;
  const firstWrong = scratchpad.find((line) => !line.ok)?.index ?? null;
  return (
    <section aria-labelledby="compare-heading" className="space-y-3">
      <h2 id="compare-heading" className="text-lg font-semibold">
        {t("heading", { model: model.label })}
      </h2>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <section aria-labelledby="compare-scratchpad" className="space-y-2">
          <h3 id="compare-scratchpad" className="font-semibold">
            {t("withScratchpad")}
          </h3>
          {scratchpad.length > 0 ? <ModelLines lines={scratchpad} firstWrong={firstWrong} label={t("scratchpadAnswer")} /> : <p className="text-slate-500">{t("waiting")}</p>}
          {finished && <ModelAnswerSummary lines={scratchpad} answer={model.answer} answerIndex={model.answerIndex} who={said("whoIts")} />}
        </section>
        <section aria-labelledby="compare-direct" className="space-y-2">
          <h3 id="compare-direct" className="font-semibold">
            {t("direct")}
          </h3>
          {direct.length > 0 ? <ModelLines lines={direct} firstWrong={null} label={t("direct")} /> : <p className="text-slate-500">{finished ? t("noAnswer") : t("waiting")}</p>}
          {finished && <ModelAnswerSummary lines={direct} answer={model.answer} answerIndex={model.answerIndex} who={said("whoIts")} />}
        </section>
      </div>
      <ModelRunStatus state={run.state} error={run.error} notice={run.notice} onRetry={run.start} />
    </section>
  );
}
