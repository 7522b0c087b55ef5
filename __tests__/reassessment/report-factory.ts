import { join } from "node:path";
import type { Severity } from "../../src/model/types.js";
import type { Report, ReportFinding } from "../../src/report/report.js";
import { scanFolder } from "../helpers/scan.js";

export function finding(
  policy: string,
  severity: Severity,
  file: string,
  line: number,
  subject: { kind: string; name: string } = { kind: "function", name: "api" },
  message = `${policy} fired`,
): ReportFinding {
  return {
    policy,
    severity,
    title: policy,
    file,
    line,
    column: 3,
    message,
    subject,
    fingerprint: `${policy}-${file}-${line}`,
  };
}

export const SHOP = join(import.meta.dirname, "..", "..", "examples", "shop");
export const WELL_INSTRUMENTED = join(import.meta.dirname, "..", "fixtures", "repositories", "well-instrumented");

const scanned = new Map<string, Report>();

/**
 * A JSON report as runScan builds it from a fixture repository (its inventory is the engine's), with the findings
 * a test gives in place of the scan's. A copy: a test may change it.
 */
export function report(findings: ReportFinding[], repository = SHOP): Report {
  const base = scanned.get(repository) ?? scanFolder(repository);
  scanned.set(repository, base);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return structuredClone({
    ...base,
    findings,
    suppressed: [],
    summary: { ...base.summary, error: count("error"), warning: count("warning"), notice: count("notice") },
  });
}
