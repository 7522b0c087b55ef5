import type { Report } from "./report.js";

/** Escapes text from the repository so it renders as text: no Markdown, HTML or @mentions from a file name. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`)
    .replace(/@/g, "@\u200b")
    .replace(/\r?\n/g, " ");
}

export function renderMarkdown(report: Report): string {
  const { error, warning, notice, files } = report.summary;
  const lines = [
    `## archlint`,
    "",
    `**${error}** errors, **${warning}** warnings, **${notice}** notices in ${files} files.`,
    "",
  ];
  if (report.findings.length) {
    lines.push("| Severity | Policy | Where | Message |", "|---|---|---|---|");
    for (const f of report.findings) {
      lines.push(
        `| ${f.severity} | \`${f.policy}\` | ${escapeMarkdown(`${f.file}:${f.line}`)} | ${escapeMarkdown(f.message)} |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
