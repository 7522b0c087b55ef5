import { createHash } from "node:crypto";
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

/** Starts every archlint PR comment; the action finds its own comment by this (and by its bot author). */
export const PR_COMMENT_MARKER = "<!-- archlint:pr-comment";

/** GitHub refuses comments over 65,536 characters; stay well under. */
export const PR_COMMENT_MAX_CHARS = 60_000;

export interface PrComment {
  body: string;
  /**
   * A digest of what the comment says, without the run link that changes on every run: when the comment already
   * on the pull request carries the same key, it is left alone.
   */
  key: string;
}

/** The sticky pull request comment: verdict and counts, findings by policy (new first), inventory, map. */
export function renderPrComment(input: ReviewInput, maxChars = PR_COMMENT_MAX_CHARS): PrComment {
  const key = createHash("sha256")
    .update(renderBody(input, "", maxChars))
    .digest("hex")
    .slice(0, 16);
  return { body: `${PR_COMMENT_MARKER} key=${key} -->\n${renderBody(input, input.context.runUrl, maxChars)}`, key };
}

/** The key of an existing comment's body, when it is an archlint comment. */
export function commentKey(body: string): string | undefined {
  if (!body.startsWith(PR_COMMENT_MARKER)) return undefined;
  return / key=([0-9a-f]+) -->/.exec(body.slice(0, 100))?.[1];
}

function renderBody(input: ReviewInput, runUrl: string, maxChars: number): string {
  const { context, findings } = input;
  const out = new BudgetedMarkdown(maxChars - 120, (text) => text.length, 400);
  out.add(verdictLine(input));
  const sections = context.changedLinesKnown
    ? [
        { title: "New in this pull request", findings: findings.filter((f) => f.isNew) },
        { title: "Already on the base branch or on unchanged lines", findings: findings.filter((f) => !f.isNew) },
      ]
    : [{ title: "Findings", findings }];
  for (const section of sections.filter((s) => s.findings.length)) {
    // Pre-existing findings are context, not the review's subject: folded, so new ones lead a short comment.
    const folded = context.changedLinesKnown && section !== sections[0];
    const heading = folded
      ? `\n<details><summary>${section.title} (${section.findings.length})</summary>\n`
      : `\n#### ${section.title}`;
    if (!out.tryAdd(heading, { findings: section.findings.length })) continue;
    for (const group of policyGroups(section.findings, input.report.policies)) {
      // Pre-existing notices are counted, not listed: the job summary and code scanning keep every one.
      if (folded && group.findings.every((f) => f.severity === "notice")) {
        out.tryAdd(`\n- ${group.title}: ${plural(group.findings.length, "notice")}`, {
          findings: group.findings.length,
        });
        continue;
      }
      if (!out.tryAdd(`\n${group.heading}\n`, { findings: group.findings.length })) continue;
      for (const finding of group.findings) out.tryAdd(findingLine(context, finding), { findings: 1 });
    }
    if (folded) out.add("\n</details>");
  }
  if (input.report.suppressed.length) out.add(`\n${plural(input.report.suppressed.length, "finding")} suppressed.`);
  out.tryAdd(`\n${inventoryBlock(input.report)}`, { section: "inventory" });
  const map = architectureMapBlock(input.architectureMap);
  if (map) out.tryAdd(`\n${map}`, { section: "architecture map" });
  if (out.truncated) {
    const omitted = [
      out.omittedFindings ? plural(out.omittedFindings, "more finding") : "",
      ...out.omittedSections.map((s) => `the ${s}`),
    ].filter(Boolean);
    out.add(
      `\n> [!NOTE]\n> This comment is truncated to stay under GitHub's size limit: ${omitted.join(" and ")} ${omitted.length === 1 && out.omittedFindings === 1 ? "is" : "are"} in the job summary of ${runUrl ? `[the workflow run](${runUrl})` : "the workflow run"}.`,
    );
  }
  out.add(`\n<sub>archlint ${input.report.tool.version}${runUrl ? ` · [workflow run](${runUrl})` : ""}</sub>`);
  return out.toString();
}
