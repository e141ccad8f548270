import type { PracticeView } from "@/lib/practice/practice-view";
import { ModelRunStatus } from "./model-run-status";
import type { useModelRun } from "./use-model-run";

type Props = { view: PracticeView; modelWriting: boolean; run: ReturnType<typeof useModelRun> };

/** Take turns: whose line is next, and what the model just got wrong (for the student to put right). */
export function TurnStatus({ view, modelWriting, run }: Props) {
  const model = view.model;
  if (!model) return null;
  const last = view.history.findLast((item) => item.type === "line");
  const modelMissed = last && last.by === "model" && last.ok === false ? last : null;
  const lineNumber = (view.next?.index ?? 0) + 1;
  return (
    <div className="space-y-2 rounded-md border border-indigo-200 bg-indigo-50 p-3">
      <p className="font-medium text-indigo-900">
        {modelWriting
          ? `${model.label} is writing line ${lineNumber}…`
          : model.turn === "model" && !run.error
            ? `${model.label}'s turn`
            : `Your turn: line ${lineNumber}`}
      </p>
      {modelMissed && !modelWriting && (
        <div className="space-y-2 text-sm">
          <p>
            The model wrote <code className="rounded bg-white px-1 font-mono">{modelMissed.text}</code> — {modelMissed.message}
          </p>
          {modelMissed.diagnosis && (
            <p>
              <span className="font-semibold">{modelMissed.diagnosis.title}.</span> {modelMissed.diagnosis.explanation}
            </p>
          )}
          <p className="font-medium">Write this line correctly; then the model goes on.</p>
        </div>
      )}
      {!model.available && <p className="text-sm text-rose-800">This session&apos;s model is no longer available on this server: write the lines yourself.</p>}
      <ModelRunStatus state={run.state} error={run.error} notice={run.notice} onRetry={run.start} writing="" />
      {run.error && <p className="text-sm">Or write line {lineNumber} yourself below.</p>}
    </div>
  );
}
