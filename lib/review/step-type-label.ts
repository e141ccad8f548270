/**
 * The label of a step type in the reviewer's language: the one place review code asks the
 * domain core (lib/scratchpad/step-types.ts) for it, for every chart and table.
 */
import { stepTypeById } from "../scratchpad/step-types";
import type { Locale } from "../scratchpad/types";

/** The label of step type `id` in `locale`, or null for an id the domain does not know. */
export function stepTypeLabel(id: string, locale: Locale): string | null {
  return stepTypeById(id, locale)?.label ?? null;
}
