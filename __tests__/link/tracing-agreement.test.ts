import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanFolder } from "../helpers/scan.js";

const POLICIES = join(import.meta.dirname, "..", "fixtures", "policies");
const CASES = ["function-tracing-disabled", "distributed-tracing-missing"].flatMap((policy) =>
  readdirSync(join(POLICIES, policy)).map((name) => join(policy, name)),
);
/** What the repository's trace evidence calls each platform's function tracing. */
const TRACING: Record<string, string> = { "aws-lambda": "AWS X-Ray", "azure-functions": "Application Insights" };

/**
 * Function-level and repository-level tracing read one source, the function's own `tracing`: the repository never
 * shows AWS X-Ray (or Application Insights) tracing while every function is reported untraced. An Azure Function
 * App whose functions are declared in code is judged as one unit.
 */
describe.each(CASES)("%s", (name) => {
  it("reports function tracing at both levels alike", () => {
    const report = scanFolder(join(POLICIES, name), { exclude: ["expect.yml"] });
    const units = [
      ...report.inventory.functions.map((fn) => fn.platform),
      ...report.inventory.ownedServices.filter((s) => s.functions === 0).flatMap((s) => s.platforms),
    ].filter((platform) => platform in TRACING);
    const untraced = report.findings.filter((f) => f.policy === "function-tracing-disabled");
    const labels = new Set(units.map((platform) => TRACING[platform] ?? ""));
    const repositoryTraced = report.inventory.observability.traces.some((e) =>
      [...labels].some((label) => e.value.startsWith(label)),
    );
    expect(units.length).toBeGreaterThan(0);
    if (repositoryTraced) expect(untraced.length).toBeLessThan(units.length);
    if (untraced.length === units.length) expect(repositoryTraced).toBe(false);
  });
});
