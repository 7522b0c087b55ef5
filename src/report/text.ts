import { severityRank } from "../model/types.js";
import { helmLine } from "./helm-charts.js";
import { inventoryRows, styleText } from "./inventory-summary.js";
import { helpLines } from "./policy-help.js";
import { alsoInText, type Report, type ReportFinding } from "./report.js";

const COLOURS = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  notice: "\u001b[36m",
  dim: "\u001b[2m",
  reset: "\u001b[0m",
};

/** For people: findings grouped by file, the file with the most severe finding first, then a summary. */
export function renderText(report: Report, options: { colour: boolean; quiet?: boolean }): string {
  const paint = (code: keyof typeof COLOURS, text: string) =>
    options.colour ? `${COLOURS[code]}${text}${COLOURS.reset}` : text;
  const lines: string[] = [];
  const style = styleText(report.inventory);
  if (style) lines.push(`Architecture style: ${style}`, "");
  for (const { file, findings } of groupByFile(report.findings)) {
    lines.push(paint("dim", file));
    const ordered = [...findings].sort(
      (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.line - b.line,
    );
    for (const f of ordered) {
      lines.push(
        `  ${`${f.line}:${f.column}`.padEnd(8)} ${paint(f.severity, f.severity.padEnd(7))} ${f.message}${alsoInText(f)}  ${paint("dim", f.policy)}`,
      );
    }
    lines.push("");
  }
  lines.push(...helpLines(report, (text) => paint("dim", text)));
  if (!options.quiet) lines.push(...inventoryAndSkipped(report, paint));
  lines.push(options.quiet ? quietSummaryLine(report) : summaryLine(report));
  return `${lines.join("\n")}\n`;
}

function summaryLine(report: Report): string {
  const { error, warning, notice, files } = report.summary;
  const suppressed = report.suppressed.length ? `, ${report.suppressed.length} suppressed` : "";
  return `${error} errors, ${warning} warnings, ${notice} notices in ${files} files${suppressed}`;
}

/** --quiet shows only what reaches the gate, so its counts are of what it shows, and it says what it left out. */
function quietSummaryLine(report: Report): string {
  const shown = report.findings.length;
  const total = report.summary.error + report.summary.warning + report.summary.notice;
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  const hidden = total > shown ? `; ${total - shown} below the fail level not shown (run without --quiet)` : "";
  return `${count("error")} errors, ${count("warning")} warnings, ${count("notice")} notices in ${report.summary.files} files${hidden}`;
}

function inventoryAndSkipped(report: Report, paint: (code: keyof typeof COLOURS, text: string) => string): string[] {
  const lines = [paint("dim", "Inventory")];
  const rows = inventoryRows(report.inventory);
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const row of rows) lines.push(`  ${row.label.padEnd(width)}  ${row.value}`);
  lines.push("");
  for (const skipped of report.skipped) lines.push(paint("dim", `skipped ${skipped.path}: ${skipped.reason}`));
  const helm = helmLine(report.helm);
  if (helm) lines.push(paint("dim", helm));
  return lines;
}

/** Findings per file, the file with the most severe finding first: one pass, so a file with 30,000 stays linear. */
function groupByFile(findings: ReportFinding[]): { file: string; findings: ReportFinding[]; worst: number }[] {
  const byFile = new Map<string, { file: string; findings: ReportFinding[]; worst: number }>();
  for (const finding of findings) {
    const rank = severityRank(finding.severity);
    const group = byFile.get(finding.file);
    if (group) {
      group.findings.push(finding);
      group.worst = Math.min(group.worst, rank);
    } else byFile.set(finding.file, { file: finding.file, findings: [finding], worst: rank });
  }
  return [...byFile.values()].sort((a, b) => a.worst - b.worst || a.file.localeCompare(b.file));
}
