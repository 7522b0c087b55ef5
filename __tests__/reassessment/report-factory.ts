import type { Severity } from "../../src/model/types.js";
import type { Inventory } from "../../src/report/inventory.js";
import type { Report, ReportFinding } from "../../src/report/report.js";

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

/** A JSON report as runScan builds it; the inventory has only the fields a test gives (the renderer reads defensively). */
export function report(findings: ReportFinding[], inventory: Record<string, unknown> = {}): Report {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    tool: { name: "archlint", version: "0.1.0" },
    findings,
    suppressed: [],
    inventory: {
      entities: { function: 2, repository: 1 },
      formats: { "serverless-framework": 2 },
      functions: [
        { name: "api", platform: "aws-lambda", file: "serverless.yml" },
        { name: "worker", platform: "aws-lambda", file: "serverless.yml" },
      ],
      ...inventory,
    } as unknown as Inventory,
    skipped: [],
    summary: { error: count("error"), warning: count("warning"), notice: count("notice"), files: 3 },
  };
}
