"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ModelPanel } from "@/lib/practice/practice-view";
import { ModelLines } from "./model-lines";
import { ModelRunStatus } from "./model-run-status";
import { ModelAnswerSummary } from "./model-answer-summary";
import { useAutoStart } from "./use-auto-start";
import { useModelRun } from "./use-model-run";

const PACES = [
  { name: "slow", ms: 2000 },
  { name: "normal", ms: 1000 },
  { name: "fast", ms: 400 },
] as const;

/** Watch: the model writes; the student reveals its lines at their own pace. */
export function WatchPanel({ sessionId, model }: { sessionId: string; model: ModelPanel }) {
  const t = useTranslations("practice.watch");
  const said = useTranslations("practice.answer");
  const run = useModelRun(sessionId, model.scratchpad, model.direct, model.lastError);
  const [revealed, setRevealed] = useState(0);
  // "Show all" keeps showing lines as they arrive, until the student steps again.
  const [following, setFollowing] = useState(false);
  const [playing, setPlaying] = useState(false);
  const [pace, setPace] = useState(1000);
  useAutoStart(!model.runFinished && !model.lastError && model.available, run.start);

  const total = run.lines.scratchpad.length;
  const finished = model.runFinished || run.state === "done";
  const shownCount = following ? total : Math.min(revealed, total);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setRevealed((count) => Math.min(count + 1, total)), pace);
    return () => clearInterval(timer);
  }, [playing, pace, total]);
  const atEnd = shownCount >= total;
  if (playing && atEnd && finished) setPlaying(false);

  const shown = run.lines.scratchpad.slice(0, shownCount);
  const firstWrong = shown.find((line) => !line.ok)?.index ?? null;

  return (
    <section aria-labelledby="watch-heading" className="space-y-3">
      <h2 id="watch-heading" className="text-lg font-semibold">
        {t("heading", { model: model.label })}
      </h2>
      <div role="group" aria-label={t("playback")} className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={() => {
            if (following) setRevealed(total);
            setFollowing(false);
            setPlaying(!playing);
          }} disabled={!playing && atEnd && finished} className={button}>
          {playing ? t("pause") : t("play")}
        </button>
        <button type="button" onClick={() => {
            setFollowing(false);
            setRevealed(Math.min(shownCount + 1, total));
          }} disabled={atEnd} className={button}>
          {t("step")}
        </button>
        <button type="button" onClick={() => {
            setPlaying(false);
            setFollowing(true);
          }}
          disabled={following || (atEnd && finished)} className={button}>
          {t("showAll")}
        </button>
        <button type="button" onClick={() => {
            setPlaying(false);
            setFollowing(false);
            setRevealed(0);
          }}
          disabled={shownCount === 0} className={button}>
          {t("startOver")}
        </button>
        <label className="ml-2 text-sm text-slate-700">
          {t("pace")}{" "}
          <select value={pace} onChange={(event) => setPace(Number(event.target.value))} className="rounded border border-slate-300 px-1 py-0.5">
            {PACES.map((option) => (
              <option key={option.ms} value={option.ms}>
                {t(`paces.${option.name}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="text-sm text-slate-600">
          {finished ? t("shown", { shown: shownCount, total }) : t("shownSoFar", { shown: shownCount, total })}
        </span>
      </div>
      {shownCount === 0 && total > 0 && <p className="text-slate-600">{t("pressPlay")}</p>}
      {shown.length > 0 && <ModelLines lines={shown} firstWrong={firstWrong} label={t("scratchpad")} />}
      {firstWrong !== null && (
        <p className="text-sm text-slate-600">{t("afterWrong")}</p>
      )}
      <ModelRunStatus state={run.state} error={run.error} notice={run.notice} onRetry={run.start} />
      {finished && atEnd && <ModelAnswerSummary lines={run.lines.scratchpad} answer={model.answer} answerIndex={model.answerIndex} who={said("whoModel")} />}
    </section>
  );
}

const button = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-50";
