import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LineChart } from "@/components/lab/line-chart";
import { DayAccuracyBars } from "@/components/learning/day-accuracy-bars";
import { PracticeNextSection } from "@/components/learning/practice-next-section";
import { SkillList } from "@/components/learning/skill-list";
import { currentViewer } from "@/lib/auth/viewer";
import { LEVEL_SKILLS, MASTERY_THRESHOLD } from "@/lib/learning";
import { loadLearner } from "@/lib/progress/learner";

export const dynamic = "force-dynamic";

/** Below this many practice days a line chart is a dot or two: bars with numbers say more. */
const MIN_DAYS_FOR_CHART = 3;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("progress"))("meta") };
}

export default async function ProgressPage() {
  const t = await getTranslations("progress");
  const viewer = await currentViewer();
  const learner = viewer ? await loadLearner({ userId: viewer.id }) : null;
  const summary = learner?.summary;
  const practiceDays = summary?.days.filter((day) => day.firstTries > 0) ?? [];
  const threshold = Math.round(MASTERY_THRESHOLD * 100);

  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </section>

      <PracticeNextSection />

      {!summary || summary.firstTries === 0 ? (
        <p className="text-slate-700">
          {t("empty")}{" "}
          <Link href="/" className="text-indigo-700 underline">
            {t("startPractising")}
          </Link>
        </p>
      ) : (
        <>
          <section aria-label={t("stats.label")}>
            <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
              <Stat label={t("stats.solved")} value={String(summary.solved)} detail={t("stats.solvedByKind", {
                addition: summary.solvedByKind.addition ?? 0,
                polynomial: summary.solvedByKind.polynomial ?? 0,
                python: summary.solvedByKind.python ?? 0,
              })} />
              <Stat
                label={t("stats.accuracy")}
                value={t("stats.accuracyValue", { percent: Math.round((100 * summary.firstTriesRight) / summary.firstTries) })}
                detail={t("stats.accuracyOf", { right: summary.firstTriesRight, total: summary.firstTries })}
              />
              <Stat label={t("stats.streak")} value={t("stats.days", { count: summary.currentStreakDays })} detail={`${t("stats.longest")}: ${t("stats.days", { count: summary.longestStreakDays })}`} />
              <Stat label={t("stats.bestRun")} value={t("stats.run", { count: summary.bestRun })} />
            </dl>
          </section>

          <section aria-labelledby="chart-heading" className="space-y-3">
            <h2 id="chart-heading" className="text-xl font-semibold">
              {t("chart.heading")}
            </h2>
            {practiceDays.length >= MIN_DAYS_FOR_CHART ? (
              <LineChart
                title={t("chart.title")}
                series={[
                  {
                    name: t("chart.series"),
                    color: "#4f46e5",
                    points: practiceDays.map((day, i) => ({ x: i + 1, y: day.firstTriesRight / day.firstTries })),
                  },
                ]}
                xLabel={t("chart.xLabel")}
                yLabel={t("chart.yLabel")}
                xDomain={[1, Math.max(2, practiceDays.length)]}
                yDomain={[0, 1]}
                formatY={(y) => `${Math.round(y * 100)}%`}
              />
            ) : (
              <DayAccuracyBars
                label={t("chart.title")}
                days={practiceDays.map((day) => ({
                  day: day.day,
                  percent: Math.round((100 * day.firstTriesRight) / day.firstTries),
                  detail: t("stats.accuracyOf", { right: day.firstTriesRight, total: day.firstTries }),
                }))}
              />
            )}
            <details>
              <summary className="cursor-pointer text-sm text-indigo-700 underline">{t("chart.table")}</summary>
              <table className="mt-2 text-sm">
                <thead>
                  <tr className="text-left">
                    <th className="pr-6">{t("chart.date")}</th>
                    <th className="pr-6">{t("chart.firstTries")}</th>
                    <th className="pr-6">{t("chart.right")}</th>
                    <th>{t("chart.solved")}</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.days.map((day) => (
                    <tr key={day.day}>
                      <td className="pr-6 font-mono">{day.day}</td>
                      <td className="pr-6">{day.firstTries}</td>
                      <td className="pr-6">{day.firstTriesRight}</td>
                      <td>{day.solved}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </section>
        </>
      )}

      {learner && (
        <section aria-labelledby="skills-heading" className="space-y-4">
          <h2 id="skills-heading" className="text-xl font-semibold">
            {t("skills.heading")}
          </h2>
          <p className="max-w-3xl text-sm text-slate-700">{t("skills.intro", { threshold })}</p>
          {learner.kinds.map((kind) => (
            <section key={kind.kind} aria-labelledby={`skills-${kind.kind}`} className="space-y-2">
              <h3 id={`skills-${kind.kind}`} className="font-semibold">
                {t(`kinds.${kind.kind}`)}
              </h3>
              <p className="text-sm text-slate-600">
                {t("skills.kindSummary", { level: kind.level, levels: LEVEL_SKILLS[kind.kind].length, mastered: kind.mastered, total: kind.skills.length })}
              </p>
              <SkillList skills={kind.skills} />
            </section>
          ))}
        </section>
      )}
    </div>
  );
}

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold">{value}</dd>
      {detail && <dd className="text-xs text-slate-500">{detail}</dd>}
    </div>
  );
}
