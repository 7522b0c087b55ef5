import { renderArchitectureMap } from "./architecture-map.js";
import { helmLine } from "./helm-charts.js";
import { inventoryRows, styleText } from "./inventory-summary.js";
import { helpMarkdown, policyLink } from "./policy-help.js";
import { alsoInText, type Report } from "./report.js";

/** Escapes text from the repository so it renders as text: no Markdown, HTML or @mentions from a file name. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`)
    .replace(/@/g, "@\u200b")
    .replace(/\r?\n/g, " ");
}

export function renderMarkdown(report: Report): string {
  const { error, warning, notice, files } = report.summary;
  const style = styleText(report.inventory);
  const lines = [
    `## archlint`,
    "",
    ...(style ? [`**Architecture style:** ${escapeMarkdown(style)}`, ""] : []),
    `**${error}** errors, **${warning}** warnings, **${notice}** notices in ${files} files${suppressedCount(report)}.`,
    "",
  ];
  if (report.findings.length) {
    lines.push("| Severity | Policy | Where | Message |", "|---|---|---|---|");
    for (const f of report.findings) {
      lines.push(
        `| ${f.severity} | ${policyLink(f.policy, report.policies?.[f.policy])} | ${escapeMarkdown(`${f.file}:${f.line}`)} | ${escapeMarkdown(f.message + alsoInText(f))} |`,
      );
    }
  }
  const help = helpMarkdown(report);
  if (help.length) lines.push("", "### How to fix", "", ...help);
  lines.push(...suppressedList(report));
  const helm = helmLine(report.helm);
  if (helm) lines.push("", escapeMarkdown(helm));
  lines.push("", ...renderInventory(report));
  return `${lines.join("\n")}\n`;
}

function suppressedCount(report: Report): string {
  const count = report.suppressed.length;
  return count ? `; **${count}** suppressed` : "";
}

/** Suppressed findings stay visible, folded away: each with where it is, who suppressed it and why. */
function suppressedList(report: Report): string[] {
  if (report.suppressed.length === 0) return [];
  const rows = report.suppressed.map(
    (f) =>
      `| \`${f.policy}\` | ${escapeMarkdown(`${f.file}:${f.line}`)} | ${escapeMarkdown(f.suppressedBy)} | ${escapeMarkdown(f.reason)} |`,
  );
  return [
    "",
    "<details>",
    `<summary>${report.suppressed.length} suppressed finding${report.suppressed.length === 1 ? "" : "s"}</summary>`,
    "",
    "| Policy | Where | Suppressed by | Reason |",
    "|---|---|---|---|",
    ...rows,
    "",
    "</details>",
  ];
}

/** The inventory as a table, then the architecture map when there is something to draw. */
function renderInventory(report: Report): string[] {
  const lines = ["### Inventory", "", "| | |", "|---|---|"];
  for (const row of inventoryRows(report.inventory)) lines.push(`| ${row.label} | ${escapeMarkdown(row.value)} |`);
  const map = renderArchitectureMap(report);
  if (map) lines.push("", "### Architecture map", "", map);
  return lines;
}
