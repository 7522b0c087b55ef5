import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { type ActionGitHub, type ActionSeams, runAction } from "../../src/action/main.js";
import type { baseFingerprints } from "../../src/app/base-scan.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { PROJECT } from "../helpers/bundle.js";
import { InMemoryIssues } from "../reassessment/in-memory-issues.js";

const CASE = join(PROJECT, "__tests__/fixtures/policies/function-timeout-exceeds-platform-max/serverless-explicit");
const DEFAULTS = Object.fromEntries(
  Object.entries((load(readFileSync(join(PROJECT, "action.yml"), "utf8")) as ActionManifest).inputs).map(
    ([name, input]) => [name, String(input.default ?? "")],
  ),
);

interface ActionManifest {
  inputs: Record<string, { default?: unknown }>;
}

interface Run {
  failed?: string;
  outputs: Record<string, unknown>;
  log: string[];
  annotations: { severity: string; message: string; file?: string; line?: number }[];
  files: Map<string, string>;
  summary: string;
  comments: { pull: number; body: string }[];
  issues: InMemoryIssues;
}

interface Scenario {
  inputs?: Record<string, string>;
  event?: { name: string; payload: object };
  /** The base commit's fingerprints, as the git seam would give them (undefined: the base cannot be had). */
  base?: (current: string[]) => string[] | undefined;
  gitHub?: Partial<ActionGitHub>;
  env?: Record<string, string>;
}

/** A workspace with the case's manifest under infra/, driven through runAction's seams with fakes. */
async function drive(scenario: Scenario = {}): Promise<Run> {
  const workspace = mkdtempSync(join(tmpdir(), "archlint-main-"));
  cpSync(CASE, join(workspace, "infra"), { recursive: true });
  // What the runner expands the defaults' expressions to.
  const expanded = { "github-token": "a-token", repository: "acme/shop" };
  const inputs: Record<string, string> = { ...DEFAULTS, ...expanded, path: "infra", ...scenario.inputs };
  const issues = new InMemoryIssues();
  const run: Run = { outputs: {}, log: [], annotations: [], files: new Map(), summary: "", comments: [], issues };
  const annotation =
    (severity: string) =>
    (message: string, properties: { file?: string; startLine?: number } = {}) =>
      run.annotations.push({ severity, message, file: properties.file, line: properties.startLine });
  const seams: ActionSeams = {
    core: {
      getInput: (name) => inputs[name] ?? "",
      getBooleanInput: (name) => inputs[name] === "true",
      setOutput: (name, value) => {
        run.outputs[name] = value;
      },
      setFailed: (message) => {
        run.failed = message;
      },
      info: (message) => run.log.push(`info: ${message}`),
      warning: (message, properties) =>
        properties ? annotation("warning")(message, properties) : run.log.push(`warning: ${message}`),
      error: annotation("error"),
      notice: annotation("notice"),
      writeSummary: async (markdown) => {
        run.summary += markdown;
      },
    },
    context: {
      eventName: scenario.event?.name ?? "push",
      payload: scenario.event?.payload ?? {},
      repo: { owner: "acme", repo: "shop" },
      serverUrl: "https://github.com",
      sha: "a".repeat(40),
      runId: 7,
    },
    env: { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: "acme/shop", GITHUB_STEP_SUMMARY: "set", ...scenario.env },
    fs: nodeFileSystem,
    writeFile: (file, text) => {
      run.files.set(file, text);
    },
    clock: () => new Date("2026-06-01T00:00:00Z"),
    gitHistory: () => undefined,
    helm: () => ({ unavailable: "not-installed" }),
    baseFingerprints: ((_repository, _sha, _folder, scan) => {
      const answer = scenario.base?.(scan(join(workspace, "infra")));
      return answer && new Set(answer);
    }) as typeof baseFingerprints,
    gitHub: () => ({
      changedLines: async () => ({ files: new Map() }),
      upsertComment: async (_repository, pull, comment) => {
        run.comments.push({ pull, body: comment.body });
        return "created";
      },
      issues: () => issues,
      ...scenario.gitHub,
    }),
  };
  await runAction(seams);
  return run;
}

