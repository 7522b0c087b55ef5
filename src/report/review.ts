import { severityRank } from "../model/types.js";
import { type ChangedLines, touchesChangedLine } from "./changed-lines.js";
import type { ReportFinding } from "./report.js";

/** A finding as a pull request sees it: its path from the repository root and whether the PR changed its lines. */
export interface ReviewFinding extends ReportFinding {
  /** POSIX path relative to the repository root (the scanned folder's prefix added). */
  path: string;
  /**
   * Introduced by this pull request: absent from the base branch's scan when there is one, else on a line it
   * changed. A repository-level finding (pinned to a line only to be shown) is new only when the base lacks it.
   */
  isNew: boolean;
}

/**
 * `pathPrefix` is the scanned folder relative to the repository root, "" or ending in "/"; `baseFingerprints`,
 * when the base commit was scanned, the fingerprints of its findings.
 */
export function toReviewFindings(
  findings: ReportFinding[],
  pathPrefix: string,
  changed?: ChangedLines,
  baseFingerprints?: ReadonlySet<string>,
): ReviewFinding[] {
  return findings.map((finding) => {
    const path = `${pathPrefix}${finding.file}`;
    return { ...finding, path, isNew: isNew(finding, path, changed, baseFingerprints) };
  });
}

function isNew(finding: ReportFinding, path: string, changed?: ChangedLines, base?: ReadonlySet<string>): boolean {
  if (base) return !base.has(finding.fingerprint);
  if (!changed || finding.subject.kind === "repository") return false;
  return touchesChangedLine(changed, path, finding.line, finding.endLine);
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
