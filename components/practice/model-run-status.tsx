import { useTranslations } from "next-intl";
import { CodeText } from "../text/code-text";
import type { RunState } from "./use-model-run";

type Props = { state: RunState; error: string | null; notice: string | null; onRetry: () => void; writing?: string };

/** The model's progress, its failure (with the way on) and any notice about its output. */
export function ModelRunStatus({ state, error, notice, onRetry, writing }: Props) {
  const t = useTranslations("practice.modelRun.status");
  return (
    <div className="space-y-2">
      <div role="status" aria-label={t("label")} aria-live="polite" className="min-h-6 text-sm text-slate-600">
        {state === "running" && <p>{writing ?? t("writing")}</p>}
        {notice && <p className="text-amber-800">{notice}</p>}
      </div>
      {error && (
        <div role="alert" className="space-y-2 rounded-md border border-rose-300 bg-rose-50 p-3 text-rose-900">
          <p>
            <CodeText text={error} />
          </p>
          <button type="button" onClick={onRetry} disabled={state === "running"} className="rounded-md border border-rose-300 bg-white px-3 py-1 font-medium hover:bg-rose-100 disabled:opacity-60">
            {t("retry")}
          </button>
        </div>
      )}
    </div>
  );
}
