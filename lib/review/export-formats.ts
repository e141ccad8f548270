/**
 * The export files a route can serve: content type, file extension and how to build each.
 * Pure; see exports.ts for what each file holds.
 */
import { datashopTransactions, eventsCsv, researchJsonl } from "./exports";

export const EXPORT_FORMATS = {
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv", build: eventsCsv },
  datashop: { contentType: "text/tab-separated-values; charset=utf-8", extension: "txt", build: datashopTransactions },
  jsonl: { contentType: "application/x-ndjson; charset=utf-8", extension: "jsonl", build: researchJsonl },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && Object.hasOwn(EXPORT_FORMATS, value);
}
