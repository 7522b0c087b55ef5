import type { LoadedPolicy } from "../evaluate/policy.js";
import type { ReportFormat } from "./formats.js";
import { renderGitlab } from "./gitlab.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import type { Report } from "./report.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";

export type { ReportFormat } from "./formats.js";

export interface RenderOptions {
  /** ANSI colours in the text report. */
  colour?: boolean;
  /** The text report without the inventory and the skipped files: only findings and the summary line. */
  quiet?: boolean;
}

export function renderReport(
  format: ReportFormat,
  report: Report,
  policies: LoadedPolicy[],
  options: RenderOptions = {},
): string {
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
      return renderText(report, { colour: options.colour === true, quiet: options.quiet });
  }
}
