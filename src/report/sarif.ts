import type { LoadedPolicy } from "../evaluate/policy.js";
import { type Severity, severityRank } from "../model/types.js";
import { policyDocsUrl } from "./policy-help.js";
import type { Report, ReportFinding } from "./report.js";

const LEVELS: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", notice: "note" };

/** GitHub code scanning keeps at most 5,000 results per run (it refuses larger uploads' extra results). */
export const SARIF_MAX_RESULTS = 5_000;

/**
 * Policies whose findings are security weaknesses, with a CVSS-like score for GitHub's security severity (≥ 7 high,
 * ≥ 4 medium). The rest are reliability, cost and operability risks: no security severity.
 */
const SECURITY_SEVERITY: Record<string, string> = {
  "iam-wildcard-permission": "8.0",
  "workload-not-network-isolated": "5.0",
  "services-exposed-without-gateway": "4.0",
};

export interface SarifOptions {
  /** The scanned folder relative to the repository root ("" or ending in "/"), so URIs are repository-relative. */
  pathPrefix?: string;
  maxResults?: number;
}

/** SARIF 2.1.0: one run; every policy is a rule with help, every finding a result with a real file and line. */
export function renderSarif(report: Report, policies: LoadedPolicy[], options: SarifOptions = {}): object {
  const prefix = options.pathPrefix ?? "";
  const maxResults = options.maxResults ?? SARIF_MAX_RESULTS;
  const rules = policies.map(toRule);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const kept = [...report.findings]
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity))
    .slice(0, maxResults);
  const results = kept.map((f) => toResult(f, prefix, ruleIndex.get(f.policy)));
  const omitted = report.findings.length - kept.length;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: "https://www.npmjs.com/package/archlint",
            rules,
          },
        },
        automationDetails: { id: "archlint/" },
        columnKind: "unicodeCodePoints",
        results,
        ...(omitted > 0 ? { properties: { omittedResults: omitted } } : {}),
      },
    ],
  };
}

function toRule(policy: LoadedPolicy) {
  const description = policy.description ?? policy.title;
  const securitySeverity = SECURITY_SEVERITY[policy.id];
  const docs = policyDocsUrl(policy);
  const helpText = [
    description,
    policy.remediation && `Remediation: ${policy.remediation}`,
    policy.guide && `Guide: ${policy.guide}`,
    docs && `Documentation: ${docs}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  const helpMarkdown = [
    `**${policy.title}**`,
    description,
    policy.remediation && `**Remediation:** ${policy.remediation}`,
    policy.guide && `**Guide:** ${policy.guide}`,
    docs && `[Documentation](${docs})`,
  ]
    .filter(Boolean)
    .join("\n\n");
  return {
    id: policy.id,
    name: toPascalCase(policy.id),
    shortDescription: { text: policy.title },
    fullDescription: { text: description },
    ...(docs ? { helpUri: docs } : {}),
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: LEVELS[policy.severity] },
    properties: {
      tags: securitySeverity ? ["architecture", "security"] : ["architecture", policy.subject],
      ...(securitySeverity ? { "security-severity": securitySeverity } : {}),
    },
  };
}

function toResult(f: ReportFinding, prefix: string, ruleIndex: number | undefined) {
  return {
    ruleId: f.policy,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVELS[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(`${prefix}${f.file}`) },
          region: {
            startLine: f.line,
            startColumn: f.column,
            ...(f.endLine ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
          },
        },
      },
    ],
    ...(f.alsoIn?.length
      ? {
          relatedLocations: f.alsoIn.map((place, id) => ({
            id,
            message: { text: "the same problem in another deployment variant" },
            physicalLocation: {
              artifactLocation: { uri: encodeUri(`${prefix}${place.file}`) },
              region: { startLine: place.line, startColumn: place.column },
            },
          })),
        }
      : {}),
    partialFingerprints: { "archlint/v1": f.fingerprint },
  };
}

/** SARIF URIs are URI references: each path segment percent-encoded, the slashes kept. */
function encodeUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** SARIF rule names are identifiers (`FunctionTimeoutExceedsPlatformMax`); the id keeps the kebab case. */
function toPascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
