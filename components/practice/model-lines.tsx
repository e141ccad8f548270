import { useTranslations } from "next-intl";
import type { TranscriptLine } from "@/lib/practice/transcript";
import { CodeText } from "../text/code-text";
import { VerdictDetails } from "./verdict-details";

type Props = {
  lines: TranscriptLine[];
  /** Reference index of the first wrong line, marked and explained; null: none (or hidden). */
  firstWrong: number | null;
  label: string;
  /** Spot the error before the answer: no marks at all. */
  hideVerdicts?: boolean;
  /** Drawn after a line, e.g. Spot the error's pick button. */
  action?: (line: TranscriptLine) => React.ReactNode;
  /** Reference index the student picked (Spot the error, after answering). */
  picked?: number | null;
};

/** A model's lines as written, each with its verdict; the first wrong one explained in full. */
export function ModelLines({ lines, firstWrong, label, hideVerdicts = false, action, picked = null }: Props) {
  const t = useTranslations("practice.modelLines");
  const lineLabel = (n: number, line: TranscriptLine, first: boolean) =>
    hideVerdicts ? t("line", { n }) : first ? t("lineFirstWrong", { n }) : line.ok ? t("lineCorrect", { n }) : t("lineWrong", { n });
  return (
    <ol tabIndex={0} aria-label={label} className="space-y-1 overflow-x-auto rounded-lg border border-slate-200 bg-white p-3 font-mono text-base">
      {lines.map((line, position) => {
        const first = !hideVerdicts && line.index === firstWrong;
        return (
          <li
            key={`${line.index}-${line.seq}`}
            aria-label={lineLabel(position + 1, line, first)}
            className={`rounded px-2 py-1 ${first ? "border-2 border-rose-400 bg-rose-50" : ""} ${line.index === picked ? "ring-2 ring-indigo-400" : ""}`}
          >
            {/* Number and mark stay beside the line; the line wraps between its tokens. */}
            <div className="flex items-baseline gap-2">
              <span className="w-6 shrink-0 text-right text-xs text-slate-500">{position + 1}</span>
              {!hideVerdicts && (
                <span className={`shrink-0 ${line.ok ? "text-emerald-700" : "text-rose-700"}`} aria-hidden="true">
                  {line.ok ? "✓" : "✗"}
                </span>
              )}
              <div className="flex min-w-0 flex-1 flex-wrap items-baseline gap-2">
              <code className="min-w-0 break-words whitespace-pre-wrap">{line.text}</code>
              {first && <span className="rounded bg-rose-600 px-1.5 py-0.5 font-sans text-xs font-semibold text-white">{t("firstWrong")}</span>}
              {!hideVerdicts && line.actor === "app" && (
                <span className="rounded bg-amber-200 px-1.5 py-0.5 font-sans text-xs font-semibold text-amber-900">{t("planted")}</span>
              )}
              {action?.(line)}
              </div>
            </div>
            {!hideVerdicts && line.actor === "app" && line.modelWrote !== null && (
              <p className="mt-1 font-sans text-sm text-amber-900">
                {t.rich("modelItselfWrote", { text: line.modelWrote, code: (chunks) => <code className="rounded bg-white px-1">{chunks}</code> })}
              </p>
            )}
            {first && line.verdict && (
              <div className="mt-2 space-y-2 font-sans text-sm">
                <p className="font-medium text-rose-800">
                  <CodeText text={line.verdict.message} />
                </p>
                <VerdictDetails verdict={line.verdict} wrote={line.actor === "app" ? "planted" : "model"} />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
