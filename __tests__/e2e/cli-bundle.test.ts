import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT, runCli } from "../helpers/bundle.js";

const TIMEOUTS = join(PROJECT, "__tests__", "fixtures", "policies", "function-timeout-exceeds-platform-max");
const IAM = join(PROJECT, "__tests__", "fixtures", "policies", "iam-wildcard-permission");

describe("dist/cli.js", () => {
  it("is written in ASCII, chunks included, so Node reads each as a one-byte string (see scripts/build.mjs)", () => {
    const bundles = readdirSync(join(PROJECT, "dist")).filter((name) => name.endsWith(".js"));
    expect(bundles.length).toBeGreaterThan(2);
    for (const name of bundles) {
      const beyondAscii = readFileSync(join(PROJECT, "dist", name), "latin1").match(/[\u0080-\u00ff]/);
      expect([name, beyondAscii?.index]).toEqual([name, undefined]);
    }
  });

  it("prints its version and help", () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT, "package.json"), "utf8"));
    expect(runCli(["--version"])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    expect(runCli(["--help"]).stdout).toContain("archlint scan [path]");
  });

  it("reports a timeout from a self: variable on the line of its timeout key, as JSON", () => {
    const { status, stdout } = runCli(["scan", join(TIMEOUTS, "serverless-self-variable"), "--format", "json"]);
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.tool.name).toBe("archlint");
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        policy: "function-timeout-exceeds-platform-max",
        severity: "error",
        file: "serverless.yml",
        line: 11,
        column: 5,
        subject: { kind: "function", name: "build" },
      }),
    );
    expect(report.summary).toMatchObject({ error: 1, files: 2 });
  });

  it("exits 0 on a compliant repository and when nothing reaches --fail-on", () => {
    expect(runCli(["scan", join(TIMEOUTS, "serverless-compliant"), "--format", "json"]).status).toBe(0);
    expect(runCli(["scan", join(TIMEOUTS, "serverless-explicit"), "--fail-on", "never"]).status).toBe(0);
  });

  it("writes the report to --output", () => {
    const output = join(mkdtempSync(join(tmpdir(), "archlint-")), "report.sarif");
    const { status, stdout } = runCli([
      "scan",
      join(TIMEOUTS, "serverless-explicit"),
      "--format",
      "sarif",
      "--output",
      output,
    ]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    const rules = JSON.parse(readFileSync(output, "utf8")).runs[0].results.map((r: { ruleId: string }) => r.ruleId);
    expect(rules).toContain("function-timeout-exceeds-platform-max");
  });

  it("judges IAM actions with the AWS action catalog built beside it", () => {
    expect(readdirSync(join(PROJECT, "dist"))).toContain("aws-actions.json");
    const iamFindings = (folder: string) =>
      JSON.parse(runCli(["scan", join(IAM, folder), "--format", "json"]).stdout).findings.filter(
        (finding: { policy: string }) => finding.policy === "iam-wildcard-permission",
      );
    expect(iamFindings("sam-actions-that-accept-only-any-resource")).toEqual([]);
    expect(iamFindings("every-bucket-and-secret-reads").map((f: { line: number }) => f.line)).toEqual([17, 22, 25, 28]);
  });

  it("exits 2 with a message on a usage error", () => {
    const result = runCli(["scan", ".", "--format", "xml"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--format must be one of text, json, sarif, markdown, junit, gitlab, not "xml"');
    expect(runCli(["scan", "does-not-exist"]).stderr).toContain("does-not-exist is not a directory");
  });

  it("exits 2 naming the file and line of a broken config", () => {
    const root = mkdtempSync(join(tmpdir(), "archlint-"));
    writeFileSync(join(root, ".archlint.yml"), "exclude: [a\nfailOn: error\n");
    const result = runCli(["scan", root]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/\.archlint\.yml:\d+:\d+: /);
  });
});
