/**
 * A class's analytics on one page: time and hints, accuracy by step type, frequent
 * misconceptions, each student, and where models break. Server-compatible: it only lays
 * out an `Analytics` object; the two charts are client components that get plain data.
 */
import type { Analytics, TimeAndHints } from "@/lib/review/analytics";
import { MisconceptionList } from "./misconception-list";
import { ModelBreaksChart } from "./model-breaks-chart";
import { StepAccuracyChart } from "./step-accuracy-chart";

type Props = {
  analytics: Analytics;
  /** Where a session can be reviewed, for the misconceptions' examples. */
  sessionHref?: (sessionId: string) => string;
};

export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return "—";
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes} min ${whole % 60} s` : `${whole} s`;
}

export const formatRate = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

const formatNumber = (value: number | null, digits = 2) =>
  value === null ? "—" : value.toLocaleString("en", { maximumFractionDigits: digits });

const section = "space-y-3";
const heading = "text-lg font-semibold";
const table = "w-full border-collapse text-left text-sm";
const th = "border-b border-slate-300 px-2 py-1 font-medium";
const td = "border-b border-slate-200 px-2 py-1";
const num = `${td} text-right tabular-nums`;
const thNum = `${th} text-right`;

function TimeAndHintsList({ stats }: { stats: TimeAndHints }) {
  const items: Array<[string, string]> = [
    ["Sessions", String(stats.sessions)],
    ["Solved", String(stats.solved)],
    ["Median time to solve", formatSeconds(stats.medianSeconds)],
    ["Mean time to solve", formatSeconds(stats.meanSeconds)],
    ["Hints", String(stats.hints)],
    ["Hints per session", formatNumber(stats.hintsPerSession)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3 lg:grid-cols-6">
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
  const { perProblem, perStudent, models, skipped } = analytics;
  return (
    <div className="space-y-8">
      <section aria-labelledby="analytics-time" className={section}>
        <h3 id="analytics-time" className={heading}>
          Time and hints
        </h3>
        <TimeAndHintsList stats={perProblem} />
        {skipped.length > 0 && (
          <p className="text-sm text-amber-800">
            {skipped.length} {skipped.length === 1 ? "session is" : "sessions are"} left out: their problem can no longer be loaded.
          </p>
        )}
        {perProblem.problems.length > 0 && (
          <div className="overflow-x-auto">
            <table className={table}>
              <caption className="sr-only">Time and hints by problem</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>Problem</th>
                  <th scope="col" className={thNum}>Sessions</th>
                  <th scope="col" className={thNum}>Solved</th>
                  <th scope="col" className={thNum}>Median time</th>
                  <th scope="col" className={thNum}>Mean time</th>
                  <th scope="col" className={thNum}>Hints</th>
                  <th scope="col" className={thNum}>Hints per session</th>
                </tr>
              </thead>
              <tbody>
                {perProblem.problems.map((problem) => (
                  <tr key={problem.problemId}>
                    <th scope="row" className={`${td} font-normal`}>
                      <span className="block max-w-xs truncate" title={problem.title}>
                        {problem.title}
                      </span>
                      <span className="text-xs text-slate-500">{problem.kind}</span>
                    </th>
                    <td className={num}>{problem.sessions}</td>
                    <td className={num}>{problem.solved}</td>
                    <td className={num}>{formatSeconds(problem.medianSeconds)}</td>
                    <td className={num}>{formatSeconds(problem.meanSeconds)}</td>
                    <td className={num}>{problem.hints}</td>
                    <td className={num}>{formatNumber(problem.hintsPerSession)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="analytics-steps" className={section}>
        <h3 id="analytics-steps" className={heading}>
          Accuracy by step type
        </h3>
        <p className="text-sm text-slate-600">Share of students&apos; lines that were right, every try counted.</p>
        <StepAccuracyChart steps={analytics.byStep} />
      </section>

      <section aria-labelledby="analytics-misconceptions" className={section}>
        <h3 id="analytics-misconceptions" className={heading}>
          Frequent misconceptions
        </h3>
        <MisconceptionList misconceptions={analytics.misconceptions} sessionHref={sessionHref} />
      </section>

      <section aria-labelledby="analytics-students" className={section}>
        <h3 id="analytics-students" className={heading}>
          Students
        </h3>
        {perStudent.length === 0 ? (
          <p className="text-sm text-slate-600">No sessions yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={table}>
              <caption className="sr-only">Students</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>Student</th>
                  <th scope="col" className={thNum}>Sessions</th>
                  <th scope="col" className={thNum}>Solved</th>
                  <th scope="col" className={thNum}>Lines</th>
                  <th scope="col" className={thNum}>Accuracy</th>
                  <th scope="col" className={thNum}>Hints</th>
                  <th scope="col" className={thNum}>Median time</th>
                </tr>
              </thead>
              <tbody>
                {perStudent.map((student) => (
                  <tr key={student.id}>
                    <th scope="row" className={`${td} font-normal`}>{student.name}</th>
                    <td className={num}>{student.sessions}</td>
                    <td className={num}>{student.solved}</td>
                    <td className={num}>{student.lines}</td>
                    <td className={num}>{formatRate(student.accuracy)}</td>
                    <td className={num}>{student.hints}</td>
                    <td className={num}>{formatSeconds(student.medianSeconds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="analytics-models" className={section}>
        <h3 id="analytics-models" className={heading}>
          Where models break
        </h3>
        {models.length > 0 && (
          <div className="overflow-x-auto">
            <table className={table}>
              <caption className="sr-only">Models&apos; lines</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>Model</th>
                  <th scope="col" className={thNum}>Lines</th>
                  <th scope="col" className={thNum}>Accuracy</th>
                  <th scope="col" className={thNum}>Answers</th>
                  <th scope="col" className={thNum}>Without a wrong line</th>
                </tr>
              </thead>
              <tbody>
                {models.map((model) => (
                  <tr key={model.modelId}>
                    <th scope="row" className={`${td} font-mono font-normal`}>{model.modelId}</th>
                    <td className={num}>{model.lines}</td>
                    <td className={num}>{formatRate(model.accuracy)}</td>
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
