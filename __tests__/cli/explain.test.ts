import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinExamplesModule } from "../../scripts/generated-modules.js";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { builtinPolicyExamples } from "../../src/cli/builtin-examples.js";
import { builtinExamples, renderExplanation } from "../../src/cli/explain.js";
import { pickExamples } from "../../src/cli/policy-examples.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { importGenerated } from "../helpers/generated-module.js";

const PROJECT = join(import.meta.dirname, "../..");
const policies = loadAllPolicies(nodeFileSystem);

describe("archlint explain's examples", () => {
  it("are the same in the bundles, which carry them, as read from the test cases", async () => {
    const bundled = await importGenerated<{ builtinPolicyExamples: typeof builtinPolicyExamples }>(
      builtinExamplesModule(PROJECT),
    );
    for (const { id } of policies) expect(bundled.builtinPolicyExamples(id)).toEqual(builtinPolicyExamples(id));
    expect(bundled.builtinPolicyExamples("no-such-policy")).toBeUndefined();
    expect(bundled.builtinPolicyExamples("constructor")).toBeUndefined();
  });

  it("give every built-in policy a firing and a silent example", () => {
    for (const policy of policies) {
      const examples = builtinExamples(policy);
      expect([policy.id, examples?.fires.fires.length]).toEqual([policy.id, expect.any(Number)]);
      expect(examples?.fires.fires.length).toBeGreaterThan(0);
      expect(examples?.silent.fires).toEqual([]);
      expect(examples?.fires.files.length).toBeGreaterThan(0);
    }
  });

  it("pair a firing and a silent case of one format, a compliant one first, then the smallest", () => {
    const c = (name: string, size: number, fires = 0) => ({
      name,
      size,
      files: [],
      fires: Array.from({ length: fires }, () => ({ file: "a", line: 1 })),
    });
    const picked = pickExamples([
      c("k8s-min-one", 10, 1),
      c("serverless-explicit", 50, 1),
      c("k8s-unresolved", 5),
      c("serverless-compliant", 60),
      c("k8s-compliant", 30),
    ]);
    expect([picked?.fires.name, picked?.silent.name]).toEqual(["k8s-min-one", "k8s-compliant"]);
    expect(pickExamples([c("a-x", 1)])).toBeUndefined();
  });
});

describe("archlint explain", () => {
  const policy = policies.find((p) => p.id === "hpa-min-replicas-below-two");
  if (!policy) throw new Error("no such policy");
  const text = renderExplanation(policy, builtinExamples(policy), "text");

  it("says what, why, with which parameters, how to fix it, and where the policy is documented", () => {
    expect(text).toMatch(/^hpa-min-replicas-below-two: Autoscaler can scale down to a single replica\n/);
    expect(text).toContain("Severity warning. Subject: autoscaler.");
    expect(text).toContain(`Why: ${policy.guide}`);
    expect(text).toMatch(/Parameters \(default; .*\):\n {2}minimum {2}2\n/);
    expect(text).toContain(`How to fix: ${policy.remediation}`);
    expect(text).toContain(
      "Docs: https://github.com/archlint/archlint/blob/main/docs/policies.md#hpa-min-replicas-below-two",
    );
  });

  it("shows a firing example with its firing line marked, then a silent one", () => {
    const examples = builtinExamples(policy);
    const firing = examples?.fires.fires[0];
    expect(text).toContain(`Fires on (test case ${examples?.fires.name}):\n  ${firing?.file}\n`);
    expect(text).toMatch(new RegExp(`\\n {2}> +${firing?.line} \\| `));
    const silent = text.slice(text.indexOf("Silent on"));
    expect(silent).not.toMatch(/\n {2}> /);
  });

  it("as JSON, carries the definition, the docs link and the examples", () => {
    const json = JSON.parse(renderExplanation(policy, builtinExamples(policy), "json"));
    expect(json).toMatchObject({
      id: policy.id,
      params: { minimum: 2 },
      builtin: true,
      remediation: policy.remediation,
    });
    expect(json.examples.silent.fires).toEqual([]);
  });
});
