/**
 * Polynomial evaluation (FORMATS.md §2) as a task module, plus its generators and bug library.
 */
import type { DatasetSource } from "../random";
import type { TaskModule } from "../types";
import { dataset } from "./generate";
import { hint, hintLevels } from "./hints";
import { judgeLine } from "./judge";
import { parseInput } from "./parse-input";
import { formatInput, type PolynomialProblem } from "./problem";
import { referenceLines, target } from "./target";

export const polynomial: TaskModule<PolynomialProblem> & DatasetSource<PolynomialProblem> = {
  kind: "polynomial",
  parseInput,
  formatInput,
  target,
  referenceLines,
  judgeLine,
  hint,
  hintLevels,
  dataset,
};

export { polynomialBugs, polynomialBugsIn, type BugId } from "./bugs";
export { DATASET_SIZES, dataset, generateByLevel, isTestSide, LEVELS, MAX_LEVEL, VALUE_RANGE } from "./generate";
export {
  COEFFICIENT_LIMIT,
  MAX_POWER,
  MAX_TERMS,
  polynomialValue,
  termText,
  termValue,
  X_LIMIT,
  type PolynomialProblem,
  type Power,
  type Term,
} from "./problem";
export type { PolynomialLine, PolynomialRole } from "./target";
