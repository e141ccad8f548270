import type { Variant } from "../scratchpad/types";

/** How a session is worked: by the student alone, or with a model in one of four ways. */
export const MODES = ["alone", "watch", "turns", "spot", "compare"] as const;
export type Mode = (typeof MODES)[number];
export type ModelMode = Exclude<Mode, "alone">;

/**
 * What each mode needs beyond its name: the answers a model writes in it. Names and summaries
 * are messages (`practice.modes.<mode>.label` and `.summary`).
 */
export const MODE_INFO: Record<Mode, { variants: readonly Variant[] }> = {
  alone: { variants: [] },
  watch: { variants: ["scratchpad"] },
  turns: { variants: ["scratchpad"] },
  spot: { variants: ["scratchpad"] },
  compare: { variants: ["scratchpad", "direct"] },
};

export function isMode(value: unknown): value is Mode {
  return typeof value === "string" && (MODES as readonly string[]).includes(value);
}

export function isModelMode(value: unknown): value is ModelMode {
  return isMode(value) && value !== "alone";
}

/** Modes in which the student writes lines (and may ask for hints). */
export function studentWrites(mode: string): boolean {
  return mode === "alone" || mode === "turns";
}
