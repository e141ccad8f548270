import { useTranslations } from "next-intl";
import { CodeText } from "../text/code-text";
import type { PracticeView } from "@/lib/practice/practice-view";
import { ModelRunStatus } from "./model-run-status";
import type { useModelRun } from "./use-model-run";

type Props = { view: PracticeView; modelWriting: boolean; run: ReturnType<typeof useModelRun> };

/** Take turns: whose line is next, and what the model just got wrong (for the student to put right). */
export function TurnStatus({ view, modelWriting, run }: Props) {
  const t = useTranslations("practice.turns");
  const model = view.model;
  if (!model) return null;
  const last = view.history.findLast((item) => item.type === "line");
  const modelMissed = last && last.by === "model" && last.ok === false ? last : null;
  const lineNumber = (view.next?.index ?? 0) + 1;
  return (
    <div className="space-y-2 rounded-md border border-indigo-200 bg-indigo-50 p-3">
      <p className="font-medium text-indigo-900">
        {modelWriting
          ? t("modelWriting", { model: model.label, line: lineNumber })
          : model.turn === "model" && !run.error
            ? t("modelsTurn", { model: model.label })
            : t("yourTurn", { line: lineNumber })}
      </p>
      {modelMissed && !modelWriting && (
        <div className="space-y-2 text-sm">
          <p>
            {t.rich("modelWrote", {
              text: modelMissed.text,
              message: () => <CodeText text={modelMissed.message ?? ""} />,
              code: (chunks) => <code className="rounded bg-white px-1 font-mono">{chunks}</code>,
            })}
          </p>
          {modelMissed.diagnosis && (
            <p>
              {t.rich("diagnosis", {
                title: modelMissed.diagnosis.title,
                explanation: () => <CodeText text={modelMissed.diagnosis?.explanation ?? ""} />,
                strong: (chunks) => <span className="font-semibold">{chunks}</span>,
              })}
            </p>
          )}
          <p className="font-medium">{t("writeCorrectly")}</p>
        </div>
      )}
      {!model.available && <p className="text-sm text-rose-800">{t("unavailable")}</p>}
      <ModelRunStatus state={run.state} error={run.error} notice={run.notice} onRetry={run.start} writing="" />
      {run.error && <p className="text-sm">{t("orYourself", { line: lineNumber })}</p>}
    </div>
  );
}