const pullRequest = {
  name: "pull_request",
  payload: { pull_request: { number: 12, head: { sha: "b".repeat(40) }, base: { sha: "c".repeat(40) } } },
};

describe("the action's steps, driven through their seams", () => {
  it("on a push: annotates each finding on its repository path, writes SARIF and JSON, sets outputs, fails per fail-on", async () => {
    const run = await drive();
    expect(run.outputs).toMatchObject({ errors: 1, passed: "false", findings: expect.any(Number) });
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ severity: "error", file: "infra/serverless.yml", line: expect.any(Number) }),
    );
    const sarif = JSON.parse(run.files.get(String(run.outputs["sarif-file"])) ?? "{}");
    expect(sarif.version).toBe("2.1.0");
    expect(JSON.parse(run.files.get(String(run.outputs["report-file"])) ?? "{}").summary.error).toBe(1);
    expect(run.summary).toContain("function-timeout-exceeds-platform-max");
    expect(run.failed).toMatch(/^archlint: 1 errors, \d+ warnings, \d+ notices \(fail-on: error\)$/);
    expect(run.comments).toEqual([]);
  });

  it("fails on a wrong input before scanning, and passes what fail-on never lets through", async () => {
    const wrong = await drive({ inputs: { "fail-on": "fatal" } });
    expect(wrong.failed).toBe('fail-on must be one of error, warning, notice, never, not "fatal"');
    expect(wrong.outputs).toEqual({});
    const never = await drive({ inputs: { "fail-on": "never", "sarif-file": "", "report-file": "" } });
    expect(never.failed).toBeUndefined();
    expect(never.outputs).toMatchObject({ passed: "true", "sarif-file": "", "report-file": "" });
    expect(never.files.size).toBe(0);
    expect(never.log.at(-1)).toMatch(/^info: archlint: 1 errors/);
  });

  it("on a pull request with only-new: a finding already on the base passes the gate, and the comment is kept", async () => {
    const run = await drive({ event: pullRequest, inputs: { "only-new": "true" }, base: (current) => current });
    expect(run.failed).toBeUndefined();
    expect(run.outputs.passed).toBe("true");
    expect(run.comments.map((c) => c.pull)).toEqual([12]);
    expect(run.log).toContain("info: archlint: pull request comment created");
  });

  it("counts every finding as new when the base cannot be scanned and no changed line is known", async () => {
    const refused = Object.assign(new Error("Resource not accessible by integration"), { status: 403 });
    const run = await drive({
      event: pullRequest,
      inputs: { "only-new": "true" },
      base: () => undefined,
      gitHub: {
        changedLines: async () => Promise.reject(refused),
        upsertComment: async () => Promise.reject(refused),
      },
    });
    expect(run.log).toContain(
      "info: archlint: the base commit could not be scanned; new findings are those on changed lines",
    );
    expect(run.log.filter((line) => line.startsWith("warning: "))).toHaveLength(2);
    expect(run.outputs.passed).toBe("false");
    expect(run.failed).toMatch(/\(fail-on: error, only-new\)$/);
  });

  it("on a schedule: writes the reassessment issue and does not fail on findings", async () => {
    const run = await drive({ event: { name: "schedule", payload: {} } });
    expect(run.failed).toBeUndefined();
    expect(run.issues.issues).toHaveLength(1);
    expect(run.outputs["reassessment-issue"]).toBe("https://github.com/acme/shop/issues/1");
  });

  it("turns a configuration error into a failed step naming it", async () => {
    const run = await drive({ inputs: { config: "missing.yml" } });
    expect(run.failed).toMatch(/^archlint (configuration error|failed)/);
    expect(run.outputs).toEqual({});
  });
});
