/**
 * Which of our trained models are on disk: every `<modelsDir>/<id>/card.json`. Scanned on
 * each call (a few small files), so a model that finishes training shows up without a
 * restart.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { TaskKind, Variant } from "../../scratchpad";
import { readCard } from "./card";

export interface LocalModelInfo {
  id: string;
  dir: string;
  kind: TaskKind;
  variant: Variant;
  /** Both the card and the ONNX file it names are there. */
  ready: boolean;
}

/** The models under `modelsDir`, by id; a folder whose card is missing or unreadable is left out. */
export function localModels(modelsDir: string): LocalModelInfo[] {
  let names: string[];
  try {
    names = readdirSync(modelsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names.flatMap((id) => {
    const dir = join(modelsDir, id);
    try {
      const card = readCard(join(dir, "card.json"));
      return [{ id, dir, kind: card.task, variant: card.variant, ready: existsSync(join(dir, card.files.onnx)) }];
    } catch {
      return [];
    }
  });
}
