import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/bundle.js";
import { BUDGET_POLICY } from "../helpers/policies.js";
import { lines, makeRepo } from "../helpers/repo.js";

const STACK = lines(
  "service: jobs",
  "provider: { name: aws }",
  "functions:",
  "  slow:",
  "    handler: h.main",
  "    timeout: 120",
  "  quick:",
  "    handler: h.main",
  "    timeout: 30",
);

describe("dist/cli.js with a config and custom policies", () => {
  it("exits 2 on a typo'd config key, naming file, line and the nearest key", () => {
    const root = makeRepo({ ".archlint.yml": lines("failOn: error", "exlude: [legacy/**]"), "serverless.yml": STACK });
    const { status, stdout, stderr } = runCli(["scan", root]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'archlint: configuration error\n.archlint.yml:2:1: unknown key "exlude"; did you mean "exclude"?\n',
    );
  });

  it("runs a repository's own policy and gates on it through the config's failOn", () => {
    const root = makeRepo({
      ".archlint/policies/budget.yml": BUDGET_POLICY,
      ".archlint.yml": lines("failOn: never", "policies:", "  team-timeout-budget: { severity: error }"),
      "serverless.yml": STACK,
    });
    const { status, stdout } = runCli(["scan", root, "--format", "json"]);
    expect(status).toBe(0);
    const budget = JSON.parse(stdout).findings.filter((f: { policy: string }) => f.policy === "team-timeout-budget");
    expect(budget).toEqual([
      expect.objectContaining({
        severity: "error",
        file: "serverless.yml",
        line: 6,
        subject: { kind: "function", name: "slow" },
      }),
    ]);
    expect(runCli(["scan", root, "--fail-on", "error"]).status).toBe(1);
    expect(runCli(["policies", root]).stdout).toMatch(/^team-timeout-budget +error +function +custom /m);
  });

  it.each([
    [
      "a misspelt field",
      BUDGET_POLICY.replace("    timeout: {", "    timout: {"),
      '.archlint/policies/budget.yml:8:5: policy team-timeout-budget reads "timout", which a function does not have; did you mean "timeout"? (docs/model.md lists every field)',
    ],
    [
      "a field of another subject",
      BUDGET_POLICY.replace("subject: function", "subject: workload")
        .replace("    timeout: {", "    replicas: {")
        .replace("at: timeout", "at: replica")
        .replace("{{timeout}}", "{{replicas}}"),
      '.archlint/policies/budget.yml:9:1: policy team-timeout-budget reads "replica", which a workload does not have; did you mean "replicas"? (docs/model.md lists every field)',
    ],
    [
      "a field only another subject has",
      BUDGET_POLICY.replace("subject: function", "subject: workload"),
      '.archlint/policies/budget.yml:8:5: policy team-timeout-budget reads "timeout", which a workload does not have; "timeout" is a field of a function, not of a workload (docs/model.md lists every field)',
    ],
    [
      "a message placeholder that names nothing",
      BUDGET_POLICY.replace("{{timeout}}", "{{timeout_s}}"),
      '.archlint/policies/budget.yml:10:1: policy team-timeout-budget reads "timeout_s", which a function does not have; did you mean "timeout"? (docs/model.md lists every field)',
    ],
  ])(
    "exits 2 on a custom policy with %s, in scan and in test, naming file, line and the nearest field",
    (_, policy, error) => {
      const root = makeRepo({ ".archlint/policies/budget.yml": policy, "serverless.yml": STACK });
      for (const command of ["scan", "test"]) {
        const { status, stdout, stderr } = runCli([command, root]);
        expect({ status, stdout, stderr }).toEqual({
          status: 2,
          stdout: "",
          stderr: `archlint: configuration error\n${error}\n`,
        });
      }
    },
  );
});
