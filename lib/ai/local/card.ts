/**
 * The parts of a model card (`models/<id>/card.json`, written by training/train.py) that
 * serving reads. Parsed with zod so that a card from a different exporter version fails
 * here, with the field named, rather than as a shape error inside onnxruntime.
 */
import { readFileSync, statSync } from "node:fs";
import { z } from "zod";

const tokenizerSchema = z.object({
  scheme: z.enum(["words", "chars"]),
  vocab: z.array(z.string()).min(1),
});

export const cardSchema = z.object({
  task: z.enum(["addition", "polynomial"]),
  variant: z.enum(["scratchpad", "direct"]),
  files: z.object({ onnx: z.string().min(1) }).default({ onnx: "model.onnx" }),
  tokenizer: tokenizerSchema,
  model: z.object({
    n_layers: z.int().positive(),
    n_heads: z.int().positive(),
    d_model: z.int().positive(),
    max_len: z.int().positive(),
    /** Last dimension of the KV cache: head_dim, plus each key's (line, column) for positions=relative. */
    cache_dim: z.int().positive().optional(),
    /** Rows of different lengths may share one batch (positions=relative: padded cache entries are masked). */
    batchable: z.boolean().optional(),
  }),
});

export type Card = z.infer<typeof cardSchema>;
export type TokenizerSpec = z.infer<typeof tokenizerSchema>;

// Pages list the models on every render: a card is parsed again only when its file changes.
const cache = new Map<string, { mtimeMs: number; size: number; card: Card }>();

/** Reads and checks a card; the error names the file and the first bad field. */
export function readCard(path: string): Card {
  const { mtimeMs, size } = statSync(path);
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.card;
  const card = parseCard(path);
  cache.set(path, { mtimeMs, size, card });
  return card;
}

function parseCard(path: string): Card {
  const parsed = cardSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "not a model card"}`);
  }
  return parsed.data;
}
