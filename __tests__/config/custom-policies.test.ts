import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { main } from "../../src/cli/main.js";
import { loadConfig } from "../../src/config/load-config.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { BUDGET_POLICY } from "../helpers/policies.js";
import { lines, makeRepo } from "../helpers/repo.js";
import { FIXED_NOW, scanFolder } from "../helpers/scan.js";

const functions = (...timeouts: number[]) =>
  lines(
    "service: jobs",
    "provider: { name: aws }",
    "functions:",
    ...timeouts.flatMap((timeout, index) => [`  job${index + 1}:`, "    handler: h.main", `    timeout: ${timeout}`]),
  );

function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const status = main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    now: () => FIXED_NOW,
  });
  return { status, stdout, stderr };
}

describe("custom policies", () => {
  it("fire from .archlint/policies/ on a 120 s function under a 60 s budget, not on a 30 s one", () => {
    const root = makeRepo({ ".archlint/policies/budget.yml": BUDGET_POLICY, "serverless.yml": functions(120, 30) });
    const findings = scanFolder(root).findings.filter((f) => f.policy === "team-timeout-budget");
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        file: "serverless.yml",
        line: 6,
        message: "job1 may run 120 s, above our budget of 60 s",
        subject: { kind: "function", name: "job1" },
      }),
    ]);
  });

  it("load from policyPaths too, and take config overrides like built-in ones", () => {
    const root = makeRepo({
      "platform/rules/budget.yml": BUDGET_POLICY,
      "serverless.yml": functions(120, 30),
      ".archlint.yml": lines(
        "policyPaths: [platform/rules]",
        "policies:",
        "  team-timeout-budget: { severity: error, params: { maxSeconds: 20 } }",
      ),
    });
    const findings = scanFolder(root).findings.filter((f) => f.policy === "team-timeout-budget");
    expect(findings.map((f) => [f.line, f.severity])).toEqual([
      [6, "error"],
      [9, "error"],
    ]);
  });

  it("reject an invalid policy as a configuration error with its file and line", () => {
    const broken = BUDGET_POLICY.replace("severity: warning", "severity: warn").replace(
      "at: timeout",
      "pointAt: timeout",
    );
    const root = makeRepo({ ".archlint/policies/budget.yml": broken });
    expect(() => loadAllPolicies(nodeFileSystem, root, loadConfig(nodeFileSystem, root))).toThrow(
      [
        '.archlint/policies/budget.yml:3:1: severity: expected one of error, warning, notice, got a string ("warn"); did you mean "warning"?',
        '.archlint/policies/budget.yml:9:1: unknown key "pointAt"',
      ].join("\n"),
    );
  });

  it("cannot reuse the id of a built-in policy or of a non-policy finding", () => {
    const root = makeRepo({
      ".archlint/policies/mine.yml": BUDGET_POLICY.replace("team-timeout-budget", "function-long-running"),
    });
    expect(() => loadAllPolicies(nodeFileSystem, root)).toThrow(
      '.archlint/policies/mine.yml:1:1: policy id "function-long-running" is already defined in policies/function-long-running.yml',
    );
    const reserved = makeRepo({
      ".archlint/policies/mine.yml": BUDGET_POLICY.replace("team-timeout-budget", "unused-suppression"),
    });
    expect(() => loadAllPolicies(nodeFileSystem, reserved)).toThrow(
      'policy id "unused-suppression" is already defined in archlint itself (a finding that is not a policy)',
    );
  });
});

describe("archlint policies", () => {
  it("lists built-in and custom policies with the severity the config gives them and their source", () => {
    const root = makeRepo({
      ".archlint/policies/budget.yml": BUDGET_POLICY,
      ".archlint.yml": lines(
        "policies:",
        "  function-long-running: off",
        "  function-tracing-disabled: { severity: error }",
      ),
    });
    const { status, stdout } = run(["policies", root]);
    expect(status).toBe(0);
    const rows = stdout.split("\n");
    expect(rows).toContainEqual(
      expect.stringMatching(/^function-long-running +off +function +built-in +Function close/),
    );
    expect(rows).toContainEqual(expect.stringMatching(/^function-tracing-disabled +error +function +built-in /));
    expect(rows).toContainEqual(
      expect.stringMatching(
        /^team-timeout-budget +warning +function +custom +Function timeout above the team's budget +\(\.archlint\/policies\/budget\.yml\)$/,
      ),
    );
    expect(stdout).toMatch(/\n\d+ policies: \d+ built-in, 1 custom\n$/);
    const json = JSON.parse(run(["policies", root, "--format", "json"]).stdout);
    expect(json).toContainEqual({
      id: "team-timeout-budget",
      severity: "warning",
      subject: "function",
      title: "Function timeout above the team's budget",
      params: { maxSeconds: 60 },
      defaultParams: { maxSeconds: 60 },
      source: "custom",
      file: ".archlint/policies/budget.yml",
    });
  });

  it("exits 2 on a config error, naming file and line", () => {
    const root = makeRepo({ ".archlint.yml": "policies:\n  nope: off\n" });
    const { status, stderr } = run(["policies", root]);
    expect(status).toBe(2);
    expect(stderr).toContain('.archlint.yml:2:3: policies: "nope" is not a policy id');
  });
});
