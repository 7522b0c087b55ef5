import type { FailOn } from "../config/config.js";
import { severityRank } from "../model/types.js";
import type { ReportFinding } from "./report.js";

export const FAIL_ON_VALUES: readonly FailOn[] = ["error", "warning", "notice", "never"];

/** True when a finding reaches the fail-on level (error ⊂ warning ⊂ notice; never fails nothing). */
export function reachesFailLevel(findings: ReportFinding[], failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return findings.some((f) => severityRank(f.severity) <= severityRank(failOn));
}

/**
 * The findings the gate judges: with `only-new`, those on lines the pull request changed; when the changed lines
 * are unknown (not a pull request, or the files API refused), all of them, so a failure to read never opens the gate.
 */
export function gatedFindings<T extends ReportFinding & { isNew: boolean }>(
  findings: T[],
  onlyNew: boolean,
  changedLinesKnown: boolean,
): T[] {
  return onlyNew && changedLinesKnown ? findings.filter((f) => f.isNew) : findings;
}
