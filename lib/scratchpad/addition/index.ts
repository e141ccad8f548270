/**
 * Long addition (FORMATS.md §1) as a task module, plus its generators and bug library.
 */
import type { DatasetSource } from "../random";
import type { TaskModule } from "../types";
import { dataset } from "./generate";
import { hint, hintLevels } from "./hints";
import { judgeLine } from "./judge";
import { formatInput, parseInput, type AdditionProblem } from "./problem";
import { referenceLines, target } from "./target";

export const addition: TaskModule<AdditionProblem> & DatasetSource<AdditionProblem> = {
  kind: "addition",
  parseInput,
  formatInput,
  target,
  referenceLines,
  judgeLine,
  hint,
  hintLevels,
  dataset,
};

export { additionBugs, additionBugsIn, type BugId } from "./bugs";
export { columnView, type ColumnView } from "./column-view";
export { columnGuide, composeColumnLine, type ColumnGuide } from "./guide";
export { dataset, generateByDigits, SPLIT_DIGITS } from "./generate";
export { MAX_DIGITS, type AdditionProblem } from "./problem";
export type { AdditionLine, AdditionRole } from "./target";
