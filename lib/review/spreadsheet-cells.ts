/**
 * Cells of the tabular exports (event CSV, DataShop), so that a spreadsheet opening either
 * file shows what was typed and runs nothing: one rule for every table, set out in
 * exports.ts's module doc ("Formula injection"). JSON Lines is data for code, not a table,
 * and keeps every value as typed.
 */

const ALWAYS_FORMULA = /^[=+@\t\r\n'\uFF1D\uFF0B\uFF0D\uFF20]/;
/**
 * A cell starting with `-` that a spreadsheet cannot turn into a call, an external reference
 * or a sum: `-` alone, a number, or a scratchpad line (`-5*x: -20`, with its colon) of
 * letters, digits and `. , : * / ^ % + - #` only.
 */
const INERT_DASH = /^-(?:[0-9]+(?:\.[0-9]+)?|[A-Za-z0-9 .,*/^%+\-#]*:[A-Za-z0-9 .,:*/^%+\-#]*)?$/;

/** Prefixes `'` where a spreadsheet would read the cell as a formula. */
export function defuseFormula(cell: string): string {
  if (ALWAYS_FORMULA.test(cell)) return `'${cell}`;
  if (cell.startsWith("-") && !INERT_DASH.test(cell)) return `'${cell}`;
  return cell;
}

export type CellValue = string | number | boolean | null;

/**
 * The text of a cell in any table: empty for null; defused unless `raw` (a column the app
 * fills with its own numbers, booleans and times, which nobody else can write).
 */
export function cellText(value: CellValue, raw: boolean): string {
  const text = value === null ? "" : String(value);
  return raw ? text : defuseFormula(text);
}

/** RFC 4180: quoted when it holds `,` `"` CR or LF, quotes doubled. */
export function csvCell(value: CellValue, raw: boolean): string {
  const text = cellText(value, raw);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Every character some reader of a tab-separated file takes as the end of a field or a row:
 * tab, LF, CR, and the other line breaks of Python's `str.splitlines` (VT, FF, FS, GS, RS,
 * NEL, LS, PS), which students can type even where control characters are refused.
 */
const BREAKS = /[\t\n\v\f\r\u001c-\u001e\u0085\u2028\u2029]/g;

/** A DataShop cell: defused first (a leading tab is a formula), then each break a space. */
export function tsvCell(value: CellValue, raw: boolean): string {
  return cellText(value, raw).replace(BREAKS, " ");
}
