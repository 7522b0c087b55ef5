import type { Severity } from "../model/types.js";
import type { Report } from "./report.js";

/** GitLab's five severities; eslint-formatter-gitlab's mapping, so archlint's findings rank like a linter's. */
const SEVERITIES: Record<Severity, "major" | "minor" | "info"> = { error: "major", warning: "minor", notice: "info" };

/**
 * GitLab Code Quality: the subset of the Code Climate issue format that GitLab reads (description, check_name,
 * fingerprint, severity, location.path, location.lines.begin), so findings show in the merge request widget. Paths
 * are relative to the repository root: `pathPrefix` is the scanned folder's place in it ("" or ending in "/").
 */
export function renderGitlab(report: Report, pathPrefix = ""): object[] {
  return report.findings.map((f) => ({
    type: "issue",
    description: f.message,
    check_name: f.policy,
    fingerprint: f.fingerprint,
    severity: SEVERITIES[f.severity],
    location: { path: `${pathPrefix}${f.file}`, lines: { begin: f.line } },
  }));
}
