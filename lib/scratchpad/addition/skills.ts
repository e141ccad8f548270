/**
 * The skills each line of an addition scratchpad (FORMATS.md §1) exercises: what a student
 * must know to write that line right, so that a right or wrong line is evidence about those
 * skills (lib/learning traces mastery from it). Pure; never throws on a well-formed problem.
 *
 * - The start line (`2 9 + 5 7 , C: 0`) exercises none: it copies the input and adds the
 *   fixed `, C: 0`, the same for every problem, so whether it is right says nothing about
 *   adding.
 * - A column line exercises, by that column's numbers (columns.ts):
 *   `addition.no-carry` when its sum, carry in included, is below 10 (carry out 0);
 *   `addition.carry` when the sum is 10 or more (carry out 1);
 *   `addition.carry-in` when a carry of 1 comes in (the `+ 1` in the comment);
 *   `addition.carry-chain` when a carry comes in and another goes out (9 + 0 + 1 = 10), the
 *   step where carries are most often dropped;
 *   `addition.uneven` when exactly one operand has run out before the column (it adds a 0
 *   for it) or runs out in it (its group vanishes from the line: `1 + , 6 8`).
 * - The final line (`0 8 6`) and the answer (`8 6`) both exercise `addition.final`: the
 *   last carry goes in front, and the answer drops it when it is 0. When that carry is 1
 *   they also exercise `addition.new-digit`, the carry that makes the answer one digit
 *   longer (99 + 1 = 100). The last column's own `C: 1` is an ordinary carry.
 * - Structural lines (`<scratch>`, `</scratch>`) and indexes out of range: none.
 */
import { columns, finalDigits, type Column } from "./columns";
import type { AdditionProblem } from "./problem";
import { referenceLines } from "./target";

/** In difficulty order, easiest first. */
export const ADDITION_SKILLS = [
  "addition.no-carry",
  "addition.final",
  "addition.carry",
  "addition.carry-in",
  "addition.uneven",
  "addition.new-digit",
  "addition.carry-chain",
] as const;

export type AdditionSkillId = (typeof ADDITION_SKILLS)[number];

function columnSkills(column: Column): AdditionSkillId[] {
  const skills: AdditionSkillId[] = [column.carryOut === 1 ? "addition.carry" : "addition.no-carry"];
  if (column.carryIn === 1) skills.push("addition.carry-in");
  if (column.carryIn === 1 && column.carryOut === 1) skills.push("addition.carry-chain");
  const ranOut = (column.aBefore === "") !== (column.bBefore === "");
  const runsOut = (column.aLeft === "") !== (column.bLeft === "");
  if (ranOut || runsOut) skills.push("addition.uneven");
  return skills;
}

/** The skills reference line `index` of `problem` exercises (see the module comment). */
export function additionLineSkills(problem: AdditionProblem, index: number): AdditionSkillId[] {
  const line = referenceLines(problem)[index];
  if (!line || line.structural || line.role === "start") return [];
  if (line.role === "final" || line.role === "answer") {
    return finalDigits(problem).startsWith("1") ? ["addition.final", "addition.new-digit"] : ["addition.final"];
  }
  // Column lines follow the open and start lines: line 2 is the ones column.
  const column = columns(problem)[index - 2];
  return line.role === "column" && column ? columnSkills(column) : [];
}
