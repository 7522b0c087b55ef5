import type { LoadedPolicy } from "../evaluate/policy.js";
import { renderGitlab } from "./gitlab.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import type { Report } from "./report.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";

export const REPORT_FORMATS = ["text", "json", "sarif", "markdown", "junit", "gitlab"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(format: ReportFormat, report: Report, policies: LoadedPolicy[], colour = false): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "sarif":
      return `${JSON.stringify(renderSarif(report, policies), null, 2)}\n`;
    case "markdown":
      return renderMarkdown(report);
    case "junit":
      return renderJunit(report, policies);
    case "gitlab":
      return `${JSON.stringify(renderGitlab(report), null, 2)}\n`;
    default:
      return renderText(report, { colour });
  }
}
