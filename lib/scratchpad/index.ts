/**
 * The task registry: every task module by its kind, for the app and the CLI to look up.
 */
import { addition, additionBugsIn } from "./addition";
import { polynomial, polynomialBugsIn } from "./polynomial";
import { python, pythonBugsIn } from "./python";
import type { DatasetSource } from "./random";
import type { Diagnosis, Locale, TaskKind, TaskModule } from "./types";

/** A registered task; `dataset` where the task can generate the paper's datasets. */
export type RegisteredTask = TaskModule<unknown> & Partial<DatasetSource<unknown>>;

export const tasks = { addition, polynomial, python } satisfies Partial<Record<TaskKind, RegisteredTask>>;

/** The task registered under `kind`, or undefined (e.g. for a kind not built yet, or a typo). */
export function findTask(kind: string): RegisteredTask | undefined {
  return Object.hasOwn(tasks, kind) ? (tasks as Partial<Record<string, RegisteredTask>>)[kind] : undefined;
}

/**
 * The bug `id` of task `kind` in `locale` (default English), or null for an unknown kind or
 * id: for diagnoses stored by id (events, analytics) shown in the reader's language.
 */
export function diagnosisById(kind: string, id: string, locale?: Locale): Diagnosis | null {
  const libraries: Record<TaskKind, (locale?: Locale) => Record<string, Diagnosis>> = {
    addition: additionBugsIn,
    polynomial: polynomialBugsIn,
    python: pythonBugsIn,
  };
  const library = Object.hasOwn(libraries, kind) ? libraries[kind as TaskKind](locale) : undefined;
  return library && Object.hasOwn(library, id) ? (library[id] ?? null) : null;
}

export { addition } from "./addition";
export {
  columnGuide,
  columnView,
  composeColumnLine,
  generateByDigits,
  type AdditionProblem,
  type ColumnGuide,
  type ColumnView,
} from "./addition";
export { generateByLevel, polynomial, polynomialValue, termText, termValue, type PolynomialProblem } from "./polynomial";
export { encode as encodePythonValue, python, pythonBugs, type PythonProblem } from "./python";
export { plantableLines, plantError, type PlantedLine } from "./planting";
export { SPLITS, type DatasetOptions, type DatasetSource, type Split } from "./random";
export type * from "./types";
export { LOCALES } from "./types";
export {
  classifyStatement,
  STEP_TYPES,
  stepType,
  stepTypeById,
  stepTypeLabel,
  stepTypeOrder,
  stepTypesIn,
  type PythonStatementClass,
  type StepType,
} from "./step-types";
