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

  it("reads ECS services as workloads and judges them on the lines checked by hand", () => {
    const report = scanFolder(corpus("aws-samples__serverless-patterns"), {});
    const policies = new Set([
      "workload-without-autoscaling",
      "hpa-min-replicas-below-two",
      "hpa-max-not-above-min",
      "deployment-replicas-fixed-under-hpa",
      "workload-missing-probes",
    ]);
    const ecs = /(ecs|fargate|alb)/;
    const found = report.findings
      .filter((f) => policies.has(f.policy) && ecs.test(f.file))
      .map((f) => `${f.policy} ${f.file}:${f.line}`);
    expect(found.sort()).toEqual([
      "deployment-replicas-fixed-under-hpa sqs-ecs-autoscaling/template.yaml:245",
      "hpa-min-replicas-below-two sqs-ecs-autoscaling/template.yaml:267",
      "workload-missing-probes cloudmap-fargate-terraform/main.tf:125",
      "workload-without-autoscaling alb-ecs-java-sam/template.yaml:99",
      "workload-without-autoscaling apigw-vpclink-alb-ecs/template.yaml:497",
    ]);
    const owned = report.inventory.ownedServices.filter((s) => s.platforms.includes("aws-ecs")).map((s) => s.name);
    expect(owned.sort()).toEqual(["ECSService", "books-microservice-lb-service", "dev-products-service"]);
  });
});
