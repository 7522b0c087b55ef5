import type { LoadedPolicy } from "../evaluate/policy.js";
import { renderMarkdown } from "./markdown.js";
import type { Report } from "./report.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";

export type ReportFormat = "text" | "json" | "sarif" | "markdown";

export function renderReport(format: ReportFormat, report: Report, policies: LoadedPolicy[], colour = false): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "sarif":
      return `${JSON.stringify(renderSarif(report, policies), null, 2)}\n`;
    case "markdown":
      return renderMarkdown(report);
    default:
      return renderText(report, { colour });
  }
}
