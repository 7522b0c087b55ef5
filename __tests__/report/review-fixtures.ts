import type { Report, ReportFinding } from "../../src/report/report.js";
import { toReviewFindings } from "../../src/report/review.js";
import type { ReviewContext, ReviewInput } from "../../src/report/review-markdown.js";

export function finding(overrides: Partial<ReportFinding> = {}): ReportFinding {
  return {
    policy: "function-timeout-exceeds-platform-max",
    severity: "error",
    title: "Function timeout above the platform's hard cap",
    file: "serverless.yml",
    line: 11,
    column: 5,
    message: "build has a timeout of 1200 s, above the AWS Lambda cap of 900 s",
    subject: { kind: "function", name: "build" },
    fingerprint: "0123456789abcdef0123456789abcdef",
    ...overrides,
  };
}

export function report(findings: ReportFinding[]): Report {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    tool: { name: "archlint", version: "0.1.0" },
    findings,
    suppressed: [],
    inventory: {
      entities: { function: 2 },
      formats: { "serverless-framework": 2 },
      functions: [],
    } as unknown as Report["inventory"],
    skipped: [],
    summary: { error: count("error"), warning: count("warning"), notice: count("notice"), files: 1 },
  };
}

export const CONTEXT: ReviewContext = {
  serverUrl: "https://github.com",
  repository: "octo-org/octo-repo",
  sha: "a".repeat(40),
  runUrl: "https://github.com/octo-org/octo-repo/actions/runs/1",
  changedLinesKnown: true,
  failOn: "error",
  onlyNew: false,
  passed: false,
};

export function reviewInput(findings: ReportFinding[], context: Partial<ReviewContext> = {}): ReviewInput {
  const r = report(findings);
  return { report: r, findings: toReviewFindings(r.findings, "infra/"), context: { ...CONTEXT, ...context } };
}
