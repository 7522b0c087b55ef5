import { describe, expect, it } from "vitest";
import { chooseMode, pullRequestTarget } from "../../src/action/mode.js";
import { gitHubFailureWarning } from "../../src/action/permission-warning.js";
import { decideComment, findOwnComment } from "../../src/action/sticky-comment.js";
import { planAnnotations } from "../../src/report/annotation-plan.js";
import { renderPrComment } from "../../src/report/pr-comment.js";
import { toReviewFindings } from "../../src/report/review.js";
import { finding, reviewInput } from "../report/review-fixtures.js";

const BOT = { login: "github-actions[bot]", type: "Bot" };
const HUMAN = { login: "octocat", type: "User" };

describe("the sticky comment", () => {
  const comment = renderPrComment(reviewInput([finding()]));

  it("is the marked comment of a bot, or of the token's own user; never a human's pasted marker", () => {
    const pasted = { id: 1, body: comment.body, user: HUMAN };
    const ours = { id: 2, body: comment.body, user: BOT };
    expect(findOwnComment([pasted, ours])).toBe(ours);
    expect(findOwnComment([pasted])).toBeUndefined();
    expect(findOwnComment([pasted], "octocat")).toBe(pasted);
    expect(findOwnComment([{ id: 3, body: "archlint is great", user: BOT }])).toBeUndefined();
  });

  it("is created once, updated when its content changes, and left alone otherwise", () => {
    expect(decideComment(undefined, comment, 1)).toEqual({ kind: "create" });
    expect(decideComment(undefined, comment, 0).kind).toBe("none");
    expect(decideComment({ id: 2, body: comment.body, user: BOT }, comment, 1)).toEqual({
      kind: "none",
      reason: "the comment is up to date",
    });
    const changed = renderPrComment(reviewInput([finding({ line: 12 })]));
    expect(decideComment({ id: 2, body: comment.body, user: BOT }, changed, 1)).toEqual({ kind: "update", id: 2 });
  });
});

describe("modes and pull requests", () => {
  it("reviews pull_request and pull_request_target events, scans pushes", () => {
    expect(chooseMode("auto", "pull_request")).toBe("review");
    expect(chooseMode("auto", "pull_request_target")).toBe("review");
    expect(chooseMode("auto", "push")).toBe("scan");
    expect(chooseMode("auto", "schedule")).toBe("reassessment");
    expect(chooseMode("auto", "workflow_dispatch")).toBe("scan");
    expect(chooseMode("scan", "pull_request")).toBe("scan");
    expect(chooseMode("reviews", "push")).toBeUndefined();
  });

  it("reads the pull request from its event, or from the input and the run's head in a workflow_run", () => {
    const sha = "c".repeat(40);
    expect(pullRequestTarget({ pull_request: { number: 5, head: { sha } } }, "")).toEqual({ number: 5, headSha: sha });
    expect(pullRequestTarget({ workflow_run: { head_sha: sha } }, " 7\n")).toEqual({ number: 7, headSha: sha });
    expect(pullRequestTarget({ workflow_run: { head_sha: sha } }, "7; rm -rf /")).toBeUndefined();
    expect(pullRequestTarget({ workflow_run: { head_sha: sha } }, "")).toBeUndefined();
  });
});

describe("a refused GitHub call", () => {
  it("names the permission to grant and links to the docs", () => {
    const error = Object.assign(new Error("Resource not accessible by integration - https://docs.github.com/rest"), {
      status: 403,
    });
    expect(gitHubFailureWarning("comment", error)).toBe(
      "archlint could not comment on the pull request: GitHub answered 403 (Resource not accessible by integration - https://docs.github.com/rest). Grant the workflow `permissions: pull-requests: write`; for pull requests from forks, whose token is read-only, use the pull_request + workflow_run pattern: https://github.com/archlint/archlint/blob/main/docs/github.md#permissions. Meanwhile the job summary, SARIF and the gate still apply.",
    );
    expect(gitHubFailureWarning("changed-files", new Error("API rate limit exceeded for installation"))).toMatch(
      /^archlint could not read the pull request's changed files: GitHub's API rate limit was reached/,
    );
  });
});

describe("annotations", () => {
  it("keep at most the limit per severity, the most severe and the changed ones first", () => {
    const findings = toReviewFindings(
      [finding({ line: 1 }), finding({ line: 2 }), finding({ line: 3 }), finding({ line: 4, severity: "notice" })],
      "",
      { files: new Map([["serverless.yml", new Set([3])]]) },
    );
    const plan = planAnnotations(findings, 2);
    expect(plan.annotate.map((f) => [f.severity, f.line])).toEqual([
      ["error", 3],
      ["error", 1],
      ["notice", 4],
    ]);
    expect(plan.omitted).toEqual({ error: 1, warning: 0, notice: 0 });
  });
});
