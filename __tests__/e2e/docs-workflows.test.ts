import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "../helpers/action.js";
import { PROJECT } from "../helpers/bundle.js";
import { pullRequestEvent, workflowRunEvent } from "../helpers/github-events.js";
import { FakeGitHub } from "./fake-github/server.js";

/** The workflows the docs and the README show, run as written: the archlint step's `with:` and their event. */

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean>;
}
interface Workflow {
  name: string;
  on: unknown;
  permissions: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, { steps: Step[] }>;
}

const HEAD = "1234567890abcdef1234567890abcdef12345678";
const REPOSITORY = "octo-org/octo-repo";
const MANIFEST =
  "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\nfunctions:\n  build:\n    handler: h.h\n    timeout: 1200\n";

/** The workflows docs/github.md and the README show; one named in both must be the same workflow. */
function documentedWorkflows(): Map<string, Workflow> {
  const workflows = new Map<string, Workflow>();
  for (const source of [join(PROJECT, "docs", "github.md"), join(PROJECT, "README.md")]) {
    for (const [, block = ""] of readFileSync(source, "utf8").matchAll(/```yaml\n([\s\S]*?)```/g)) {
      const file = /^# (\.github\/workflows\/[\w.-]+)/.exec(block)?.[1];
      if (!file) continue;
      const workflow = load(block) as Workflow;
      const known = workflows.get(file);
      if (known && JSON.stringify(known) !== JSON.stringify(workflow))
        throw new Error(`${source} shows another ${file}`);
      workflows.set(file, workflow);
    }
  }
  return workflows;
}

function steps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

/** The archlint step's inputs, with the only expression the docs use there resolved as the runner would. */
function archlintInputs(workflow: Workflow, expressions: Record<string, string> = {}): Record<string, string> {
  const step = steps(workflow).find((s) => s.uses?.startsWith("archlint/archlint@"));
  if (!step) throw new Error(`${workflow.name} has no archlint step`);
  return Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
        const resolved = expressions[expression];
        if (resolved === undefined) throw new Error(`unexpected expression ${expression} in ${workflow.name}`);
        return resolved;
      }),
    ]),
  );
}

