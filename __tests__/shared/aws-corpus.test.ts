import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanFolder } from "../helpers/scan.js";

/**
 * The AWS serverless part of the corpus: every repository scans without a crash, and findings read by hand
 * (docs/real-world.md) stay where they were checked to be.
 */
const shared = process.env.ARCHLINT_SHARED;
const corpus = (name: string) => join(shared ?? "", "corpus", name);

describe.skipIf(!shared)("AWS serverless corpus", () => {
  it.each([
    "aws-samples__serverless-patterns",
    "aws-samples__sessions-with-aws-sam",
    "serverless__examples",
    "awslabs__aws-cloudformation-templates",
    "aws-samples__aws-serverless-ecommerce-platform",
  ])("%s scans and models its functions", (name) => {
    const report = scanFolder(corpus(name), {});
    expect(report.inventory.entities.function ?? 0).toBeGreaterThan(20);
  });

  it("reports an inherited Globals timeout behind a REST API on the Globals line", () => {
    const report = scanFolder(corpus("aws-samples__aws-serverless-ecommerce-platform"), {});
    const finding = report.findings.find(
      (f) => f.policy === "function-timeout-exceeds-gateway-limit" && f.subject.name === "GetOrderFunction",
    );
    expect(finding).toMatchObject({ file: "orders/template.yaml", line: 49 });
    expect(finding?.message).toContain("inherited from Globals.Function.Timeout");
    expect(report.findings.filter((f) => f.policy === "log-retention-unset")).toEqual([]);
  });

  it("joins SAM SQS events to their queues and tells read-only IAM actions from writes", () => {
    const report = scanFolder(corpus("aws-samples__serverless-patterns"), {});
    const where = (policy: string, file: string) =>
      report.findings.filter((f) => f.policy === policy && f.file === file).map((f) => f.line);
    expect(where("queue-visibility-timeout-too-short", "api-sqs-lambda-python/template.yml")).toEqual([11]);
    expect(where("queue-visibility-timeout-too-short", "sqs-lambda-ddb-sam-ts/template.yaml")).toEqual([14]);
    // logs:CreateLogDelivery… on "*" is a write; comprehend:Detect* on "*" (line 71) is read-only.
    expect(where("iam-wildcard-permission", "sfn-comprehend-sam/template.yaml")).toEqual([54]);
  });
});
