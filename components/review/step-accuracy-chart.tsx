"use client";

/**
 * Students' accuracy by step type: one horizontal bar per step type, 0–100 %. The chart is
 * one image with a spoken summary (recharts draws it in the browser only, and its own
 * markup is hidden from assistive technology); its numbers are also in a visually hidden
 * table, for screen readers and for tests.
 */
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { StepAccuracy } from "@/lib/review/analytics";
import { useAnalyticsFormat } from "./analytics-format";

type Row = { id: string; label: string; percent: number; attempts: number; correct: number; firstTry: string };

const ROW_HEIGHT = 34;
const AXIS_HEIGHT = 48;

export function StepAccuracyChart({ steps }: { steps: StepAccuracy[] }) {
  const t = useTranslations("review.stepChart");
  const { rate } = useAnalyticsFormat();
  const rows: Row[] = steps
    .filter((step) => step.accuracy !== null)
    .map((step) => ({
      id: step.id,
      label: step.label,
      percent: Math.round((step.accuracy ?? 0) * 1000) / 10,
      attempts: step.attempts,
      correct: step.correct,
      firstTry: rate(step.firstTryRate),
    }));
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;

  const summary = t("summary", {
    rows: rows.map((row) => t("summaryRow", { label: row.label, percent: Math.round(row.percent), correct: row.correct, attempts: row.attempts })).join("; "),
  });
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;

  return (
    <figure className="space-y-2">
      <div role="img" aria-label={summary} className="w-full overflow-x-auto rounded-lg border border-slate-200 bg-white p-2">
        <div aria-hidden="true">
          <ResponsiveContainer width="100%" height={height} minWidth={480} minHeight={height} initialDimension={{ width: 640, height }}>
            <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 48, bottom: 16, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} stroke="#e2e8f0" />
              <XAxis
                type="number"
                domain={[0, 100]}
                ticks={[0, 25, 50, 75, 100]}
                tickFormatter={(value: number) => `${value}%`}
                fontSize={12}
                label={{ value: t("axis"), position: "insideBottom", offset: -8, fontSize: 12 }}
              />
              <YAxis type="category" dataKey="label" width={240} fontSize={12} interval={0} />
              <Tooltip
                cursor={{ fill: "#eef2ff" }}
                formatter={(value, _name, item) => {
                  const row = item.payload as Row;
                  return [t("tooltip", { percent: Number(value), correct: row.correct, attempts: row.attempts, firstTry: row.firstTry }), t("tooltipName")];
                }}
              />
              <Bar dataKey="percent" fill="#4f46e5" isAnimationActive={false} barSize={20} minPointSize={2}>
                <LabelList dataKey="percent" position="right" fontSize={12} formatter={(value) => `${Math.round(Number(value))}%`} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </div>
      <table className="sr-only">
        <caption>{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.stepType")}</th>
            <th scope="col">{t("columns.accuracy")}</th>
            <th scope="col">{t("columns.right")}</th>
            <th scope="col">{t("columns.tries")}</th>
            <th scope="col">{t("columns.firstTry")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td>{Math.round(row.percent)}%</td>
              <td>{row.correct}</td>
              <td>{row.attempts}</td>
              <td>{row.firstTry}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
