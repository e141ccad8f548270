import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PracticeView } from "@/lib/practice/practice-view";

/** Whole seconds from one time to another (never negative). */
function elapsedSeconds(fromIso: string, toIso: string): number {
  return Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 1000));
}

export function SolvedSummary({ view }: { view: PracticeView }) {
  const t = useTranslations("practice.solved");
  const { stats } = view;
  const seconds = view.solvedAt ? elapsedSeconds(view.startedAt, view.solvedAt) : null;
  const time =
    seconds === null
      ? "—"
      : seconds >= 60
        ? t("minutesSeconds", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })
        : t("seconds", { seconds });
  return (
    <section aria-labelledby="solved-heading" className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4">
      <h2 id="solved-heading" className="text-lg font-semibold text-emerald-800">
        {t("heading")}
      </h2>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">{t("time")}</dt>
          <dd className="font-medium">{time}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("lines")}</dt>
          <dd className="font-medium">{stats.linesAccepted}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("errors")}</dt>
          <dd className="font-medium">{t("errorCount", { count: stats.errors })}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("hints")}</dt>
          <dd className="font-medium">{t("hintCount", { count: stats.hints })}</dd>
        </div>
      </dl>
      <Link href="/" className="inline-block text-indigo-700 underline">
        {t("another")}
      </Link>
    </section>
  );
}
