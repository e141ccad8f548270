import "server-only";
import { findModel, modelsFor } from "../ai/registry";
import { hasFinishedRun, lastModelCall } from "../db/model-calls";
import { MODE_INFO, MODES, isModelMode } from "../practice/modes";
import type { ModelContext } from "../practice/practice-view";
import { PURPOSE } from "./purpose";

/** The registry's and the call log's part of a session's model panel. */
export async function modelContext(session: { id: string; mode: string; modelId: string | null }): Promise<ModelContext | null> {
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
  return { label, available, runFinished, lastError: last?.status === "failed" ? last.error : null };
}

export type ModeOption = { mode: (typeof MODES)[number]; label: string; summary: string; models: Array<{ id: string; label: string }> };

/** Every mode and the models that can work a problem of `kind` in it (none: the mode is unavailable). */
export function modeOptions(kind: string): ModeOption[] {
  return MODES.map((mode) => ({
    mode,
    label: MODE_INFO[mode].label,
    summary: MODE_INFO[mode].summary,
    models: mode === "alone" ? [] : modelsFor(kind, { needsDirect: mode === "compare" }).map(({ id, label }) => ({ id, label })),
  }));
}
