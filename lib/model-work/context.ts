import "server-only";
import { findModel, modelsFor } from "../ai/registry";
import { hasFinishedRun, lastModelCall } from "../db/model-calls";
import { MODES, isModelMode } from "../practice/modes";
import type { ModelContext } from "../practice/practice-view";
import type { Locale } from "../scratchpad/types";
import { storedFailureText } from "./failures";
import { PURPOSE } from "./purpose";

/** The registry's and the call log's part of a session's model panel; the last failure in `locale`. */
export async function modelContext(session: { id: string; mode: string; modelId: string | null }, locale: Locale = "en"): Promise<ModelContext | null> {
  if (!isModelMode(session.mode) || !session.modelId) return null;
  let label = session.modelId;
  let available = true;
  try {
    label = findModel(session.modelId).label;
  } catch {
    available = false;
  }
  const [runFinished, last] = await Promise.all([
    hasFinishedRun({ sessionId: session.id, purpose: PURPOSE[session.mode] }),
    lastModelCall({ sessionId: session.id }),
  ]);
  const lastError = last?.status === "failed" && last.error ? storedFailureText(last.error, locale) : null;
  return { label, available, runFinished, lastError };
}

/** A mode (named by the page, `practice.modes.<mode>`) and the models that can work it. */
export type ModeOption = { mode: (typeof MODES)[number]; models: Array<{ id: string; label: string }> };

/** Every mode and the models that can work a problem of `kind` in it (none: the mode is unavailable). */
export function modeOptions(kind: string): ModeOption[] {
  return MODES.map((mode) => ({
    mode,
    models: mode === "alone" ? [] : modelsFor(kind, { needsDirect: mode === "compare" }).map(({ id, label }) => ({ id, label })),
  }));
}
