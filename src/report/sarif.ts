import type { LoadedPolicy } from "../evaluate/policy.js";
import type { Severity } from "../model/types.js";
import type { Report } from "./report.js";

const LEVELS: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", notice: "note" };

/** SARIF 2.1.0: one run; every policy is a rule, every finding a result with a real file and line. */
export function renderSarif(report: Report, policies: LoadedPolicy[]): object {
  const rules = policies.map((p) => ({
    id: p.id,
    name: p.id,
    shortDescription: { text: p.title },
    fullDescription: { text: p.description ?? p.title },
    help: { text: [p.remediation, p.guide && `Guide: ${p.guide}`].filter(Boolean).join("\n\n") || p.title },
    defaultConfiguration: { level: LEVELS[p.severity] },
  }));
  const results = report.findings.map((f) => ({
    ruleId: f.policy,
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.file },
          region: {
            startLine: f.line,
            startColumn: f.column,
            ...(f.endLine ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
          },
        },
      },
    ],
    partialFingerprints: { "archlint/v1": f.fingerprint },
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: report.tool.name, version: report.tool.version, rules } }, results }],
  };
}
