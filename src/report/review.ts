import { severityRank } from "../model/types.js";
import { type ChangedLines, touchesChangedLine } from "./changed-lines.js";
import type { ReportFinding } from "./report.js";

/** A finding as a pull request sees it: its path from the repository root and whether the PR changed its lines. */
export interface ReviewFinding extends ReportFinding {
  /** POSIX path relative to the repository root (the scanned folder's prefix added). */
  path: string;
  /** On a line this pull request changed; false when the changed lines are unknown. */
  isNew: boolean;
}

/** `pathPrefix` is the scanned folder relative to the repository root, "" or ending in "/". */
export function toReviewFindings(
  findings: ReportFinding[],
  pathPrefix: string,
  changed?: ChangedLines,
): ReviewFinding[] {
  return findings.map((finding) => {
    const path = `${pathPrefix}${finding.file}`;
    return {
      ...finding,
      path,
      isNew: changed ? touchesChangedLine(changed, path, finding.line, finding.endLine) : false,
    };
  });
}

/** Most severe first; among equals, those this PR introduced; then by place. */
export function byReviewPriority(a: ReviewFinding, b: ReviewFinding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    Number(b.isNew) - Number(a.isNew) ||
    a.path.localeCompare(b.path) ||
    a.line - b.line ||
    a.column - b.column
  );
}
