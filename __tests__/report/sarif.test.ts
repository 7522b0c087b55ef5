import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { renderSarif } from "../../src/report/sarif.js";
import { finding, report } from "./review-fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: the test reads SARIF's JSON by its documented paths.
type Sarif = any;

describe("SARIF", () => {
  const policies = loadAllPolicies(nodeFileSystem);

  it("describes every policy as a rule with descriptions, help and, for security policies, a security severity", () => {
    const sarif = renderSarif(report([]), policies) as Sarif;
    const rules = sarif.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r: { id: string }) => r.id)).toEqual(policies.map((p) => p.id));
    for (const rule of rules) {
      expect(rule.shortDescription.text).toBeTruthy();
      expect(rule.fullDescription.text).toBeTruthy();
      expect(rule.help.text).toBeTruthy();
      expect(rule.help.markdown).toMatch(/^\*\*.+\*\*/);
      expect(rule.name).not.toBe(rule.id);
    }
    const iam = rules.find((r: { id: string }) => r.id === "iam-wildcard-permission");
    expect(iam?.properties).toEqual({ tags: ["architecture", "security"], "security-severity": "8.0" });
    const timeout = rules.find((r: { id: string }) => r.id === "function-timeout-exceeds-platform-max");
    expect(timeout?.properties["security-severity"]).toBeUndefined();
  });

  it("gives every result a repository-relative file, a line, a fingerprint and its rule's index", () => {
    const sarif = renderSarif(report([finding({ file: "a b/serverless.yml" })]), policies, {
      pathPrefix: "infra/",
    }) as Sarif;
    const [result] = sarif.runs[0]?.results ?? [];
    expect(result?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "infra/a%20b/serverless.yml" },
      region: { startLine: 11, startColumn: 5 },
    });
    expect(result?.partialFingerprints).toEqual({ "archlint/v1": "0123456789abcdef0123456789abcdef" });
    expect(sarif.runs[0]?.tool.driver.rules[result?.ruleIndex].id).toBe(result?.ruleId);
  });

  it("keeps the most severe results when there are more than GitHub accepts", () => {
    const findings = [
      ...Array.from({ length: 4 }, (_, i) => finding({ severity: "notice", line: i + 1 })),
      finding({ severity: "error", line: 90 }),
      finding({ severity: "warning", line: 91 }),
    ];
    const sarif = renderSarif(report(findings), policies, { maxResults: 3 }) as Sarif;
    expect(sarif.runs[0]?.results.map((r: { level: string }) => r.level)).toEqual(["error", "warning", "note"]);
    expect(sarif.runs[0]?.properties).toEqual({ omittedResults: 3 });
  });
});
