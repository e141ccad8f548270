import { useTranslations } from "next-intl";
import type { ScratchpadRow } from "@/lib/practice/progress";

/** The scratchpad exactly as the paper writes it, one line per row. */
export function ScratchpadText({ rows, waiting }: { rows: ScratchpadRow[]; waiting: boolean }) {
  const t = useTranslations("practice.board");
  return (
    <ol tabIndex={0} aria-label={t("scratchpadLines")} className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 font-mono text-base leading-7">
      {rows.map((row) => (
        <li key={row.index} className={row.structural ? "text-slate-500" : "text-slate-900"}>
          {row.text}
          {row.by === "model" && <span className="ml-2 rounded bg-indigo-100 px-1.5 py-0.5 font-sans text-xs text-indigo-800">{t("byModel")}</span>}
        </li>
      ))}
      {waiting && (
        <li className="text-slate-500" aria-hidden="true">
          …
        </li>
      )}
    </ol>
  );
}