describe("the workflows in docs/github.md", () => {
  const workflows = documentedWorkflows();
  let github: FakeGitHub;
  let workspace: string;

  beforeEach(async () => {
    github = await FakeGitHub.start();
    workspace = mkdtempSync(join(tmpdir(), "archlint-docs-"));
    mkdirSync(join(workspace, "api"));
    writeFileSync(join(workspace, "api", "serverless.yml"), MANIFEST);
    github.repository.addPullRequest({
      number: 42,
      headSha: HEAD,
      files: [
        {
          filename: "api/serverless.yml",
          status: "modified",
          additions: 1,
          deletions: 1,
          patch: "@@ -8 +8 @@\n-    timeout: 30\n+    timeout: 1200",
        },
      ],
    });
  });
  afterEach(async () => {
    expect(github.invalidRequests()).toEqual([]);
    await github.stop();
  });

  it("are the three documented, each asking only for the permissions it needs", () => {
    expect([...workflows.keys()]).toEqual([
      ".github/workflows/archlint.yml",
      ".github/workflows/archlint-pr.yml",
      ".github/workflows/archlint-comment.yml",
      ".github/workflows/archlint-reassessment.yml",
    ]);
    expect(workflows.get(".github/workflows/archlint.yml")?.permissions).toEqual({
      actions: "read",
      contents: "read",
      issues: "read",
      "pull-requests": "write",
      "security-events": "write",
    });
    expect(workflows.get(".github/workflows/archlint-pr.yml")?.permissions).toEqual({
      contents: "read",
      issues: "read",
      "pull-requests": "read",
    });
    expect(workflows.get(".github/workflows/archlint-comment.yml")?.permissions).toEqual({
      actions: "read",
      contents: "read",
      issues: "read",
      "pull-requests": "write",
    });
    // A new push supersedes the run on the previous head: one group per pull request, the older run cancelled.
    for (const file of [".github/workflows/archlint.yml", ".github/workflows/archlint-pr.yml"]) {
      expect(workflows.get(file)?.concurrency).toEqual({
        group: expect.stringContaining("${{ github.event.pull_request.number }}"),
        "cancel-in-progress": true,
      });
    }
    expect(workflows.get(".github/workflows/archlint-reassessment.yml")?.permissions).toEqual({
      contents: "read",
      issues: "write",
    });
  });

  it("the README's schedule: opens the year's reassessment issue with the action's defaults", async () => {
    const workflow = workflows.get(".github/workflows/archlint-reassessment.yml") as Workflow;
    expect(Object.keys(workflow.on as object)).toEqual(["schedule", "workflow_dispatch"]);
    const result = await runAction({
      workspace,
      inputs: archlintInputs(workflow),
      event: { name: "schedule", payload: { schedule: "17 6 1 * *" } },
      apiUrl: github.url,
      token: github.token,
      repository: REPOSITORY,
      env: { ARCHLINT_NOW: "2026-03-01T06:17:00Z" },
    });
    expect(result.status).toBe(0);
    expect(github.calls("issues/create").map((request) => (request.body as { title: string }).title)).toEqual([
      "Architecture reassessment 2026",
    ]);
  });

  it("pull_request: comments, gates on new findings and hands its SARIF to upload-sarif with a category", async () => {
    const workflow = workflows.get(".github/workflows/archlint.yml") as Workflow;
    expect(workflow.on).toBe("pull_request");
    const result = await runAction({
      workspace,
      inputs: archlintInputs(workflow),
      event: pullRequestEvent({ repository: REPOSITORY, number: 42, headSha: HEAD }),
      apiUrl: github.url,
      token: github.token,
      repository: REPOSITORY,
    });
    expect(result.status).toBe(1);
    expect(result.outputs.passed).toBe("false");
    expect(github.repository.commentsOn(42)).toHaveLength(1);
    const upload = steps(workflow).find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    const archlintStep = steps(workflow).find((s) => s.uses?.startsWith("archlint/archlint@"));
    // Skipped after a configuration error, which writes no SARIF: upload-sarif would fail on the missing file.
    expect(upload?.if).toBe("always() && hashFiles('archlint.sarif') != ''");
    expect(upload?.with).toEqual({
      sarif_file: `\${{ steps.${archlintStep?.id}.outputs.sarif-file }}`,
      category: "archlint",
    });
    expect(JSON.parse(readFileSync(result.outputs["sarif-file"] ?? "", "utf8")).runs[0].results[0].ruleId).toBe(
      "function-timeout-exceeds-platform-max",
    );
  });

  it("fork pattern, first half: gates a fork's pull request with a read-only token and writes nothing", async () => {
    const workflow = workflows.get(".github/workflows/archlint-pr.yml") as Workflow;
    github.fail({
      operationId: "issues/create-comment",
      status: 403,
      message: "Resource not accessible by integration",
    });
    const result = await runAction({
      workspace,
      inputs: archlintInputs(workflow),
      event: pullRequestEvent({ repository: REPOSITORY, number: 42, headSha: HEAD, fork: true }),
      apiUrl: github.url,
      token: github.token,
      repository: REPOSITORY,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain("::warning::");
    // Reads only: the last reassessment's date (for architecture-reassessment-overdue) and the changed files.
    expect(github.requests.map((r) => r.operationId)).toEqual(["issues/list-for-repo", "pulls/list-files"]);
  });

  it("fork pattern, second half: a workflow_run comments on the pull request whose number the artifact carried", async () => {
    const workflow = workflows.get(".github/workflows/archlint-comment.yml") as Workflow;
    expect(workflow.on).toEqual({ workflow_run: { workflows: ["archlint pull request"], types: ["completed"] } });
    const result = await runAction({
      workspace,
      inputs: archlintInputs(workflow, { "steps.pr.outputs.number": "42" }),
      event: workflowRunEvent({ repository: REPOSITORY, headSha: HEAD, headRepository: "contributor/octo-repo" }),
      apiUrl: github.url,
      token: github.token,
      repository: REPOSITORY,
    });
    expect(result.status).toBe(0);
    expect(result.outputs["sarif-file"]).toBe("");
    expect(existsSync(join(workspace, "archlint.sarif"))).toBe(false);
    const [comment] = github.repository.commentsOn(42);
    expect(comment?.body).toContain(`https://github.com/${REPOSITORY}/blob/${HEAD}/api/serverless.yml#L8)`);
    expect(comment?.body).toContain("#### New in this pull request");
  });
});
