import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ActionRun, type ActionRunOptions, runAction } from "../helpers/action.js";
import { pullRequestEvent } from "../helpers/github-events.js";
import { needsTool } from "../helpers/tools.js";
import { FakeGitHub } from "./fake-github/server.js";

/**
 * Microsoft's SARIF validator is a 100 MB .NET program: .ci/run installs it and names it here; a contributor's
 * `npm test` does not need it.
 */
const SARIF_MULTITOOL = process.env.ARCHLINT_SARIF_MULTITOOL || undefined;
const SARIF_MULTITOOL_MISSING =
  "ARCHLINT_SARIF_MULTITOOL is not set: .ci/run installs @microsoft/sarif-multitool and sets it to its binary";

const HEAD = "1234567890abcdef1234567890abcdef12345678";
const NEXT_HEAD = "abcdef1234567890abcdef1234567890abcdef12";
const REPOSITORY = "octo-org/octo-repo";

/** Two functions over the Lambda cap (errors on lines 11 and 14) and without log retention (notices on 9 and 12). */
const MANIFEST = `service: orders
provider:
  name: aws
  runtime: nodejs20.x
  tracing:
    lambda: true
  memorySize: 512
functions:
  nightlyExport:
    handler: src/export.handler
    timeout: 1200
  report:
    handler: src/report.handler
    timeout: 1000
`;

/** The repository-level policies judge what this one-file workspace lacks (a pipeline, metrics, a review): off here. */
const CONFIG = `policies:
  architecture-reassessment-overdue: off
  centralized-logging-missing: off
  continuous-delivery-missing: off
  distributed-tracing-missing: off
  metrics-stack-missing: off
`;

/** The PR changed line 14 (report's timeout) only. */
const PATCH_LINE_14 =
  "@@ -12,3 +12,3 @@ functions:\n   report:\n     handler: src/report.handler\n-    timeout: 300\n+    timeout: 1000";
const PATCH_LINE_1 = "@@ -1,2 +1,2 @@\n-service: order\n+service: orders\n provider:";

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "archlint-ws-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Workflow commands of one kind (errors: annotations only) parsed into their properties and message. */
function commands(stdout: string, kind: string): Record<string, string>[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith(`::${kind} `) || line.startsWith(`::${kind}::`))
    .filter((line) => kind !== "error" || line.includes("file="))
    .map((line) => {
      const [, properties = "", message = ""] = /^::\w+ ?([^:]*)::(.*)$/.exec(line) ?? [];
      const entries = properties
        ? properties
            .split(",")
            .map((p) => [p.slice(0, p.indexOf("=")), decodeURIComponent(p.slice(p.indexOf("=") + 1))])
        : [];
      return { ...Object.fromEntries(entries), message: decodeURIComponent(message.replace(/%0A/g, "\n")) };
    });
}

