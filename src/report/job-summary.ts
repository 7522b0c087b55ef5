import { SEVERITIES, type Severity } from "../model/types.js";
import { helmLine } from "./helm-charts.js";
import { escapeMarkdown } from "./markdown.js";
import {
  architectureMapBlock,
  BudgetedMarkdown,
  findingLine,
  inventoryBlock,
  plural,
  policyGroups,
  type ReviewInput,
  verdictLine,
} from "./review-markdown.js";

/** GitHub refuses a step summary over 1 MiB. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;

/** The job summary: the full report (every finding, new first), what was not annotated, inventory, map, skips. */
export function renderJobSummary(
  input: ReviewInput,
  notAnnotated: Record<Severity, number>,
  maxBytes = JOB_SUMMARY_MAX_BYTES,
): string {
  const { context, findings, report } = input;
  const out = new BudgetedMarkdown(maxBytes - 200, (text) => Buffer.byteLength(text, "utf8"), 600);
  out.add(verdictLine(input));
  const skippedAnnotations = SEVERITIES.filter((s) => notAnnotated[s] > 0);
  if (skippedAnnotations.length) {
    const counts = skippedAnnotations.map((s) => plural(notAnnotated[s], s)).join(", ");
    out.add(
      `\n${counts} not annotated: GitHub shows at most 10 annotations of each severity per step, so the most severe${context.changedLinesKnown ? " and those on changed lines" : ""} were chosen. All are listed here.`,
    );
  }
  for (const group of policyGroups(findings, report.policies)) {
    if (!out.tryAdd(`\n${group.heading}\n`, { findings: group.findings.length })) continue;
    for (const finding of group.findings) {
      const marker = context.changedLinesKnown && finding.isNew ? " 🆕" : "";
      out.tryAdd(`${findingLine(context, finding)}${marker}`, { findings: 1 });
    }
  }
  if (report.suppressed.length) {
    out.tryAdd(
      [
        `\n<details><summary>${plural(report.suppressed.length, "suppressed finding")}</summary>\n`,
        ...report.suppressed.map(
          (s) =>
            `- \`${s.policy}\` ${escapeMarkdown(`${s.file}:${s.line}`)}: ${escapeMarkdown(s.reason)} (${escapeMarkdown(s.suppressedBy)})`,
        ),
        "\n</details>",
      ].join("\n"),
      { section: "suppressed findings" },
    );
  }
  if (report.skipped.length) {
    out.tryAdd(
      [
        `\n<details><summary>${plural(report.skipped.length, "skipped file")}</summary>\n`,
        ...report.skipped.map((s) => `- ${escapeMarkdown(s.path)}: ${escapeMarkdown(s.reason)}`),
        "\n</details>",
      ].join("\n"),
      { section: "skipped files" },
    );
  }
  const helm = helmLine(report.helm);
  if (helm) out.tryAdd(`\n${escapeMarkdown(helm)}`, { section: "helm charts" });
  out.tryAdd(`\n${inventoryBlock(report)}`, { section: "inventory" });
  const map = architectureMapBlock(input.architectureMap);
  if (map) out.tryAdd(`\n${map}`, { section: "architecture map" });
  if (out.truncated) {
    out.add(
      `\n> [!NOTE]\n> The summary is truncated to GitHub's 1 MiB limit${out.omittedFindings ? `: ${plural(out.omittedFindings, "more finding")} are in the report file and the SARIF` : ""}.`,
    );
  }
  return `${out.toString()}\n`;
}
