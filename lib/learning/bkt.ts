/**
 * Bayesian Knowledge Tracing (Corbett & Anderson, 1995): for each skill, the probability
 * that the student knows it, updated after every observed line. A correct line may be a
 * guess, a wrong one a slip, so one line never settles anything; after each observation the
 * student may also have learned the skill (the transition).
 *
 * Parameters are one table (BKT_PARAMS): defaults for every skill and overrides for skills
 * that differ. A deployment tunes them with mergeBktParams (e.g. from fitted values).
 */

export interface BktParams {
  /** P(L0): the skill is known before any practice. */
  pInit: number;
  /** P(T): an unknown skill becomes known after one practice opportunity. */
  pTransit: number;
  /** P(S): a known skill still gives a wrong line. */
  pSlip: number;
  /** P(G): an unknown skill still gives a right line. */
  pGuess: number;
}

export interface BktParamsTable {
  defaults: BktParams;
  /** Per skill id, only what differs from the defaults. */
  skills: Readonly<Record<string, Partial<BktParams>>>;
}

/** A skill counts as mastered once P(known) reaches this. */
export const MASTERY_THRESHOLD = 0.95;

/**
 * The defaults are the usual starting values in the BKT literature. Overrides: lines that
 * copy or follow the format more than they compute are easier to guess right and more
 * often known from the start; the carry chain and precedence are where slips are common.
 */
export const BKT_PARAMS: BktParamsTable = {
  defaults: { pInit: 0.2, pTransit: 0.15, pSlip: 0.1, pGuess: 0.2 },
  skills: {
    "addition.no-carry": { pInit: 0.4, pGuess: 0.25 },
    "addition.final": { pInit: 0.3, pGuess: 0.3 },
    "addition.carry-chain": { pSlip: 0.15 },
    "polynomial.constant": { pInit: 0.5, pGuess: 0.3 },
    "polynomial.linear": { pInit: 0.3 },
    "polynomial.precedence": { pInit: 0.15, pSlip: 0.12 },
    "python.definition": { pInit: 0.3, pGuess: 0.3 },
    "python.assignment": { pInit: 0.3 },
  },
};

/** The parameters of one skill: the table's defaults with that skill's overrides. */
export function bktParams(skill: string, table: BktParamsTable = BKT_PARAMS): BktParams {
  const own = Object.hasOwn(table.skills, skill) ? table.skills[skill] : undefined;
  return { ...table.defaults, ...own };
}

export interface BktOverrides {
  defaults?: Partial<BktParams>;
  skills?: Readonly<Record<string, Partial<BktParams>>>;
}

/**
 * `base` with `overrides` on top (defaults field by field, each skill field by field).
 * Throws a RangeError for a probability outside (0, 1) or slip + guess ≥ 1 (then a right
 * line would be no evidence of knowing): a table is configuration, checked once at start.
 */
export function mergeBktParams(overrides: BktOverrides, base: BktParamsTable = BKT_PARAMS): BktParamsTable {
  const skills: Record<string, Partial<BktParams>> = { ...base.skills };
  for (const [skill, own] of Object.entries(overrides.skills ?? {})) skills[skill] = { ...skills[skill], ...own };
  const table: BktParamsTable = { defaults: { ...base.defaults, ...overrides.defaults }, skills };
  checkParams("defaults", table.defaults);
  for (const skill of Object.keys(skills)) checkParams(skill, bktParams(skill, table));
  return table;
}

function checkParams(name: string, params: BktParams): void {
  for (const [field, value] of Object.entries(params)) {
    if (typeof value !== "number" || !(value > 0 && value < 1)) {
      throw new RangeError(`BKT ${field} of ${name} must lie strictly between 0 and 1, got ${String(value)}`);
    }
  }
  if (params.pSlip + params.pGuess >= 1) {
    throw new RangeError(`BKT pSlip + pGuess of ${name} must be below 1, got ${params.pSlip + params.pGuess}`);
  }
}

/** P(known | this observation), by Bayes' rule. */
export function bktPosterior(pKnown: number, correct: boolean, params: BktParams): number {
  const known = correct ? pKnown * (1 - params.pSlip) : pKnown * params.pSlip;
  const unknown = correct ? (1 - pKnown) * params.pGuess : (1 - pKnown) * (1 - params.pGuess);
  return known / (known + unknown);
}

/** One BKT step: the posterior, then the chance of learning the skill at this opportunity. */
export function bktUpdate(pKnown: number, correct: boolean, params: BktParams): number {
  const posterior = bktPosterior(pKnown, correct, params);
  return posterior + (1 - posterior) * params.pTransit;
}

export function isMastered(pKnown: number, threshold: number = MASTERY_THRESHOLD): boolean {
  return pKnown >= threshold;
}
