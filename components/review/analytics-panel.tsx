/**
 * A class's analytics on one page: time and hints, accuracy by step type, frequent
 * misconceptions, each student, and where models break. Server-compatible: it only lays
 * out an `Analytics` object; the two charts are client components that get plain data.
 */
import { useFormatter, useTranslations } from "next-intl";
import { kindName } from "@/components/teach/names";
import type { Analytics, TimeAndHints } from "@/lib/review/analytics";
import { MisconceptionList } from "./misconception-list";
import { ModelBreaksChart } from "./model-breaks-chart";
import { useAnalyticsFormat } from "./analytics-format";
import { StepAccuracyChart } from "./step-accuracy-chart";

type Props = {
  analytics: Analytics;
  /** Where a session can be reviewed, for the misconceptions' examples. */
  sessionHref?: (sessionId: string) => string;
};

const section = "space-y-3";
const heading = "text-lg font-semibold";
const table = "w-full border-collapse text-left text-sm";
const th = "border-b border-slate-300 px-2 py-1 font-medium";
const td = "border-b border-slate-200 px-2 py-1";
const num = `${td} text-right tabular-nums`;
const thNum = `${th} text-right`;

function TimeAndHintsList({ stats }: { stats: TimeAndHints }) {
  const t = useTranslations("review.analytics.stats");
  const format = useFormatter();
  const { seconds, decimal } = useAnalyticsFormat();
  const items: Array<[string, string]> = [
    [t("sessions"), format.number(stats.sessions)],
    [t("solved"), format.number(stats.solved)],
    [t("watched"), format.number(stats.watched)],
    [t("medianTime"), seconds(stats.medianSeconds)],
    [t("meanTime"), seconds(stats.meanSeconds)],
    [t("hints"), format.number(stats.hints)],
    [t("hintsPerSession"), decimal(stats.hintsPerSession)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3 lg:grid-cols-7">
      {items.map(([term, value]) => (
        <div key={term} className="rounded-lg border border-slate-200 bg-white p-2">
          <dt className="text-slate-600">{term}</dt>
          <dd className="text-base font-medium tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function AnalyticsPanel({ analytics, sessionHref }: Props) {
  const t = useTranslations("review.analytics");
  const kinds = useTranslations("teach");
  const { seconds, decimal, rate } = useAnalyticsFormat();
  const { perProblem, perStudent, models, skipped } = analytics;
  return (
    <div className="space-y-8">
      <section aria-labelledby="analytics-time" className={section}>
        <h3 id="analytics-time" className={heading}>
          {t("timeAndHints")}
        </h3>
        <TimeAndHintsList stats={perProblem} />
        {skipped.length > 0 && <p className="text-sm text-amber-800">{t("skipped", { count: skipped.length })}</p>}
        {perProblem.problems.length > 0 && (
          <div className="overflow-x-auto">
            <table className={table}>
              <caption className="sr-only">{t("byProblem")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>{t("columns.problem")}</th>
                  <th scope="col" className={thNum}>{t("columns.sessions")}</th>
                  <th scope="col" className={thNum}>{t("columns.solved")}</th>
                  <th scope="col" className={thNum}>{t("columns.medianTime")}</th>
                  <th scope="col" className={thNum}>{t("columns.meanTime")}</th>
                  <th scope="col" className={thNum}>{t("columns.hints")}</th>
                  <th scope="col" className={thNum}>{t("columns.hintsPerSession")}</th>
                </tr>
              </thead>
              <tbody>
                {perProblem.problems.map((problem) => (
                  <tr key={problem.problemId}>
                    <th scope="row" className={`${td} font-normal`}>
                      <span className="block max-w-xs truncate" title={problem.title}>
                        {problem.title}
                      </span>
                      <span className="text-xs text-slate-500">{kindName(kinds, problem.kind)}</span>
                    </th>
                    <td className={num}>{problem.sessions}</td>
                    <td className={num}>{problem.solved}</td>
                    <td className={num}>{seconds(problem.medianSeconds)}</td>
                    <td className={num}>{seconds(problem.meanSeconds)}</td>
                    <td className={num}>{problem.hints}</td>
                    <td className={num}>{decimal(problem.hintsPerSession)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="analytics-steps" className={section}>
        <h3 id="analytics-steps" className={heading}>
          {t("byStep")}
        </h3>
        <p className="text-sm text-slate-600">{t("byStepNote")}</p>
        <StepAccuracyChart steps={analytics.byStep} />
      </section>

      <section aria-labelledby="analytics-misconceptions" className={section}>
        <h3 id="analytics-misconceptions" className={heading}>
          {t("misconceptions")}
        </h3>
        <MisconceptionList misconceptions={analytics.misconceptions} sessionHref={sessionHref} />
      </section>

      <section aria-labelledby="analytics-students" className={section}>
        <h3 id="analytics-students" className={heading}>
          {t("students")}
        </h3>
        {perStudent.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noSessions")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={table}>
              <caption className="sr-only">{t("students")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>{t("columns.student")}</th>
                  <th scope="col" className={thNum}>{t("columns.sessions")}</th>
                  <th scope="col" className={thNum}>{t("columns.solved")}</th>
                  <th scope="col" className={thNum}>{t("columns.lines")}</th>
                  <th scope="col" className={thNum}>{t("columns.accuracy")}</th>
                  <th scope="col" className={thNum}>{t("columns.hints")}</th>
                  <th scope="col" className={thNum}>{t("columns.medianTime")}</th>
                </tr>
              </thead>
              <tbody>
                {perStudent.map((student) => (
                  <tr key={student.id}>
                    <th scope="row" className={`${td} font-normal`}>{student.name}</th>
                    <td className={num}>{student.sessions}</td>
                    <td className={num}>{student.solved}</td>
                    <td className={num}>{student.lines}</td>
                    <td className={num}>{rate(student.accuracy)}</td>
                    <td className={num}>{student.hints}</td>
                    <td className={num}>{seconds(student.medianSeconds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="analytics-models" className={section}>
        <h3 id="analytics-models" className={heading}>
          {t("models")}
        </h3>
        {models.length > 0 && (
          <div className="overflow-x-auto">
            <table className={table}>
              <caption className="sr-only">{t("modelsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>{t("columns.model")}</th>
                  <th scope="col" className={thNum}>{t("columns.lines")}</th>
                  <th scope="col" className={thNum}>{t("columns.accuracy")}</th>
                  <th scope="col" className={thNum}>{t("columns.answers")}</th>
                  <th scope="col" className={thNum}>{t("columns.clean")}</th>
                </tr>
              </thead>
              <tbody>
                {models.map((model) => (
                  <tr key={model.modelId ?? ""}>
                    <th scope="row" className={`${td} font-normal ${model.modelId === null ? "" : "font-mono"}`}>
                      {model.modelId ?? t("unknownModel")}
                    </th>
                    <td className={num}>{model.lines}</td>
                    <td className={num}>{rate(model.accuracy)}</td>
                    <td className={num}>{model.runs}</td>
                    <td className={num}>{model.cleanRuns}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ModelBreaksChart models={models} />
      </section>
    </div>
  );
}
