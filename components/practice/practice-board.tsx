import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AssignmentLink } from "@/lib/db/practice-sessions";
import type { ModeOption } from "@/lib/model-work/context";
import { isKind } from "@/lib/practice/kinds";
import type { PracticeView } from "@/lib/practice/practice-view";
import { AssignmentNav } from "./assignment-nav";
import { ComparePanel } from "./compare-panel";
import { ModeBar } from "./mode-bar";
import { SpotPanel } from "./spot-panel";
import { StudentBoard } from "./student-board";
import { WatchPanel } from "./watch-panel";

/** A practice session: the problem, how it is worked (alone or with a model), and the work. */
export async function PracticeBoard({ view, modes, assignment = null }: { view: PracticeView; modes: ModeOption[]; assignment?: AssignmentLink | null }) {
  const t = await getTranslations("practice");
  const model = view.model;
  const mode = model?.mode ?? "alone";
  const kind = isKind(view.kind) ? t(`kinds.${view.kind}`) : view.kind;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-500">
          {model ? t("page.withModel", { kind, mode: t(`modes.${mode}.label`), model: model.label }) : kind}
        </p>
        <h1 className="font-mono text-3xl font-bold">{view.title}</h1>
      </header>

      {model?.mode === "watch" && <WatchPanel sessionId={view.sessionId} model={model} />}
      {model?.mode === "spot" && <SpotPanel sessionId={view.sessionId} model={model} />}
      {model?.mode === "compare" && <ComparePanel sessionId={view.sessionId} model={model} />}
      {(!model || model.mode === "turns") && <StudentBoard view={view} />}

      {assignment && <AssignmentNav assignment={assignment} done={view.solvedAt !== null} modeLabel={t(`modes.${mode}.label`)} />}
      {/* An assignment's mode is the mode, unless its instructor allowed others. */}
      {(!assignment || assignment.otherModes) && <ModeBar sessionId={view.sessionId} current={mode} modes={modes} />}
      <p>
        <Link href="/" className="text-indigo-700 underline">
          {t("page.chooseAnother")}
        </Link>
      </p>
    </div>
  );
}
