"use client";

/**
 * Where models break: for each step type, how many of each model's answers went wrong there
 * first, as grouped horizontal bars (one colour per model). Like the accuracy chart, it is
 * one image with a spoken summary, and its numbers are in a visually hidden table.
 */
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ModelBreak, ModelStat } from "@/lib/review/analytics";
import { stepTypeOrder } from "@/lib/scratchpad/step-types";

const COLORS = ["#4f46e5", "#0891b2", "#d97706", "#db2777", "#16a34a", "#7c3aed"];
const color = (i: number) => COLORS[i % COLORS.length] as string;

/** Model ids may hold dots or slashes, which recharts reads as paths: bars use `m0`, `m1`, … */
type Row = { id: string; label: string } & Record<`m${number}`, number>;

export function ModelBreaksChart({ models }: { models: ModelStat[] }) {
  const t = useTranslations("review");
  const shown = models.filter((model) => model.runs > 0);
  if (shown.length === 0) return <p className="text-sm text-slate-600">{t("breaksChart.empty")}</p>;

  const nameOf = (model: ModelStat) => model.modelId ?? t("analytics.unknownModel");
  const labelOf = (b: ModelBreak) => b.label ?? t("analytics.unknownLine");
  const types = new Map<string, string>();
  for (const model of shown) for (const b of model.breaks) types.set(b.id, labelOf(b));
  const ids = [...types.keys()].sort((a, b) => stepTypeOrder(a) - stepTypeOrder(b) || a.localeCompare(b));
  const countOf = (model: ModelStat, id: string) => model.breaks.find((b) => b.id === id)?.count ?? 0;
  const rows: Row[] = ids.map((id) => {
    const row = { id, label: types.get(id) ?? id } as Row;
    shown.forEach((model, i) => {
      row[`m${i}`] = countOf(model, id);
    });
    return row;
  });

  const summary = t("breaksChart.summary", {
    models: shown
      .map((model) => {
        const values = { model: nameOf(model), runs: model.runs, clean: model.cleanRuns };
        const breaks = model.breaks.map((b) => t("breaksChart.summaryBreak", { label: labelOf(b), count: b.count })).join(", ");
        return breaks ? t("breaksChart.summaryModelBreaks", { ...values, breaks }) : t("breaksChart.summaryModel", values);
      })
      .join(". "),
  });
  const height = Math.max(1, rows.length) * (22 * shown.length + 18) + 80;

  return (
    <figure className="space-y-2">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("breaksChart.noBreaks")}</p>
      ) : (
        <div role="img" aria-label={summary} className="w-full overflow-x-auto rounded-lg border border-slate-200 bg-white p-2">
          <div aria-hidden="true">
            <ResponsiveContainer width="100%" height={height} minWidth={480} minHeight={height} initialDimension={{ width: 640, height }}>
              <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 16, left: 8 }} accessibilityLayer={false}>
                <CartesianGrid horizontal={false} stroke="#e2e8f0" />
                <XAxis
                  type="number"
                  allowDecimals={false}
                  fontSize={12}
                  label={{ value: t("breaksChart.axis"), position: "insideBottom", offset: -8, fontSize: 12 }}
                />
                <YAxis type="category" dataKey="label" width={240} fontSize={12} interval={0} />
                <Tooltip cursor={{ fill: "#eef2ff" }} />
                <Legend verticalAlign="top" height={28} />
                {shown.map((model, i) => (
                  <Bar key={nameOf(model)} dataKey={`m${i}`} name={nameOf(model)} fill={color(i)} isAnimationActive={false} barSize={16} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        </div>
      )}
      <table className="sr-only">
        <caption>{t("breaksChart.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("breaksChart.stepType")}</th>
            {shown.map((model) => (
              <th key={nameOf(model)} scope="col">
                {nameOf(model)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {shown.map((model, i) => (
                <td key={nameOf(model)}>{row[`m${i}`]}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t("breaksChart.noWrong")}</th>
            {shown.map((model) => (
              <td key={nameOf(model)}>{model.cleanRuns}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t("breaksChart.answers")}</th>
            {shown.map((model) => (
              <td key={nameOf(model)}>{model.runs}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
