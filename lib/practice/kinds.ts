/** The kinds of problem the app offers; their names are messages `practice.kinds.<kind>`. */
export const KINDS = ["addition", "polynomial", "python"] as const;
export type Kind = (typeof KINDS)[number];

export function isKind(value: unknown): value is Kind {
  return typeof value === "string" && (KINDS as readonly string[]).includes(value);
}

