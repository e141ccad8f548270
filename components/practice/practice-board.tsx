import Link from "next/link";
import type { ModeOption } from "@/lib/model-work/context";
import { KIND_NAMES } from "@/lib/practice/kinds";
import { MODE_INFO } from "@/lib/practice/modes";
import type { PracticeView } from "@/lib/practice/practice-view";
import { ComparePanel } from "./compare-panel";
import { ModeBar } from "./mode-bar";
import { SpotPanel } from "./spot-panel";
import { StudentBoard } from "./student-board";
import { WatchPanel } from "./watch-panel";

/** A practice session: the problem, how it is worked (alone or with a model), and the work. */
export function PracticeBoard({ view, modes }: { view: PracticeView; modes: ModeOption[] }) {
  const model = view.model;
  const mode = model?.mode ?? "alone";
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-500">
          {KIND_NAMES[view.kind] ?? view.kind}
          {model && ` · ${MODE_INFO[mode].label} · ${model.label}`}
        </p>
        <h1 className="font-mono text-3xl font-bold">{view.title}</h1>
      </header>

      {model?.mode === "watch" && <WatchPanel sessionId={view.sessionId} model={model} />}
      {model?.mode === "spot" && <SpotPanel sessionId={view.sessionId} model={model} />}
      {model?.mode === "compare" && <ComparePanel sessionId={view.sessionId} model={model} />}
      {(!model || model.mode === "turns") && <StudentBoard view={view} />}

      <ModeBar sessionId={view.sessionId} current={mode} modes={modes} />
      <p>
        <Link href="/" className="text-indigo-700 underline">
          Choose another problem
        </Link>
      </p>
    </div>
  );
}
