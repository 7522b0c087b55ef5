import { createHash } from "node:crypto";
import type { SkippedFile } from "../discover/discover.js";
import type { ScanResult } from "../engine/scan.js";
import type { Finding } from "../evaluate/finding.js";
import type { LoadedPolicy } from "../evaluate/policy.js";
import type { Severity } from "../model/types.js";
import { type HelmReport, helmReport } from "./helm-charts.js";
import { buildInventory, type Inventory } from "./inventory.js";
import { type PolicyHelp, policyHelp } from "./policy-help.js";

export interface ReportFinding {
  policy: string;
  severity: Severity;
  title: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  subject: { kind: string; name: string };
  /** Stable across edits that move lines: policy, file, subject and field. */
  fingerprint: string;
  /** The same problem on the same object in other deployment variants (one finding, counted once). */
  alsoIn?: { file: string; line: number; column: number }[];
}

/** Text reports name the first few other places; SARIF and JSON keep every one. */
const PLACES_SHOWN = 5;

/**
 * ` (also in a.yaml:3, b.yaml:9)` for a finding repeated in other deployment variants or systems (the first five,
 * then how many more); empty otherwise.
 */
export function alsoInText(finding: Pick<ReportFinding, "alsoIn">): string {
  if (!finding.alsoIn?.length) return "";
  const shown = finding.alsoIn.slice(0, PLACES_SHOWN).map((place) => `${place.file}:${place.line}`);
  const more = finding.alsoIn.length - shown.length;
  return ` (also in ${shown.join(", ")}${more > 0 ? ` and ${more} more places` : ""})`;
}

export interface SuppressedFinding extends ReportFinding {
  reason: string;
  /** Where the suppression came from: `inline` at a file and line, or a config waiver. */
  suppressedBy: string;
}

/** The JSON contract: what `--format json` prints and every other renderer reads. */
export interface Report {
  tool: { name: string; version: string };
  findings: ReportFinding[];
  suppressed: SuppressedFinding[];
  inventory: Inventory;
  skipped: SkippedFile[];
  summary: Record<Severity, number> & { files: number };
  /** How to fix each reported policy's findings and where it is documented, by policy id (absent in old reports). */
  policies?: Record<string, PolicyHelp>;
  /** The Helm charts `helm template` rendered and those read from values.yaml only, with why (absent: no chart). */
  helm?: HelmReport;
}

export function toReportFinding(finding: Finding): ReportFinding {
  const location = finding.location ?? { file: finding.ref.file, line: 1, column: 1 };
  const identity = [finding.policy, location.file, finding.subject.kind, finding.subject.name, finding.field].join(
    "\u0000",
  );
  return {
    policy: finding.policy,
    severity: finding.severity,
    title: finding.title,
    file: location.file,
    line: location.line,
    column: location.column,
    ...(location.endLine === undefined ? {} : { endLine: location.endLine, endColumn: location.endColumn }),
    message: finding.message,
    subject: finding.subject,
    fingerprint: createHash("sha256").update(identity).digest("hex").slice(0, 32),
    ...(finding.related?.length
      ? { alsoIn: finding.related.map(({ file, line, column }) => ({ file, line, column })) }
      : {}),
  };
}

export function buildReport(
  result: ScanResult,
  tool: { name: string; version: string },
  policies: LoadedPolicy[] = [],
): Report {
  const findings = result.findings.map(toReportFinding);
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const helm = helmReport(result.helmCharts);
  return {
    tool: { ...tool },
    findings,
    suppressed: result.suppressed.map(({ finding, reason, suppressedBy }) => ({
      ...toReportFinding(finding),
      reason,
      suppressedBy,
    })),
    inventory: buildInventory(result),
    skipped: result.skipped,
    summary: { error: count("error"), warning: count("warning"), notice: count("notice"), files: result.files.length },
    policies: policyHelp(
      policies,
      [...findings, ...result.suppressed.map((s) => s.finding)].map((f) => f.policy),
    ),
    ...(helm ? { helm } : {}),
  };
}
