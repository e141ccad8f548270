import type { Metadata } from "next";
import { AdditionCompare, PolynomialCompare } from "@/components/lab/compare-box";
import { LineChart, type Series } from "@/components/lab/line-chart";
import { accuracyByDigits, loadEvalResults, loadModelCards } from "@/lib/lab/results";

export const metadata: Metadata = { title: "Lab" };
export const dynamic = "force-dynamic";

const COLORS = ["#4f46e5", "#e11d48", "#059669", "#d97706"];
const percent = (y: number) => `${Math.round(y * 100)}%`;

export default async function LabPage() {
  const [cards, results] = await Promise.all([loadModelCards(), loadEvalResults()]);
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
  const maxStep = Math.max(1, ...cards.map((card) => card.training.steps));
  // Scratchpad first, then direct: the comparison the paper makes.
  const modelsFor = (task: string) =>
    cards.filter((c) => c.task === task).sort((a, b) => b.variant.localeCompare(a.variant)).map((c) => c.id);

  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Lab: the paper&apos;s experiment, on this machine</h1>
        <p className="max-w-3xl text-slate-700">
          Nye et al. (2021) found that a transformer trained to write its intermediate steps adds numbers
          longer than any it saw in training better than one trained to answer directly. We trained small
          transformers from scratch on the app&apos;s own datasets (1–8 digit sums) and tested them on 1–8
          digits and on 9–10 digits, which they never saw. These are the committed results; the same
          models work problems in the app.
        </p>
      </section>

      <section aria-labelledby="accuracy-heading" className="space-y-3">
        <h2 id="accuracy-heading" className="text-xl font-semibold">
          Accuracy by number of digits
        </h2>
        {accuracySeries.length === 0 ? (
          <p className="text-slate-600">No evaluation results are committed yet (bench/results/lab/).</p>
        ) : (
          <>
            <LineChart
              title="Exact-answer accuracy by the longer operand's digit count, per model"
              series={accuracySeries}
              xLabel="digits in the longer number"
              yLabel="exact answers"
              xDomain={[1, 12]}
              yDomain={[0, 1]}
              formatY={percent}
              band={{ from: 9, to: 10, label: "never seen in training" }}
            />
            <details>
              <summary className="cursor-pointer text-sm text-indigo-700">The numbers, with 95% confidence intervals</summary>
              <table className="mt-2 text-sm">
                <thead>
                  <tr>
                    <th scope="col" className="pr-4 text-left">Model</th>
                    <th scope="col" className="pr-4 text-right">Digits</th>
                    <th scope="col" className="pr-4 text-right">n</th>
                    <th scope="col" className="pr-4 text-right">Accuracy</th>
                    <th scope="col" className="text-right">95% CI</th>
                  </tr>
                </thead>
                <tbody>
                  {[...byDigits.entries()].flatMap(([model, points]) =>
                    points.map((p) => (
                      <tr key={`${model}-${p.digits}`}>
                        <td className="pr-4">{model}</td>
                        <td className="pr-4 text-right">{p.digits}</td>
                        <td className="pr-4 text-right">{p.n}</td>
                        <td className="pr-4 text-right">{percent(p.accuracy)}</td>
                        <td className="text-right">
                          {percent(p.ci95[0])}–{percent(p.ci95[1])}
                        </td>
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
            Polynomial accuracy by number of terms
          </h2>
          <table className="text-sm" aria-label="Polynomial accuracy by number of terms">
            <thead>
              <tr>
                <th scope="col" className="pr-6 text-left">Model</th>
                <th scope="col" className="pr-6 text-right">All (n)</th>
                {[1, 2, 3].map((terms) => (
                  <th key={terms} scope="col" className="pr-6 text-right">
                    {terms} {terms === 1 ? "term" : "terms"}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {polynomialResults.map((result) => (
                <tr key={result.model}>
                  <th scope="row" className="pr-6 text-left font-mono font-normal">{result.model}</th>
                  <td className="pr-6 text-right">
                    {percent(result.accuracy)} ({result.n})
                  </td>
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
            Training curves
          </h2>
          <LineChart
            title="Training loss by step, per model (log scale)"
            series={lossSeries}
            xLabel="step"
            yLabel="loss (log)"
            xDomain={[0, maxStep]}
            yDomain={[1e-4, 10]}
            formatY={(y) => y.toExponential(0)}
            logY
          />
        </section>
      )}

      <section aria-labelledby="cards-heading" className="space-y-3">
        <h2 id="cards-heading" className="text-xl font-semibold">
          Model cards
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {cards.map((card) => (
            <article key={card.id} aria-label={`Model card: ${card.id}`} className="space-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <h3 className="font-mono text-base font-semibold">{card.id}</h3>
              <p>
                {card.model.parameters.toLocaleString("en")} parameters: {card.model.n_layers} layers, width {card.model.d_model},{" "}
                {card.model.n_heads} heads, {card.model.positions} positions; {(card.files.onnx_bytes / 2 ** 20).toFixed(1)} MiB ONNX.
              </p>
              <p>
                Trained {card.training.steps.toLocaleString("en")} steps of {card.training.batch} on{" "}
                {card.data.train.n.toLocaleString("en")} examples in {Math.round(card.training.time_s / 60)} min (one CPU thread);
                final loss {card.training.final_loss.toExponential(1)}.
              </p>
              {card.eval && (
                <p>
                  {Object.entries(card.eval)
                    .flatMap(([split, e]) => (e ? [`${split}: ${percent(e.answer_accuracy)} of ${e.n}`] : []))
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
          Try it: the models side by side on your own problem
        </h2>
        {modelsFor("addition").length > 0 && <AdditionCompare models={modelsFor("addition")} />}
        {modelsFor("polynomial").length > 0 && <PolynomialCompare models={modelsFor("polynomial")} />}
      </section>
    </div>
  );
}
