/**
 * Kinds of problem and modes by name, in the instructor's language; a value the app does
 * not know (an old row, say) is shown as stored.
 */
import { isMode, type Mode } from "@/lib/practice/modes";

const KINDS = ["addition", "polynomial", "python"] as const;
export type Kind = (typeof KINDS)[number];
export const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

/** The "teach" namespace's translator (getTranslations or useTranslations), as far as names need it. */
type T = (key: `kinds.${Kind}` | `modes.${Mode}`) => string;

export function kindName(t: T, kind: string): string {
  return isKind(kind) ? t(`kinds.${kind}`) : kind;
}

export function modeName(t: T, mode: string): string {
  return isMode(mode) ? t(`modes.${mode}`) : mode;
}
