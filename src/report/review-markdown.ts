import type { FailOn } from "../config/config.js";
import { SEVERITIES, type Severity, severityRank } from "../model/types.js";
import { setAsideSummary, styleText } from "./inventory-summary.js";
import { escapeMarkdown } from "./markdown.js";
import { type PolicyHelp, policyLink, remediationQuote } from "./policy-help.js";
import type { Report } from "./report.js";
import { alsoInText } from "./report.js";
import { byReviewPriority, type ReviewFinding } from "./review.js";

/** What a pull request review is about: where links point, and how the gate was set. */
export interface ReviewContext {
  /** GITHUB_SERVER_URL (github.com or an Enterprise Server). */
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** The commit links point at: the pull request's head, or the pushed commit. */
  sha: string;
  /** The workflow run, for the full report when a comment is truncated. */
  runUrl: string;
  /** Whether the changed lines of a pull request are known (`isNew` is meaningful). */
  changedLinesKnown: boolean;
  failOn: FailOn;
  onlyNew: boolean;
  passed: boolean;
}

export interface ReviewInput {
  report: Report;
  findings: ReviewFinding[];
  context: ReviewContext;
  /** The architecture map as Markdown (rendered elsewhere), shown collapsed; omitted when absent. */
  architectureMap?: string;
}

const ICONS: Record<Severity, string> = { error: "🔴", warning: "🟠", notice: "🔵" };

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export function countsLine(report: Report): string {
  const { error, warning, notice } = report.summary;
  return `${plural(error, "error")}, ${plural(warning, "warning")}, ${plural(notice, "notice")}`;
}

export function verdictLine({ report, findings, context }: ReviewInput): string {
  const gate =
    context.failOn === "never"
      ? "fail-on: never"
      : `fail-on: ${context.failOn}${context.onlyNew ? ", only lines this pull request changed" : ""}`;
  const newCount = findings.filter((f) => f.isNew).length;
  const introduced = context.changedLinesKnown ? `, ${newCount} on lines this pull request changed` : "";
  const style = styleText(report.inventory);
  const styleLine = style ? `**Architecture style:** ${escapeMarkdown(style)}\n\n` : "";
  if (report.findings.length === 0) {
    return `### ✅ archlint: no architecture risks found\n\n${styleLine}All findings are resolved (${gate}).`;
  }
  const verdict = context.passed ? "✅ archlint passed" : "❌ archlint failed";
  return `### ${verdict}: ${countsLine(report)}\n\n${styleLine}${plural(report.findings.length, "finding")}${introduced} (${gate}).`;
}

/** A link to the exact lines at the reviewed commit; every path segment encoded, so no path can break the link. */
export function lineLink(context: ReviewContext, finding: ReviewFinding): string {
  const path = finding.path
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`))
    .join("/");
  const range = finding.endLine && finding.endLine > finding.line ? `-L${finding.endLine}` : "";
  const url = `${context.serverUrl}/${context.repository}/blob/${context.sha}/${path}#L${finding.line}${range}`;
  return `[${escapeMarkdown(`${finding.path}:${finding.line}`)}](${url})`;
}

export function findingLine(context: ReviewContext, finding: ReviewFinding): string {
  return `- ${ICONS[finding.severity]} ${lineLink(context, finding)}: ${escapeMarkdown(finding.message + alsoInText(finding))}`;
}

/**
 * Findings grouped by policy (most severe policy first), each group a heading (the policy linked to its docs, and
 * how to fix it) and one line per finding.
 */
export function policyGroups(
  findings: ReviewFinding[],
  help: Record<string, PolicyHelp> = {},
): { heading: string; title: string; findings: ReviewFinding[] }[] {
  const groups = new Map<string, ReviewFinding[]>();
  for (const finding of [...findings].sort(byReviewPriority)) {
    groups.set(finding.policy, [...(groups.get(finding.policy) ?? []), finding]);
  }
  const worst = (list: ReviewFinding[]) => Math.min(...list.map((f) => severityRank(f.severity)));
  return [...groups.entries()]
    .sort(([a, la], [b, lb]) => worst(la) - worst(lb) || a.localeCompare(b))
    .map(([policy, list]) => {
      const title = `**${policyLink(policy, help[policy])}** ${escapeMarkdown(list[0]?.title ?? "")}`;
      return { heading: `${title} (${list.length})${remediationQuote(help[policy])}`, title, findings: list };
    });
}

export function inventoryBlock(report: Report): string {
  const { entities, formats, functions } = report.inventory;
  const rows = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, count]) => `| ${escapeMarkdown(name)} | ${count} |`);
  const lines = [
    "<details><summary>Inventory</summary>",
    "",
    `${plural(report.summary.files, "file")} scanned.`,
    ...(setAsideSummary(report.inventory) ? ["", escapeMarkdown(setAsideSummary(report.inventory) as string)] : []),
    "",
    "| Entity | Count |",
    "|---|---|",
    ...rows(entities),
    "",
    "| Format | Entities |",
    "|---|---|",
    ...rows(formats),
  ];
  if (functions.length) {
    lines.push("", "| Function | Platform | File |", "|---|---|---|");
    for (const fn of functions) {
      lines.push(`| ${escapeMarkdown(fn.name)} | ${escapeMarkdown(fn.platform)} | ${escapeMarkdown(fn.file)} |`);
    }
  }
  lines.push("", "</details>");
  return lines.join("\n");
}

export function architectureMapBlock(map: string | undefined): string | undefined {
  return map === undefined ? undefined : `<details><summary>Architecture map</summary>\n\n${map}\n\n</details>`;
}

export { SEVERITIES };

/**
 * Writes Markdown blocks in order while they fit under a size limit. Blocks marked `droppable` (findings, collapsed
 * sections) are the ones that may be left out; once one is left out, the note says how many findings were not shown.
 */
export class BudgetedMarkdown {
  private readonly parts: string[] = [];
  private used = 0;
  omittedFindings = 0;
  omittedSections: string[] = [];

  constructor(
    private readonly limit: number,
    private readonly measure: (text: string) => number,
    /** Room kept for the truncation note and the footer. */
    private readonly reserve: number,
  ) {}

  /** Always written (headings, verdict): these are small and fixed. */
  add(text: string): void {
    this.parts.push(text);
    this.used += this.measure(text) + 1;
  }

  /** Written only while it fits; returns whether it was. */
  tryAdd(text: string, what: { findings?: number; section?: string } = {}): boolean {
    const size = this.measure(text) + 1;
    if (this.omittedFindings === 0 && this.used + size + this.reserve <= this.limit) {
      this.parts.push(text);
      this.used += size;
      return true;
    }
    this.omittedFindings += what.findings ?? 0;
    if (what.section) this.omittedSections.push(what.section);
    return false;
  }

  get truncated(): boolean {
    return this.omittedFindings > 0 || this.omittedSections.length > 0;
  }

  toString(): string {
    return this.parts.join("\n");
  }
}
