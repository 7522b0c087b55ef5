import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderJobSummary } from "../../src/report/job-summary.js";
import { escapeMarkdown, renderMarkdown } from "../../src/report/markdown.js";
import { renderPrComment } from "../../src/report/pr-comment.js";
import { renderReassessmentBody } from "../../src/report/reassessment/body.js";
import { reassessmentPeriod } from "../../src/report/reassessment/period.js";
import { toReviewFindings } from "../../src/report/review.js";
import { renderText } from "../../src/report/text.js";
import { scanFolder } from "../helpers/scan.js";
import { report } from "../reassessment/report-factory.js";
import { CONTEXT, finding } from "./review-fixtures.js";

const FIXTURE = join(__dirname, "..", "fixtures", "repositories", "well-instrumented");
const NOW = new Date("2026-11-27T10:00:00Z");

/** The first line of a rendered report that is not a heading, a marker or blank. */
const firstStatement = (text: string) =>
  text.split("\n").find((line) => line.trim() !== "" && !/^(#|<!--|>)/.test(line.trim())) ?? "";

describe("the architecture style", () => {
  const withStyle = report([finding()]);
  const review = { report: withStyle, findings: toReviewFindings(withStyle.findings, ""), context: CONTEXT };

  it("is the first thing the text and Markdown reports say", () => {
    const scanned = scanFolder(FIXTURE);
    const style = scanned.inventory.style;
    expect(style.value).not.toBe("unknown");
    const line = `${style.value} (${style.basis})`;
    expect(firstStatement(renderText(scanned, { colour: false }))).toBe(`Architecture style: ${line}`);
    expect(firstStatement(renderMarkdown(scanned))).toBe(`**Architecture style:** ${escapeMarkdown(line)}`);
  });

  it("comes right after the verdict heading in the PR comment and the job summary, and first in the issue", () => {
    const pr = renderPrComment(review).body;
    expect(firstStatement(pr)).toContain("**Architecture style:** hybrid");
    const summary = renderJobSummary(review, { error: 0, warning: 0, notice: 0 });
    expect(firstStatement(summary)).toContain("**Architecture style:** hybrid");
    const { body } = renderReassessmentBody({ report: withStyle, period: reassessmentPeriod(NOW), now: NOW });
    const afterIntro = body.split("\n").filter((l) => l.startsWith("**"));
    expect(afterIntro[0]).toContain("**Architecture style:** hybrid");
  });

  it("is left out, not invented, when an older report has none", () => {
    const { style: _, ...older } = scanFolder(FIXTURE).inventory;
    const scanned = { ...scanFolder(FIXTURE), inventory: older as typeof withStyle.inventory };
    expect(renderText(scanned, { colour: false })).not.toContain("Architecture style");
  });
});
