import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

// The Lab shows what was measured and committed: each model's card (models/<id>/card.json)
// and the `eval` results in bench/results/lab/<id>-<split>.json.

const splitEval = z.object({ n: z.number(), answer_accuracy: z.number(), full_accuracy: z.number().optional() });

const cardSchema = z.object({
  id: z.string(),
  task: z.string(),
  variant: z.string(),
  created: z.string(),
  model: z.object({ d_model: z.number(), n_layers: z.number(), n_heads: z.number(), parameters: z.number(), positions: z.string() }),
  files: z.object({ onnx_bytes: z.number() }),
  data: z.object({ train: z.object({ n: z.number(), command: z.string() }) }),
  training: z.object({
    steps: z.number(),
    batch: z.number(),
    time_s: z.number(),
    final_loss: z.number(),
    loss_curve: z.array(z.tuple([z.number(), z.number()])),
    /** Where it trained: "cpu, 1 thread(s)" or a GPU's name; cards from before the field: one CPU thread. */
    device: z.string().optional(),
    /** A run that went on from another's weights (train.py --init-from): the earlier run. */
    started_from: z.object({ steps: z.number(), time_s: z.number() }).optional(),
  }),
  eval: z.object({ test: splitEval.optional(), ood: splitEval.optional() }).optional(),
});

const bucketSchema = z.object({ n: z.number(), correct: z.number(), accuracy: z.number(), ci95: z.tuple([z.number(), z.number()]) });
const evalSchema = z.object({
  model: z.string(),
  split: z.string(),
  n: z.number(),
  accuracy: z.number(),
  ci95: z.tuple([z.number(), z.number()]).optional(),
  byDigits: z.record(z.string(), bucketSchema).optional(),
  byTerms: z.record(z.string(), bucketSchema).optional(),
});

export type ModelCard = z.infer<typeof cardSchema>;

/** Training over all of a model's runs: steps, seconds, and the GPU's name (null: a CPU). */
export function trainingTotals({ training }: ModelCard): { steps: number; seconds: number; gpu: string | null } {
  const earlier = training.started_from;
  const gpu = training.device && !training.device.startsWith("cpu") ? training.device : null;
  return { steps: training.steps + (earlier?.steps ?? 0), seconds: training.time_s + (earlier?.time_s ?? 0), gpu };
}
export type EvalResult = z.infer<typeof evalSchema>;

export type Headline = { split: string; accuracy: number; n: number };

/**
 * The accuracy a model's card shows per split: the committed `eval` result when there is one
 * (the same measurement the Lab's tables and charts show), else what training measured. One
 * number with its sample size everywhere on the page, never two different ones.
 */
export function headlineAccuracy(card: ModelCard, results: EvalResult[]): Headline[] {
  const splits = new Set([...Object.keys(card.eval ?? {}), ...results.filter((r) => r.model === card.id).map((r) => r.split)]);
  return [...splits].sort().flatMap((split) => {
    const measured = results.find((r) => r.model === card.id && r.split === split);
    if (measured) return [{ split, accuracy: measured.accuracy, n: measured.n }];
    const trained = card.eval?.[split as "test" | "ood"];
    return trained ? [{ split, accuracy: trained.answer_accuracy, n: trained.n }] : [];
  });
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (parsed.success) return parsed.data;
    // A file the Lab cannot read is left out of the page, but never silently.
    console.warn(`lab: ignoring ${file}: ${parsed.error.issues[0]?.message ?? "unexpected shape"}`);
    return null;
  } catch (error) {
    console.warn(`lab: ignoring ${file}: ${(error as Error).message}`);
    return null;
  }
}

export async function loadModelCards(): Promise<ModelCard[]> {
  const dir = path.join(process.cwd(), "models");
  const ids = await readdir(dir).catch(() => [] as string[]);
  const cards = await Promise.all(ids.filter((id) => !id.startsWith(".")).map((id) => readJson(path.join(dir, id, "card.json"), cardSchema)));
  return cards.filter((card): card is ModelCard => card !== null).sort((a, b) => a.id.localeCompare(b.id));
}

export async function loadEvalResults(): Promise<EvalResult[]> {
  const dir = path.join(process.cwd(), "bench", "results", "lab");
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".json"));
  const results = await Promise.all(files.map((f) => readJson(path.join(dir, f), evalSchema)));
  return results.filter((r): r is EvalResult => r !== null);
}

/** Accuracy by digit count (1–12) per model, merging the test and ood splits. */
export function accuracyByDigits(results: EvalResult[]): Map<string, Array<{ digits: number; accuracy: number; n: number; ci95: [number, number] }>> {
  const series = new Map<string, Array<{ digits: number; accuracy: number; n: number; ci95: [number, number] }>>();
  for (const result of results) {
    if (!result.byDigits) continue;
    const points = series.get(result.model) ?? [];
    for (const [digits, bucket] of Object.entries(result.byDigits ?? {})) {
      if (bucket.n > 0) points.push({ digits: Number(digits), accuracy: bucket.accuracy, n: bucket.n, ci95: bucket.ci95 });
    }
    series.set(result.model, points.sort((a, b) => a.digits - b.digits));
  }
  return series;
}
