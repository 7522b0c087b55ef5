import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ActionRunOptions, runAction } from "../helpers/action.js";
import { PROJECT } from "../helpers/bundle.js";
import { FakeGitHub } from "./fake-github/server.js";

const TIMEOUTS = join(PROJECT, "__tests__", "fixtures", "policies", "function-timeout-exceeds-platform-max");
const SCHEDULE = { name: "schedule", payload: { schedule: "0 6 1 * *" } };
const MARKER_2026 = "<!-- archlint:reassessment year=2026 -->";

describe("dist/index.js in reassessment mode, against the fake GitHub API", () => {
  let github: FakeGitHub;
  let workspace: string;

  beforeEach(async () => {
    github = await FakeGitHub.start();
    workspace = mkdtempSync(join(tmpdir(), "archlint-reassessment-"));
    cpSync(join(TIMEOUTS, "serverless-explicit"), workspace, { recursive: true });
  });
  afterEach(async () => {
    await github.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const run = (now: string, options: Partial<ActionRunOptions> = {}) =>
    runAction({
      workspace,
      event: SCHEDULE,
      apiUrl: github.url,
      token: github.token,
      sha: "c0ffee".padEnd(40, "0"),
      ...options,
      env: { ARCHLINT_NOW: now, ...options.env },
    });

  const issues = () => [...github.repository.issues.values()];

  it("opens one issue on a schedule run, labelled (labels created) and assigned, with line links", async () => {
    const result = await run("2026-02-01T06:00:00Z", { inputs: { "reassessment-assignees": "@octocat" } });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(issues()).toHaveLength(1);
    const [issue] = issues();
    expect(issue?.title).toBe("Architecture reassessment 2026");
    expect(issue?.labels.map((l) => l.name)).toEqual(["architecture", "reassessment"]);
    expect(github.calls("issues/create-label").map((r) => r.body)).toEqual([
      { name: "architecture", color: "5319e7" },
      { name: "reassessment", color: "5319e7" },
    ]);
    expect(github.calls("issues/create")[0]?.body).toMatchObject({ assignees: ["octocat"] });
    expect(issue?.body).toContain(MARKER_2026);
    expect(issue?.body).toContain("**Verdict: At risk**");
    expect(issue?.body).toContain(
      "(https://github.com/octo-org/octo-repo/blob/c0ffee0000000000000000000000000000000000/serverless.yml#L8)",
    );
    expect(github.calls("issues/list-for-repo")[0]?.query).toMatchObject({ state: "all", labels: "architecture" });
    expect(result.outputs["reassessment-issue"]).toBe("https://github.com/octo-org/octo-repo/issues/1");
    expect(result.stdout).toContain("archlint: opened Architecture reassessment 2026 #1");
    expect(github.invalidRequests()).toEqual([]);
  });

  it("updates that issue on a later run, opens none, and comments when the verdict changed", async () => {
    await run("2026-02-01T06:00:00Z");
    await run("2026-03-01T06:00:00Z");
    expect(issues()).toHaveLength(1);
    expect(github.calls("issues/update")).toHaveLength(1);
    expect(github.repository.comments).toHaveLength(0);

    rmSync(workspace, { recursive: true, force: true });
    cpSync(join(TIMEOUTS, "serverless-compliant"), workspace, { recursive: true });
    const fixed = await run("2026-04-01T06:00:00Z");
    expect(fixed.status).toBe(0);
    expect(issues()).toHaveLength(1);
    expect(github.calls("issues/create")).toHaveLength(1);
    expect(issues()[0]?.body).toContain("(updated 2026-04-01)");
    expect(github.repository.comments.map((c) => c.body)).toEqual([
      expect.stringMatching(
        /^\*\*archlint:\*\* the verdict changed from \*\*At risk\*\* to \*\*Needs attention\*\* \(2026-04-01\)\./,
      ),
    ]);
    expect(github.invalidRequests()).toEqual([]);
  });

  it("opens a new issue in a new year that links the previous one and shows the trend", async () => {
    await run("2026-02-01T06:00:00Z");
    const first = github.repository.issues.get(1);
    if (!first) throw new Error("no first issue");
    Object.assign(first, { state: "closed", closed_at: "2026-02-20T15:00:00Z" });

    const result = await run("2027-01-04T06:00:00Z");
    expect(result.status).toBe(0);
    expect(issues().map((i) => i.title)).toEqual(["Architecture reassessment 2026", "Architecture reassessment 2027"]);
    const body = github.repository.issues.get(2)?.body ?? "";
    expect(body).toContain("**Previous reassessment:** #1.");
    expect(body).toContain("**Last review:** 2026\\-02\\-20 (#1, closed).");
    expect(body).toContain("| | 2026 (2026-02-01) | 2027 (2027-01-04) | Change |");
    expect(body).toContain("| Findings: error | 1 | 1 | = |");
    expect(github.calls("issues/create-label")).toHaveLength(2);
    expect(result.stdout).toContain("archlint: opened Architecture reassessment 2027 #2");
    expect(result.stdout).toContain("linking #1");
    expect(github.invalidRequests()).toEqual([]);
  });

  it("turns a 403 on issue creation into one clear warning, not a crash", async () => {
    github.fail({ operationId: "issues/create", status: 403, message: "Resource not accessible by integration" });
    const result = await run("2026-02-01T06:00:00Z");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /::warning::archlint could not write the reassessment issue \(Architecture reassessment 2026\): the token was refused \(HTTP 403\)\. Give the job `permissions: issues: write`/,
    );
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    const showingToken = result.stdout.split("\n").filter((line) => line.includes(github.token));
    expect(showingToken).toEqual([`::add-mask::${github.token}`]);
    expect(issues()).toHaveLength(0);
    expect(result.outputs.errors).toBe("1");
  });

  it("writes another repository's issue when given `repository`, linking its default branch", async () => {
    const result = await run("2026-02-01T06:00:00Z", {
      repository: "octo-org/platform",
      inputs: { repository: "octo-org/octo-repo", mode: "reassessment" },
      event: { name: "workflow_dispatch", payload: {} },
    });
    expect(result.status).toBe(0);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]?.body).toContain("(https://github.com/octo-org/octo-repo/blob/HEAD/serverless.yml#L8)");
    expect(issues()[0]?.body).toContain("(https://github.com/octo-org/platform/actions/runs/4242)");
  });

  it("looks up the last reassessment on other runs, and goes on when the token cannot read issues", async () => {
    github.repository.addIssue({
      title: "Architecture reassessment 2026",
      body: MARKER_2026,
      labels: ["architecture"],
    });
    const push = { name: "push", payload: {} };
    const result = await run("2026-02-01T06:00:00Z", { event: push });
    expect(result.status).toBe(1);
    expect(github.calls("issues/list-for-repo")).toHaveLength(1);
    expect(github.calls("issues/create")).toHaveLength(0);

    github.fail({ operationId: "issues/list-for-repo", status: 403 });
    const refused = await run("2026-02-01T06:00:00Z", { event: push });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain("could not read the reassessment issues (HTTP 403)");
    expect(refused.stdout).not.toContain("::warning::");
  });
});
