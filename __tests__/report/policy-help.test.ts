import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import type { LoadedPolicy } from "../../src/evaluate/policy.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { helpMarkdown, POLICY_DOCS, policyHelp } from "../../src/report/policy-help.js";
import { renderPrComment } from "../../src/report/pr-comment.js";
import { toReviewFindings } from "../../src/report/review.js";
import { renderSarif } from "../../src/report/sarif.js";
import { renderText } from "../../src/report/text.js";
import { scanFolder } from "../helpers/scan.js";
import { CONTEXT } from "./review-fixtures.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "policies");
const ID = "function-timeout-exceeds-platform-max";
const policies = loadAllPolicies(nodeFileSystem);
const policy = policies.find((p) => p.id === ID);
const remediation = policy?.remediation?.trim().replace(/\s*\n\s*/g, " ") ?? "";
const docs = `${POLICY_DOCS}#${ID}`;
const report = scanFolder(join(FIXTURES, ID, "serverless-explicit"));

describe("every finding's remediation and docs link", () => {
  it("come with the report, for the policies that reported", () => {
    expect(remediation.length).toBeGreaterThan(20);
    expect(report.findings.map((f) => f.policy)).toContain(ID);
    expect(report.policies?.[ID]).toEqual({ title: policy?.title, remediation: policy?.remediation?.trim(), docs });
    expect(Object.keys(report.policies ?? {}).sort()).toEqual(
      [...new Set(report.findings.map((f) => f.policy))].sort(),
    );
  });

  it("are in the text report, once per policy after the findings", () => {
    const text = renderText(report, { colour: false });
    const help = text.slice(text.indexOf("How to fix"));
    expect(help).toContain(`  ${ID}: ${policy?.remediation?.trim()}\n    ${docs}\n`);
    expect(text.indexOf("How to fix")).toBeGreaterThan(text.indexOf(report.findings[0]?.message ?? "?"));
  });

  it("are in the Markdown report: the policy linked to its section, and how to fix it", () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(`| error | [\`${ID}\`](${docs}) |`);
    expect(markdown).toContain("\n### How to fix\n\n- ");
    expect(markdown).toContain(`\n- [\`${ID}\`](${docs}): ${remediation}\n`);
  });

  it("are in the pull request comment, under the policy's heading", () => {
    const findings = toReviewFindings(report.findings, "");
    const { body } = renderPrComment({ report, findings, context: CONTEXT });
    expect(body).toContain(`**[\`${ID}\`](${docs})** `);
    expect(body).toContain(`> **Fix:** ${remediation} ([docs](${docs}))\n`);
  });

  it("are in SARIF: helpUri, and the link in the rule's help", () => {
    const sarif = renderSarif(report, policies) as {
      runs: { tool: { driver: { rules: { id: string; helpUri?: string; help: { markdown: string } }[] } } }[];
    };
    const rule = sarif.runs[0]?.tool.driver.rules.find((r) => r.id === ID);
    expect(rule?.helpUri).toBe(docs);
    expect(rule?.help.markdown).toContain(`[Documentation](${docs})`);
    expect(rule?.help.markdown).toContain(policy?.remediation);
  });

  it("link only built-in policies to docs/policies.md: a custom policy has no section there", () => {
    const custom = { ...policy, id: "team-rule", origin: { file: ".archlint/policies/team-rule.yml", builtin: false } };
    const help = policyHelp([custom as LoadedPolicy, policy as LoadedPolicy], ["team-rule", ID]);
    expect(help["team-rule"]?.docs).toBeUndefined();
    expect(help[ID]?.docs).toBe(docs);
  });

  it("cover the findings that are not policies: parse errors and unused suppressions", () => {
    const help = policyHelp(policies, ["parse-error", "unused-suppression"]);
    expect(help["parse-error"]?.docs).toBe(`${POLICY_DOCS}#findings-that-are-not-policies`);
    expect(help["unused-suppression"]?.remediation).toMatch(/Remove/);
  });

  it("keep a code span's text as written, and no HTML or @mention outside one", () => {
    const help = { title: "t", remediation: "Name `/aws/lambda/<function>` <b>now</b> @team" };
    const [line] = helpMarkdown({ findings: [{ policy: "p" }], policies: { p: help } });
    expect(line).toBe("- `p`: Name `/aws/lambda/<function>` &lt;b>now&lt;/b> @\u200bteam");
  });
});
