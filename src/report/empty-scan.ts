import type { Report } from "./report.js";

/**
 * When a scan read no manifest at all (none found, or every candidate skipped), a gate that passes would pass by
 * mistake: this sentence says so, for stderr, a warning annotation and the job summary. Undefined otherwise.
 */
export function emptyScanWarning(report: Report, where: string): string | undefined {
  if (report.summary.files > 0) return undefined;
  const skipped = report.skipped.length;
  const why = skipped ? ` (${skipped} ${skipped === 1 ? "file" : "files"} skipped: see the report)` : "";
  return `no deployment manifests found under ${where}${why}: nothing was checked`;
}
