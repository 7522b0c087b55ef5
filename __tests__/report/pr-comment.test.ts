import { describe, expect, it } from "vitest";
import { renderJobSummary } from "../../src/report/job-summary.js";
import { commentKey, PR_COMMENT_MARKER, renderPrComment } from "../../src/report/pr-comment.js";
import type { ReportFinding } from "../../src/report/report.js";
import { toReviewFindings } from "../../src/report/review.js";
import { finding, reviewInput } from "./review-fixtures.js";

const NONE = { error: 0, warning: 0, notice: 0 };

describe("the pull request comment", () => {
  it("escapes every string from the repository: no HTML, Markdown links or mentions get through", () => {
    const hostile = finding({
      file: "fn (1)/[x](https:evil)/serverless.yml",
      message:
        "<img src=x onerror=alert(1)> @octo-org/admins **now** [click](https://evil.example) `code` #1 &lt;b&gt;",
    });
    const { body } = renderPrComment(reviewInput([hostile]));
    expect(body).not.toMatch(/[^\\]<img/);
    expect(body).toContain("\\<img src=x onerror=alert\\(1\\)\\>");
    expect(body).not.toMatch(/@octo-org/);
    expect(body).toContain("@\u200bocto\\-org/admins");
    expect(body).not.toContain("[click](");
    expect(body).toContain("\\[click\\]\\(https://evil\\.example\\)");
    expect(body).toContain("\\&lt;b\\&gt;");
    expect(body).toContain(
      "(https://github.com/octo-org/octo-repo/blob/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/infra/fn%20%281%29/%5Bx%5D%28https%3Aevil%29/serverless.yml#L11)",
    );
  });

  it("starts with the marker and a key that ignores the run link but not the content", () => {
    const input = reviewInput([finding()]);
    const first = renderPrComment(input);
    expect(first.body.startsWith(`${PR_COMMENT_MARKER} key=${first.key} -->\n`)).toBe(true);
    expect(commentKey(first.body)).toBe(first.key);
    const otherRun = renderPrComment({
      ...input,
      context: { ...input.context, runUrl: "https://github.com/x/runs/2" },
    });
    expect(otherRun.key).toBe(first.key);
    expect(otherRun.body).not.toBe(first.body);
    const otherHead = renderPrComment({ ...input, context: { ...input.context, sha: "b".repeat(40) } });
    expect(otherHead.key).not.toBe(first.key);
    expect(commentKey("Looks good <!-- archlint:pr-comment key=abc -->")).toBeUndefined();
  });

  it("says so when everything is resolved", () => {
    const { body } = renderPrComment(reviewInput([], { passed: true }));
    expect(body).toContain(
      "### ✅ archlint: no architecture risks found\n\nAll findings are resolved (fail-on: error).",
    );
  });

  it("puts findings on changed lines first and the architecture map in a collapsed section", () => {
    const input = reviewInput([finding({ line: 3 }), finding({ line: 20, severity: "warning" })]);
    const [old, fresh] = input.findings;
    if (fresh && old) fresh.isNew = true;
    const { body } = renderPrComment({ ...input, architectureMap: "```mermaid\ngraph LR\n```" });
    expect(body.indexOf("#### New in this pull request")).toBeLessThan(body.indexOf("#L20)"));
    const folded = "<details><summary>Already on the base branch or on unchanged lines (1)</summary>";
    expect(body.indexOf("#L20)")).toBeLessThan(body.indexOf(folded));
    expect(body.indexOf(folded)).toBeLessThan(body.indexOf("#L3)"));
    expect(body.indexOf("#L3)")).toBeLessThan(body.indexOf("</details>"));
    expect(body).toContain("<details><summary>Architecture map</summary>\n\n```mermaid\ngraph LR\n```\n\n</details>");
  });

  it("counts pre-existing notices per policy instead of listing them, so a passing pull request's comment stays short", () => {
    const notices = Array.from({ length: 30 }, (_, i) =>
      finding({ policy: "log-retention-unset", title: "Function logs kept forever", severity: "notice", line: i + 1 }),
    );
    const input = reviewInput([finding({ line: 40, severity: "warning" }), ...notices], { passed: true });
    const { body } = renderPrComment(input);
    expect(body).toContain("Function logs kept forever: 30 notices");
    expect(body).not.toContain("#L7)");
    expect(body).toContain("#L40)");
    expect(body.length).toBeLessThan(3000);
  });

  it("never counts a repository-level finding as new from a changed line; a base scan decides by fingerprint", () => {
    const input = reviewInput([finding({ line: 1 })]);
    const [base] = input.findings;
    const repositoryWide = { ...(base as ReportFinding), subject: { kind: "repository", name: "repo" } };
    const changed = { files: new Map([[repositoryWide.file, "whole-file" as const]]) };
    expect(toReviewFindings([repositoryWide], "", changed)[0]?.isNew).toBe(false);
    expect(toReviewFindings([repositoryWide], "", changed, new Set())[0]?.isNew).toBe(true);
    expect(toReviewFindings([repositoryWide], "", changed, new Set([repositoryWide.fingerprint]))[0]?.isNew).toBe(
      false,
    );
  });

  it("stays under 60,000 characters, saying how many findings are left out and linking to the run", () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      finding({ line: i + 1, message: `finding ${i} ${"x".repeat(60)}` }),
    );
    const { body } = renderPrComment(reviewInput(many));
    expect(body.length).toBeLessThan(60_000);
    expect(body.length).toBeGreaterThan(55_000);
    const shown = body.split("\n").filter((line) => line.startsWith("- 🔴")).length;
    expect(body).toContain(
      `This comment is truncated to stay under GitHub's size limit: ${3000 - shown} more findings and the inventory are in the job summary of [the workflow run](https://github.com/octo-org/octo-repo/actions/runs/1).`,
    );
    expect(body.trimEnd().endsWith("</sub>")).toBe(true);
  });
});

describe("the job summary", () => {
  it("lists every finding and counts those left without an annotation", () => {
    const summary = renderJobSummary(reviewInput([finding(), finding({ line: 14 })]), { ...NONE, error: 2 });
    expect(summary).toContain("2 errors not annotated: GitHub shows at most 10 annotations of each severity per step");
    expect(summary.match(/^- 🔴/gm)).toHaveLength(2);
  });

  it("stays under its byte limit", () => {
    const many = Array.from({ length: 500 }, (_, i) => finding({ line: i + 1, message: "é".repeat(100) }));
    const summary = renderJobSummary(reviewInput(many), NONE, 20_000);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(20_000);
    expect(summary).toContain("The summary is truncated to GitHub's 1 MiB limit");
  });
});
