// What the Lab page says about each committed model comes from its card: training that went
// on from an earlier run's weights counts both runs, and the device is named as trained.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headlineAccuracy, loadEvalResults, loadModelCards, trainingTotals, type ModelCard } from "@/lib/lab/results";

function card(training: Partial<ModelCard["training"]>): ModelCard {
  return {
    id: "m",
    task: "addition",
    variant: "scratchpad",
    created: "2026-11-26",
    model: { d_model: 128, n_layers: 4, n_heads: 4, parameters: 1, positions: "relative" },
    files: { onnx_bytes: 1 },
    data: { train: { n: 1, command: "npm run -s cli -- dataset addition" } },
    training: { steps: 100, batch: 32, time_s: 60, final_loss: 0.1, loss_curve: [], ...training },
  };
}

describe("trainingTotals", () => {
  it("adds the earlier run's steps and time to this run's", () => {
    const totals = trainingTotals(card({ steps: 3636, time_s: 215, device: "NVIDIA H100 80GB HBM3", started_from: { steps: 4691, time_s: 390 } }));
    expect(totals).toEqual({ steps: 8327, seconds: 605, gpu: "NVIDIA H100 80GB HBM3" });
  });

  it("a CPU run, or a card from before the device was recorded, names no GPU", () => {
    expect(trainingTotals(card({ device: "cpu, 1 thread(s)" }))).toEqual({ steps: 100, seconds: 60, gpu: null });
    expect(trainingTotals(card({}))).toEqual({ steps: 100, seconds: 60, gpu: null });
  });

  it("reads the committed cards: the two GPU-trained models count both of their runs", async () => {
    const cards = await loadModelCards();
    expect(cards.map((c) => c.id)).toEqual(["addition-direct", "addition-scratchpad", "polynomial-direct", "polynomial-scratchpad"]);
    for (const c of cards) {
      const raw = JSON.parse(readFileSync(`models/${c.id}/card.json`, "utf8")) as { training: { total_steps?: number } };
      const totals = trainingTotals(c);
      expect(totals.steps).toBe(raw.training.total_steps ?? c.training.steps);
      // The loss curve runs over every step the model was trained for.
      expect(c.training.loss_curve.at(-1)?.[0]).toBe(totals.steps);
    }
  });
});

describe("headlineAccuracy", () => {
  it("shows the committed eval result where there is one, with its own sample size", () => {
    const trained = { ...card({}), eval: { test: { n: 2000, answer_accuracy: 0.155 }, ood: { n: 500, answer_accuracy: 0 } } };
    const results = [{ model: "m", split: "test", n: 300, accuracy: 0.16 }];
    expect(headlineAccuracy(trained, results)).toEqual([
      { split: "ood", accuracy: 0, n: 500 },
      { split: "test", accuracy: 0.16, n: 300 },
    ]);
  });

  it("gives every committed model one number per split, the same as the Lab's tables", async () => {
    const [cards, results] = await Promise.all([loadModelCards(), loadEvalResults()]);
    for (const c of cards) {
      for (const headline of headlineAccuracy(c, results)) {
        const measured = results.find((r) => r.model === c.id && r.split === headline.split);
        if (measured) expect(headline).toEqual({ split: headline.split, accuracy: measured.accuracy, n: measured.n });
      }
    }
    const polynomialDirect = cards.find((c) => c.id === "polynomial-direct");
    expect(polynomialDirect && headlineAccuracy(polynomialDirect, results).find((h) => h.split === "test")?.n).toBe(
      results.find((r) => r.model === "polynomial-direct" && r.split === "test")?.n,
    );
  });
});
