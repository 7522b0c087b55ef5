import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { renderGitlab } from "../../src/report/gitlab.js";
import { renderJunit } from "../../src/report/junit.js";
import { scanFolder } from "../helpers/scan.js";
import { finding, report } from "./review-fixtures.js";

const SCHEMAS = join(import.meta.dirname, "..", "schemas");
const FIXTURES = join(import.meta.dirname, "..", "fixtures", "policies");
const policies = loadAllPolicies(nodeFileSystem);
const scanned = scanFolder(join(FIXTURES, "iam-wildcard-permission", "serverless-statements"));
const hostile = report([
  finding({
    file: "a&b/<x>.yml",
    message: 'quote " and control \u0001 and ]]> end',
    subject: { kind: "function", name: "f\u0000" },
  }),
  finding({ policy: "parse-error", severity: "notice", title: "File could not be parsed", line: 2 }),
]);
hostile.suppressed.push({
  ...finding({ line: 30 }),
  reason: "accepted <risk>",
  suppressedBy: "inline at serverless.yml:29",
});

async function junitErrors(xml: string): Promise<string[]> {
  const schema = readFileSync(join(SCHEMAS, "junit-10.xsd"), "utf8");
  const result = await validateXML({
    xml: { fileName: "report.xml", contents: xml },
    schema: { fileName: "junit-10.xsd", contents: schema },
  });
  return result.errors.map((e) => e.message);
}

describe("JUnit XML", () => {
  it("is valid against Jenkins' junit-10.xsd, hostile text included", async () => {
    expect(await junitErrors(renderJunit(scanned, policies))).toEqual([]);
    expect(await junitErrors(renderJunit(hostile, policies))).toEqual([]);
    expect(await junitErrors("<testsuites><testcase/></testsuites>")).not.toEqual([]);
  });

  it("has a suite per policy: a failed case per finding, a skipped case per suppression, else one passing case", () => {
    const xml = renderJunit(hostile, policies);
    const suites = [
      ...xml.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)" errors="0" skipped="(\d+)"/g),
    ];
    expect(suites.map((s) => s[1])).toEqual([...policies.map((p) => p.id), "parse-error"]);
    const timeout = suites.find((s) => s[1] === "function-timeout-exceeds-platform-max");
    expect(timeout?.slice(2)).toEqual(["2", "1", "1"]);
    expect(suites.find((s) => s[1] === "iac-missing")?.slice(2)).toEqual(["1", "0", "0"]);
    expect(xml).toContain('<testsuites name="archlint" tests="37" failures="2" errors="0" time="0">');
    expect(xml).toContain('name="a&amp;b/&lt;x&gt;.yml:11:5 function f"');
    expect(xml).toContain('message="quote &quot; and control  and ]]&gt; end"');
    expect(xml).toContain('<skipped message="suppressed by inline at serverless.yml:29: accepted &lt;risk&gt;"/>');
  });

  it("carries each finding's remediation and docs link in its failure", () => {
    const xml = renderJunit(scanned, policies);
    expect(xml).toMatch(
      /<failure type="error" message="[^"]+">serverless\.yml:\d+:\d+: .+\nRemediation: .+\nDocumentation: https:\/\/github\.com\/archlint\/archlint\/blob\/main\/docs\/policies\.md#iam-wildcard-permission<\/failure>/,
    );
  });
});

describe("GitLab Code Quality", () => {
  const schema = JSON.parse(readFileSync(join(SCHEMAS, "gitlab-code-quality.schema.json"), "utf8"));
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it("is valid against the documented format", () => {
    const issues = renderGitlab(scanned);
    expect(issues.length).toBeGreaterThan(1);
    expect([validate(issues), validate.errors]).toEqual([true, null]);
    expect(
      validate([{ description: "x", check_name: "y", fingerprint: "z", severity: "error", location: { path: "a" } }]),
    ).toBe(false);
  });

  it("names the check, the repository-relative file and line, and keeps archlint's fingerprint", () => {
    const [issue] = renderGitlab(report([finding({ severity: "warning" })]), "infra/");
    expect(issue).toEqual({
      type: "issue",
      description: "build has a timeout of 1200 s, above the AWS Lambda cap of 900 s",
      check_name: "function-timeout-exceeds-platform-max",
      fingerprint: "0123456789abcdef0123456789abcdef",
      severity: "minor",
      location: { path: "infra/serverless.yml", lines: { begin: 11 } },
    });
  });
});
