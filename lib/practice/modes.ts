import type { Variant } from "../scratchpad/types";

/** How a session is worked: by the student alone, or with a model in one of four ways. */
export const MODES = ["alone", "watch", "turns", "spot", "compare"] as const;
export type Mode = (typeof MODES)[number];
export type ModelMode = Exclude<Mode, "alone">;

export const MODE_INFO: Record<Mode, { label: string; summary: string; variants: readonly Variant[] }> = {
  alone: { label: "Alone", summary: "You write every line; each is checked as you go.", variants: [] },
  watch: {
    label: "Watch",
    summary: "The model writes the scratchpad; step through its lines and see where its reasoning holds or breaks.",
    variants: ["scratchpad"],
  },
  turns: {
    label: "Take turns",
    summary: "You and the model write alternate lines of one scratchpad.",
    variants: ["scratchpad"],
  },
  spot: {
    label: "Spot the error",
    summary: "The model writes its scratchpad without verdicts; you find the first wrong line.",
    variants: ["scratchpad"],
  },
  compare: {
    label: "Compare",
    summary: "The model's scratchpad answer and its direct answer, side by side.",
    variants: ["scratchpad", "direct"],
  },
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
