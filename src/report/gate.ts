import type { FailOn } from "../config/config.js";
import { severityRank } from "../model/types.js";
import type { ReportFinding } from "./report.js";

export const FAIL_ON_VALUES: readonly FailOn[] = ["error", "warning", "notice", "never"];

/** True when a finding reaches the fail-on level (error ⊂ warning ⊂ notice; never fails nothing). */
export function reachesFailLevel(findings: ReportFinding[], failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return findings.some((f) => severityRank(f.severity) <= severityRank(failOn));
}
