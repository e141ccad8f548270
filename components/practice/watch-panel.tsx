"use client";

import { useEffect, useState } from "react";
import type { ModelPanel } from "@/lib/practice/practice-view";
import { ModelLines } from "./model-lines";
import { ModelRunStatus } from "./model-run-status";
import { ModelAnswerSummary } from "./model-answer-summary";
import { useAutoStart } from "./use-auto-start";
import { useModelRun } from "./use-model-run";

const PACES = [
  { label: "Slow", ms: 2000 },
  { label: "Normal", ms: 1000 },
  { label: "Fast", ms: 400 },
];

/** Watch: the model writes; the student reveals its lines at their own pace. */
export function WatchPanel({ sessionId, model }: { sessionId: string; model: ModelPanel }) {
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
        {model.label} works the problem
      </h2>
      <div role="group" aria-label="Playback" className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={() => {
            if (following) setRevealed(total);
            setFollowing(false);
            setPlaying(!playing);
          }} disabled={!playing && atEnd && finished} className={button}>
          {playing ? "Pause" : "Play"}
        </button>
        <button type="button" onClick={() => {
            setFollowing(false);
            setRevealed(Math.min(shownCount + 1, total));
          }} disabled={atEnd} className={button}>
          Step
        </button>
        <button type="button" onClick={() => {
            setPlaying(false);
            setFollowing(true);
          }}
          disabled={following || (atEnd && finished)} className={button}>
          Show all
        </button>
        <button type="button" onClick={() => {
            setPlaying(false);
            setFollowing(false);
            setRevealed(0);
          }}
          disabled={shownCount === 0} className={button}>
          Start over
        </button>
        <label className="ml-2 text-sm text-slate-700">
          Pace{" "}
          <select value={pace} onChange={(event) => setPace(Number(event.target.value))} className="rounded border border-slate-300 px-1 py-0.5">
            {PACES.map((option) => (
              <option key={option.ms} value={option.ms}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <span className="text-sm text-slate-600">
          {shownCount} of {total}
          {finished ? "" : "+"} lines shown
        </span>
      </div>
      {shownCount === 0 && total > 0 && <p className="text-slate-600">Press Play or Step to see the model&apos;s first line.</p>}
      {shown.length > 0 && <ModelLines lines={shown} firstWrong={firstWrong} label="Model's scratchpad" />}
      {firstWrong !== null && (
        <p className="text-sm text-slate-600">Lines after the first wrong one are still judged against the reference, so mistakes that follow from it show too.</p>
      )}
      <ModelRunStatus state={run.state} error={run.error} notice={run.notice} onRetry={run.start} />
      {finished && atEnd && <ModelAnswerSummary lines={run.lines.scratchpad} answer={model.answer} answerIndex={model.answerIndex} who="The model's answer" />}
    </section>
  );
}

const button = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-50";
