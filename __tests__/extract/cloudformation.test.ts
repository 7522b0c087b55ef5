// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation `!Sub` strings are written as they are in templates
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../../src/extract/adapters.js";
import { Intrinsics, queueKey } from "../../src/extract/cloudformation/intrinsics.js";
import { Extractor } from "../../src/extract/extract.js";
import { UNRESOLVED } from "../../src/extract/values.js";
import { link } from "../../src/link/link.js";
import type { Entity, FunctionEntity, Model } from "../../src/model/types.js";
import { parseFile } from "../../src/parse/parse-file.js";

function model(files: Record<string, string>): Model {
  const extractor = new Extractor(ADAPTERS);
  for (const [path, text] of Object.entries(files)) {
    extractor.add(parseFile(path, text, path.endsWith(".json") ? "json" : "yaml"));
  }
  return link(extractor.finish(), { now: new Date("2026-06-01T00:00:00Z"), name: "test" });
}

const fn = (m: Model, name: string) =>
  m.entities.find((e) => e.kind === "function" && e.name === name) as FunctionEntity;
const SAM = 'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\n';

describe("CloudFormation values", () => {
  const intrinsics = new Intrinsics({ Timeout: { Type: "Number", Default: "45" }, Stage: { Type: "String" } });

  it("resolves a Ref to a parameter's default and nothing else", () => {
    expect(intrinsics.resolve({ Ref: "Timeout" })).toBe("45");
    expect(intrinsics.resolve({ Ref: "Stage" })).toBe(UNRESOLVED);
    expect(intrinsics.resolve({ Ref: "SomeResource" })).toBe(UNRESOLVED);
    expect(intrinsics.resolve({ "Fn::If": ["IsProd", 900, 60] })).toBe(UNRESOLVED);
    expect(intrinsics.resolve({ "Fn::FindInMap": ["Map", "a", "b"] })).toBe(UNRESOLVED);
    expect(intrinsics.resolve({ "Fn::Sub": "${AWS::StackName}-fn" })).toBe(UNRESOLVED);
    expect(intrinsics.resolve({ "Fn::Sub": "fn-${Timeout}" })).toBe("fn-45");
  });

  it("gives !Sub, !Join and !Ref spellings of one name the same key", () => {
    const sub = intrinsics.nameKey({ "Fn::Sub": "/aws/lambda/${Fn}" });
    const join = intrinsics.nameKey({ "Fn::Join": ["", ["/aws/lambda/", { Ref: "Fn" }]] });
    expect(sub).toBe("/aws/lambda/${Fn}");
    expect(join).toBe(sub);
    expect(intrinsics.nameKey({ "Fn::If": ["c", "a", "b"] })).toBeUndefined();
  });

  it("keys a queue by logical id or by the name in its ARN", () => {
    expect(queueKey({ "Fn::GetAtt": ["Jobs", "Arn"] }, "t.yaml", intrinsics)).toBe("cfn:t.yaml#Jobs");
    expect(queueKey("arn:aws:sqs:eu-west-1:123456789012:jobs", "t.yaml", intrinsics)).toBe("sqs:jobs");
    const sub = { "Fn::Sub": "arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:jobs" };
    expect(queueKey(sub, "t.yaml", intrinsics)).toBe("sqs:jobs");
    expect(queueKey({ "Fn::ImportValue": "jobs-arn" }, "t.yaml", intrinsics)).toBeUndefined();
  });
});

describe("tags in values", () => {
  const m = model({
    "template.yaml": `${SAM}Conditions:\n  IsProd: !Equals [a, b]\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.b\n      Timeout: !If [IsProd, 1800, 60]\n      MemorySize: !FindInMap [Sizes, !Ref AWS::Region, Memory]\n`,
  });

  it("leaves an !If timeout out of the model, marked unresolved, with no default in its place", () => {
    const f = fn(m, "Fn");
    expect(f.timeout).toBeUndefined();
    expect(f.memory).toBeUndefined();
    expect(f.unresolved).toEqual(["timeout", "memory"]);
    expect(f.timeoutShareOfPlatformMax).toBeUndefined();
  });
});

