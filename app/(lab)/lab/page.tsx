import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdditionCompare, PolynomialCompare } from "@/components/lab/compare-box";
import { LineChart, type Series } from "@/components/lab/line-chart";
import { accuracyByDigits, headlineAccuracy, loadEvalResults, loadModelCards, trainingTotals } from "@/lib/lab/results";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lab"))("meta") };
}
export const dynamic = "force-dynamic";

const COLORS = ["#4f46e5", "#e11d48", "#059669", "#d97706"];

export default async function LabPage() {
  const [cards, results, t, format] = await Promise.all([loadModelCards(), loadEvalResults(), getTranslations("lab"), getFormatter()]);
  const percent = (y: number) => format.number(y, { style: "percent", maximumFractionDigits: 0 });
  const splitName = (split: string) => (split === "test" || split === "ood" ? t(`cards.splits.${split}`) : split);
  const byDigits = accuracyByDigits(results);
  const polynomialResults = results.filter((r) => r.byTerms).sort((a, b) => b.model.localeCompare(a.model));
  const accuracySeries: Series[] = [...byDigits.entries()].map(([name, points], i) => ({
    name,
    color: COLORS[i % COLORS.length] ?? "#000",
    points: points.map((p) => ({ x: p.digits, y: p.accuracy })),
  }));
  const lossSeries: Series[] = cards.map((card, i) => ({
    name: card.id,
    color: COLORS[i % COLORS.length] ?? "#000",
    points: card.training.loss_curve.map(([step, loss]) => ({ x: step, y: loss })),
  }));
  const maxStep = Math.max(1, ...cards.map((card) => trainingTotals(card).steps));
  // Down to the lowest loss any model reached (a power of ten), so no curve runs off the chart.
  const lowest = Math.min(1e-4, ...lossSeries.flatMap((series) => series.points.map((p) => p.y)).filter((y) => y > 0));
  const lossFloor = 10 ** Math.max(-9, Math.floor(Math.log10(lowest)));
  // Scratchpad first, then direct: the comparison the paper makes.
  const modelsFor = (task: string) =>
    cards.filter((c) => c.task === task).sort((a, b) => b.variant.localeCompare(a.variant)).map((c) => c.id);

  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </section>

      <section aria-labelledby="accuracy-heading" className="space-y-3">
        <h2 id="accuracy-heading" className="text-xl font-semibold">
          {t("accuracy.heading")}
        </h2>
        {accuracySeries.length === 0 ? (
          <p className="text-slate-600">{t("accuracy.none")}</p>
        ) : (
          <>
            <LineChart
              title={t("accuracy.chartTitle")}
              series={accuracySeries}
              xLabel={t("accuracy.xLabel")}
              yLabel={t("accuracy.yLabel")}
              xDomain={[1, 12]}
              yDomain={[0, 1]}
              formatY={percent}
              band={{ from: 9, to: 10, label: t("accuracy.band") }}
            />
            <details>
              <summary className="cursor-pointer text-sm text-indigo-700">{t("accuracy.numbers")}</summary>
              <table className="mt-2 text-sm">
                <thead>
                  <tr>
                    <th scope="col" className="pr-4 text-left">{t("accuracy.columns.model")}</th>
                    <th scope="col" className="pr-4 text-right">{t("accuracy.columns.digits")}</th>
                    <th scope="col" className="pr-4 text-right">{t("accuracy.columns.n")}</th>
                    <th scope="col" className="pr-4 text-right">{t("accuracy.columns.accuracy")}</th>
                    <th scope="col" className="text-right">{t("accuracy.columns.ci")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...byDigits.entries()].flatMap(([model, points]) =>
                    points.map((p) => (
                      <tr key={`${model}-${p.digits}`}>
                        <td className="pr-4">{model}</td>
                        <td className="pr-4 text-right">{p.digits}</td>
                        <td className="pr-4 text-right">{format.number(p.n)}</td>
                        <td className="pr-4 text-right">{percent(p.accuracy)}</td>
                        <td className="text-right">{t("accuracy.interval", { low: percent(p.ci95[0]), high: percent(p.ci95[1]) })}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>

      {polynomialResults.length > 0 && (
        <section aria-labelledby="polynomial-heading" className="space-y-3">
          <h2 id="polynomial-heading" className="text-xl font-semibold">
            {t("polynomial.heading")}
          </h2>
          <table className="text-sm" aria-label={t("polynomial.heading")}>
            <thead>
              <tr>
                <th scope="col" className="pr-6 text-left">{t("polynomial.model")}</th>
                <th scope="col" className="pr-6 text-right">{t("polynomial.all")}</th>
                {[1, 2, 3].map((terms) => (
                  <th key={terms} scope="col" className="pr-6 text-right">
                    {t("polynomial.terms", { count: terms })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {polynomialResults.map((result) => (
                <tr key={result.model}>
                  <th scope="row" className="pr-6 text-left font-mono font-normal">{result.model}</th>
                  <td className="pr-6 text-right">{t("polynomial.allValue", { accuracy: percent(result.accuracy), n: format.number(result.n) })}</td>
                  {[1, 2, 3].map((terms) => {
                    const bucket = result.byTerms?.[String(terms)];
                    return (
                      <td key={terms} className="pr-6 text-right">
                        {bucket ? percent(bucket.accuracy) : "—"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {lossSeries.length > 0 && (
        <section aria-labelledby="loss-heading" className="space-y-3">
          <h2 id="loss-heading" className="text-xl font-semibold">
            {t("loss.heading")}
          </h2>
          <LineChart
            title={t("loss.chartTitle")}
            series={lossSeries}
            xLabel={t("loss.xLabel")}
            yLabel={t("loss.yLabel")}
            xDomain={[0, maxStep]}
            yDomain={[lossFloor, 10]}
            formatY={(y) => y.toExponential(0)}
            logY
          />
        </section>
      )}

      <section aria-labelledby="cards-heading" className="space-y-3">
        <h2 id="cards-heading" className="text-xl font-semibold">
          {t("cards.heading")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {cards.map((card) => (
            <article key={card.id} aria-label={t("cards.label", { id: card.id })} className="space-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <h3 className="font-mono text-base font-semibold">{card.id}</h3>
              <p>
                {t("cards.architecture", {
                  parameters: format.number(card.model.parameters),
                  layers: card.model.n_layers,
                  width: card.model.d_model,
                  heads: card.model.n_heads,
                  positions: card.model.positions,
                  size: format.number(card.files.onnx_bytes / 2 ** 20, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
                })}
              </p>
              <p>
                {t("cards.training", {
                  steps: format.number(trainingTotals(card).steps),
                  batch: card.training.batch,
                  examples: format.number(card.data.train.n),
                  minutes: Math.round(trainingTotals(card).seconds / 60),
                  device: trainingTotals(card).gpu ?? t("cards.cpu"),
                  loss: card.training.final_loss.toExponential(1),
                })}
              </p>
              {headlineAccuracy(card, results).length > 0 && (
                <p>
                  {headlineAccuracy(card, results)
                    .map(({ split, accuracy, n }) => t("cards.eval", { split: splitName(split), accuracy: percent(accuracy), n: format.number(n) }))
                    .join(" · ")}
                </p>
              )}
              <p className="break-all text-slate-500">
                <code>{card.data.train.command}</code>
              </p>
            </article>
          ))}
        </div>
      </section>

      <section aria-labelledby="try-heading" className="space-y-6">
        <h2 id="try-heading" className="text-xl font-semibold">
          {t("try.heading")}
        </h2>
        {modelsFor("addition").length > 0 && <AdditionCompare models={modelsFor("addition")} />}
        {modelsFor("polynomial").length > 0 && <PolynomialCompare models={modelsFor("polynomial")} />}
      </section>
    </div>
  );
}
