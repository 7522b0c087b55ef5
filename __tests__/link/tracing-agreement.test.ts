import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanFolder } from "../helpers/scan.js";

const POLICIES = join(import.meta.dirname, "..", "fixtures", "policies");
const CASES = ["function-tracing-disabled", "distributed-tracing-missing"].flatMap((policy) =>
  readdirSync(join(POLICIES, policy)).map((name) => join(policy, name)),
);
const X_RAY = "AWS X-Ray";

/**
 * Function-level and repository-level tracing read one source, the function's own `tracing`: the repository never
 * shows AWS X-Ray tracing while every function is reported untraced.
 */
describe.each(CASES)("%s", (name) => {
  it("reports function tracing at both levels alike", () => {
    const report = scanFolder(join(POLICIES, name), { exclude: ["expect.yml"] });
    const lambdas = report.inventory.functions.filter((fn) => fn.platform === "aws-lambda");
    const untraced = report.findings.filter((f) => f.policy === "function-tracing-disabled");
    const repositoryTraced = report.inventory.observability.traces.some((e) => e.value.startsWith(X_RAY));
    expect(lambdas.length).toBeGreaterThan(0);
    if (repositoryTraced) expect(untraced.length).toBeLessThan(lambdas.length);
    if (untraced.length === lambdas.length) expect(repositoryTraced).toBe(false);
  });
});