describe("timeouts", () => {
  it("applies the Lambda default of 3 s on the declaration, and says so", () => {
    const m = model({
      "template.json": JSON.stringify({
        AWSTemplateFormatVersion: "2010-09-09",
        Resources: { Fn: { Type: "AWS::Lambda::Function", Properties: { Handler: "a.b" } } },
      }),
    });
    const f = fn(m, "Fn");
    expect(f.timeout).toBe(3);
    expect(f.origins.timeout).toEqual({
      ref: { file: "template.json", doc: 0, path: ["Resources", "Fn"] },
      note: "timeout not set: the AWS Lambda default of 3 s applies",
    });
  });

  it("points an inherited Globals timeout at the Globals line", () => {
    const m = model({
      "template.yaml": `${SAM}Globals:\n  Function:\n    Timeout: 20\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.b\n`,
    });
    expect(fn(m, "Fn").origins.timeout).toEqual({
      ref: { file: "template.yaml", doc: 0, path: ["Globals", "Function", "Timeout"] },
      note: "inherited from Globals.Function.Timeout",
    });
  });
});

describe("cross-resource joins", () => {
  it("joins a SAM SQS event to its queue", () => {
    const m = model({
      "template.yaml": `${SAM}Resources:\n  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 90\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.b\n      Timeout: 10\n      Events:\n        Q:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt Jobs.Arn\n`,
    });
    expect(fn(m, "Fn").triggers[0]).toMatchObject({
      kind: "queue",
      sourceKey: "cfn:template.yaml#Jobs",
      queue: { name: "Jobs", visibilityTimeout: 90, visibilityToTimeoutRatio: 9, hasRedrive: false },
    });
  });

  it("joins a CloudFormation event source mapping, a log group and an API Gateway integration to their function", () => {
    const m = model({
      "template.yaml": [
        "Resources:",
        "  Jobs:",
        "    Type: AWS::SQS::Queue",
        "    Properties: { QueueName: jobs, RedrivePolicy: { maxReceiveCount: 3 } }",
        "  Fn:",
        "    Type: AWS::Lambda::Function",
        "    Properties: { FunctionName: worker, Handler: a.b, Runtime: nodejs20.x }",
        "  Mapping:",
        "    Type: AWS::Lambda::EventSourceMapping",
        "    Properties: { EventSourceArn: !GetAtt Jobs.Arn, FunctionName: worker, ScalingConfig: { MaximumConcurrency: 4 } }",
        "  Logs:",
        "    Type: AWS::Logs::LogGroup",
        "    Properties: { LogGroupName: /aws/lambda/worker, RetentionInDays: 14 }",
        "  Method:",
        "    Type: AWS::ApiGateway::Method",
        "    Properties:",
        "      Integration: { Type: AWS_PROXY, Uri: !Sub 'arn:aws:apigateway:${AWS::Region}:lambda:path/functions/${Fn.Arn}/invocations' }",
      ].join("\n"),
    });
    const f = fn(m, "Fn");
    expect(f.logRetentionDays).toBe(14);
    expect(f.triggers).toMatchObject([
      { kind: "queue", maximumConcurrency: 4, queue: { name: "Jobs", visibilityTimeout: 30, hasRedrive: true } },
      { kind: "http-rest", synchronous: true },
    ]);
    expect(f.gateway).toBe("api-gateway-rest");
    const queue = m.entities.find((e: Entity) => e.kind === "queue");
    expect(queue?.keys).toEqual(["cfn:template.yaml#Jobs", "sqs:jobs"]);
  });

  it("joins a Serverless sqs event to a queue in its resources, and a log group override to its function", () => {
    const m = model({
      "serverless.yml": [
        "service: svc",
        "provider: { name: aws }",
        "functions:",
        "  my-worker:",
        "    handler: a.b",
        "    events:",
        "      - sqs: { arn: !GetAtt Jobs.Arn }",
        "resources:",
        "  Resources:",
        "    Jobs: { Type: AWS::SQS::Queue, Properties: { VisibilityTimeout: 60 } }",
        "    MyDashworkerLogGroup: { Type: AWS::Logs::LogGroup, Properties: { RetentionInDays: 7 } }",
      ].join("\n"),
    });
    const f = fn(m, "my-worker");
    expect(f.triggers[0]?.queue).toMatchObject({ name: "Jobs", visibilityTimeout: 60 });
    expect(f.logRetentionDays).toBe(7);
  });
});