describe("dist/index.js on a pull request, against a fake GitHub API", () => {
  let github: FakeGitHub;
  let ws: string;

  beforeEach(async () => {
    github = await FakeGitHub.start();
    ws = workspace({ "infra/serverless.yml": MANIFEST, "infra/.archlint.yml": CONFIG });
  });
  afterEach(async () => {
    expect(github.invalidRequests()).toEqual([]);
    await github.stop();
  });

  const run = (overrides: Partial<ActionRunOptions> = {}, headSha = HEAD): Promise<ActionRun> =>
    runAction({
      workspace: ws,
      inputs: { path: "infra", ...overrides.inputs },
      event: pullRequestEvent({ repository: REPOSITORY, number: 42, headSha }),
      apiUrl: github.url,
      token: github.token,
      repository: REPOSITORY,
      sha: "9".repeat(40),
      ...overrides,
    });

  it("keeps one comment across runs: created, left alone when unchanged, updated in place when resolved", async () => {
    const pr = github.repository.addPullRequest({
      number: 42,
      headSha: HEAD,
      files: [
        { filename: "infra/serverless.yml", status: "modified", additions: 1, deletions: 1, patch: PATCH_LINE_14 },
      ],
    });
    github.repository.addComment(42, "Looks good to me", { login: "octocat", id: 1, type: "User" });

    const first = await run({ serverUrl: "https://ghe.example.com" });
    expect(first.status).toBe(1);
    // The token appears only in the command that asks the runner to mask it.
    expect(first.stdout.replace(`::add-mask::${github.token}`, "")).not.toContain(github.token);
    const ours = github.repository.commentsOn(42).filter((c) => c.user.login === "github-actions[bot]");
    expect(ours).toHaveLength(1);
    const body = ours[0]?.body ?? "";
    expect(body).toMatch(
      /^<!-- archlint:pr-comment key=[0-9a-f]{16} -->\n### ❌ archlint failed: 2 errors, 0 warnings, 2 notices/,
    );
    expect(body).toContain("4 findings, 2 on lines this pull request changed (fail-on: error)");
    // New in this PR first, with links to the exact lines at the PR's head commit on the server the run is on.
    const newSection = body.indexOf("#### New in this pull request");
    const oldSection = body.indexOf("<details><summary>Already on the base branch or on unchanged lines (2)</summary>");
    expect(newSection).toBeGreaterThan(0);
    expect(oldSection).toBeGreaterThan(newSection);
    expect(body.slice(newSection, oldSection)).toContain(
      `[infra/serverless\\.yml:14](https://ghe.example.com/${REPOSITORY}/blob/${HEAD}/infra/serverless.yml#L14)`,
    );
    expect(body.slice(oldSection)).toContain(`blob/${HEAD}/infra/serverless.yml#L11)`);
    expect(body).toContain("<details><summary>Inventory</summary>");
    expect(body).toContain("[workflow run](https://ghe.example.com/octo-org/octo-repo/actions/runs/4242)");

    const second = await run({ serverUrl: "https://ghe.example.com", runId: "4243" });
    expect(second.stdout).toContain("pull request comment left alone: the comment is up to date");
    expect(github.calls("issues/update-comment")).toHaveLength(0);

    writeFileSync(join(ws, "infra/serverless.yml"), MANIFEST.replace("1200", "600").replace("1000", "600"));
    pr.pull = { headSha: NEXT_HEAD, baseSha: "0".repeat(40), files: pr.pull?.files ?? [] };
    const third = await run(
      { serverUrl: "https://ghe.example.com", inputs: { path: "infra", "fail-on": "warning" } },
      NEXT_HEAD,
    );
    expect(third.status).toBe(0);
    expect(github.calls("issues/create-comment")).toHaveLength(1);
    expect(github.calls("issues/update-comment").map((r) => r.status)).toEqual([200]);
    const updated = github.repository.commentsOn(42).filter((c) => c.user.login === "github-actions[bot]");
    expect(updated).toHaveLength(1);
    expect(updated[0]?.body).toContain("### ✅ archlint passed: 0 errors, 0 warnings, 2 notices");
    // The notice on a changed line is listed at the new head; the one already there is counted in the folded part.
    expect(updated[0]?.body).toContain(`blob/${NEXT_HEAD}/infra/serverless.yml#L12-L15)`);
    expect(updated[0]?.body).toContain("Function logs kept forever: 1 notice");
  });

  it("annotates the most severe findings first and, among equals, those on changed lines; the summary counts the rest", async () => {
    // Twelve functions over the cap: GitHub shows 10 errors per step, so two are left out, never the changed one.
    const functions = Array.from({ length: 12 }, (_, i) => `  fn${i + 1}:\n    handler: h.h\n    timeout: 1200\n`).join(
      "",
    );
    writeFileSync(join(ws, "infra/serverless.yml"), `service: many\nprovider:\n  name: aws\nfunctions:\n${functions}`);
    const lastTimeoutLine = 4 + 12 * 3;
    github.repository.addPullRequest({
      number: 42,
      headSha: HEAD,
      files: [
        {
          filename: "infra/serverless.yml",
          status: "modified",
          additions: 1,
          deletions: 0,
          patch: `@@ -${lastTimeoutLine},0 +${lastTimeoutLine},1 @@\n+    timeout: 1200`,
        },
      ],
    });
    const result = await run({ inputs: { path: "infra", comment: "false" } });
    const errors = commands(result.stdout, "error");
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatchObject({
      title: "function-timeout-exceeds-platform-max: Function timeout above the platform's hard cap",
      file: "infra/serverless.yml",
      line: String(lastTimeoutLine),
      col: "5",
      endLine: String(lastTimeoutLine),
      message: "fn12 has a timeout of 1200 s, above the AWS Lambda cap of 900 s",
    });
    expect(errors.slice(1).map((e) => e.line)).toEqual(["7", "10", "13", "16", "19", "22", "25", "28", "31"]);
    expect(result.summary).toContain("2 errors, 2 warnings, 2 notices not annotated");
    expect(result.summary).toContain("fn11 has a timeout of 1200 s");
    expect(github.calls("issues/list-comments")).toHaveLength(0);
  });

  it("sets every output and writes the JSON report and the SARIF file", async () => {
    github.repository.addPullRequest({ number: 42, headSha: HEAD, files: [] });
    const result = await run();
    expect(result.outputs).toEqual({
      errors: "2",
      warnings: "0",
      notices: "2",
      findings: "4",
      "sarif-file": join(ws, "archlint.sarif"),
      "report-file": join(ws, "archlint-report.json"),
      passed: "false",
    });
    expect(JSON.parse(readFileSync(join(ws, "archlint-report.json"), "utf8")).summary).toMatchObject({ error: 2 });
    const sarif = JSON.parse(readFileSync(join(ws, "archlint.sarif"), "utf8"));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "infra/serverless.yml" },
      region: { startLine: 11, startColumn: 5, endLine: 11, endColumn: 18 },
    });
  });

  it("writes a SARIF file that the SARIF Multitool validates, GitHub's rules included", async (context) => {
    needsTool(context, SARIF_MULTITOOL !== undefined, SARIF_MULTITOOL_MISSING);
    github.repository.addPullRequest({ number: 42, headSha: HEAD, files: [] });
    await run();
    for (const extra of [[], ["--rule-kind", "Gh"]]) {
      const log = join(ws, `validation${extra.length}.sarif`);
      const multitool = spawnSync(
        SARIF_MULTITOOL as string,
        ["validate", join(ws, "archlint.sarif"), ...extra, "--output", log],
        { encoding: "utf8" },
      );
      expect(multitool.status, multitool.stdout + multitool.stderr).toBe(0);
      const problems = JSON.parse(readFileSync(log, "utf8")).runs[0].results;
      expect(problems.map((p: { message: { text?: string; id?: string } }) => p.message.text ?? p.message.id)).toEqual(
        [],
      );
    }
  });

  it("turns a refused comment (403, a fork's read-only token) into one warning; summary, SARIF and gate still work", async () => {
    github.repository.addPullRequest({ number: 42, headSha: HEAD, files: [] });
    github.fail({
      operationId: "issues/create-comment",
      status: 403,
      message: "Resource not accessible by integration",
    });
    const result = await run();
    const warnings = commands(result.stdout, "warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(
      /^archlint could not comment on the pull request: GitHub answered 403 \(Resource not accessible by integration.*\)\. Grant the workflow `permissions: pull-requests: write`.*docs\/github\.md#permissions/,
    );
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(1);
    expect(result.outputs.passed).toBe("false");
    expect(result.summary).toContain("❌ archlint failed");
    expect(existsSync(join(ws, "archlint.sarif"))).toBe(true);
  });

  it("retries a 502 and still posts exactly one comment", async () => {
    github.repository.addPullRequest({ number: 42, headSha: HEAD, files: [] });
    github.fail({ operationId: "issues/create-comment", status: 502, message: "Bad Gateway", times: 1 });
    const result = await run();
    expect(commands(result.stdout, "warning")).toEqual([]);
    expect(github.calls("issues/create-comment").map((r) => r.status)).toEqual([502, 201]);
    expect(github.repository.commentsOn(42)).toHaveLength(1);
  });

  it("with only-new, fails only on findings on changed lines, read from every page of the pull request's files", async () => {
    // 150 files: the manifest is on the second page of 100.
    const filler = Array.from({ length: 149 }, (_, i) => ({
      filename: `docs/page-${i}.md`,
      status: "added" as const,
      additions: 1,
      deletions: 0,
      patch: "@@ -0,0 +1 @@\n+text",
    }));
    const pr = github.repository.addPullRequest({
      number: 42,
      headSha: HEAD,
      files: [
        ...filler,
        { filename: "infra/serverless.yml", status: "modified", additions: 1, deletions: 1, patch: PATCH_LINE_1 },
      ],
    });
    const onlyNew = { path: "infra", "only-new": "true", comment: "false" };
    const untouched = await run({ inputs: onlyNew });
    expect(github.calls("pulls/list-files").map((r) => r.query.page ?? 1)).toEqual([1, 2]);
    expect(untouched.status).toBe(0);
    expect(untouched.outputs).toMatchObject({ errors: "2", passed: "true" });

    const manifest = pr.pull?.files.at(-1);
    if (manifest) manifest.patch = PATCH_LINE_14;
    const touched = await run({ inputs: onlyNew });
    expect(touched.status).toBe(1);
    expect(touched.outputs.passed).toBe("false");

    // A file without a patch (too large, binary) counts as changed throughout.
    if (manifest) delete manifest.patch;
    const wholeFile = await run({ inputs: onlyNew });
    expect(wholeFile.outputs.passed).toBe("false");
  });

  it("with only-new and the base commit in the checkout, new means absent from the base's scan", async () => {
    const git = (...args: string[]) => {
      const result = spawnSync("git", ["-C", ws, ...args], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout.trim();
    };
    git("init", "-q");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "root");
    git("add", ".");
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
    const baseSha = git("rev-parse", "HEAD");
    // The head reformats the whole file (every line changed) and raises one timeout: both errors were on the base.
    writeFileSync(join(ws, "infra/serverless.yml"), `# orders\n${MANIFEST.replace("1000", "1100")}`);
    github.repository.addPullRequest({
      number: 42,
      headSha: HEAD,
      files: [{ filename: "infra/serverless.yml", status: "modified", additions: 15, deletions: 14 }],
    });
    const event = pullRequestEvent({ repository: REPOSITORY, number: 42, headSha: HEAD, baseSha });
    const onlyNew = { path: "infra", "only-new": "true", comment: "false" };
    const reformatted = await run({ inputs: onlyNew, event });
    expect(reformatted.status).toBe(0);
    expect(reformatted.outputs).toMatchObject({ errors: "2", passed: "true" });

    // A third function over the cap is absent from the base: new, and the gate fails on it alone.
    writeFileSync(
      join(ws, "infra/serverless.yml"),
      `${MANIFEST}  archive:\n    handler: src/archive.handler\n    timeout: 1500\n`,
    );
    const added = await run({ inputs: onlyNew, event });
    expect(added.status).toBe(1);
    expect(added.outputs).toMatchObject({ errors: "3", passed: "false" });
  });

  it("takes the config's failOn when the fail-on input is left empty", async () => {
    writeFileSync(join(ws, "infra/.archlint.yml"), `${CONFIG}failOn: never\n`);
    github.repository.addPullRequest({ number: 42, headSha: HEAD, files: [] });
    const result = await run({ inputs: { path: "infra", comment: "false" } });
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ errors: "2", passed: "true" });
  });

  it("passes a clean repository without commenting", async () => {
    writeFileSync(join(ws, "infra/serverless.yml"), MANIFEST.replace("1200", "600").replace("1000", "600"));
    writeFileSync(join(ws, "infra/.archlint.yml"), `${CONFIG}  log-retention-unset: off\n`);
    github.repository.addPullRequest({ number: 42, headSha: HEAD, files: [] });
    const result = await run({ inputs: { path: "infra", "fail-on": "notice" } });
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ errors: "0", findings: "0", passed: "true" });
    expect(result.summary).toContain("### ✅ archlint: no architecture risks found");
    expect(result.stdout).toContain("pull request comment left alone: no findings and no earlier comment");
    expect(github.calls("issues/create-comment")).toHaveLength(0);
  });
});
