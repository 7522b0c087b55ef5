import { describe, expect, it } from "vitest";
import { awsActionCatalog } from "../../src/app/aws-actions.js";
import { statementScope } from "../../src/link/iam-scope.js";
import { catalogOfCompactServices, compactServiceActions } from "../../src/model/aws-actions.js";

const catalog = awsActionCatalog();

describe("the AWS action catalog", () => {
  it("reduces the reference: access level, and whether only '*' can grant an action", () => {
    const line = compactServiceActions({
      puttracesegments: { name: "PutTraceSegments", accessLevel: "Write", resourceTypes: [] },
      putmetricdata: {
        name: "PutMetricData",
        accessLevel: "Write",
        resourceTypes: [{ name: "dataset", required: false }],
      },
      getobject: {
        name: "GetObject",
        accessLevel: "Read",
        resourceTypes: [
          { name: "accesspointobject", required: false },
          { name: "object", required: false },
        ],
      },
    });
    const service = catalogOfCompactServices((prefix) => (prefix === "demo" ? line : undefined)).service("Demo");
    expect(service?.get("puttracesegments")).toEqual({
      name: "demo:PutTraceSegments",
      access: "write",
      anyResourceOnly: true,
    });
    expect(service?.get("putmetricdata")?.anyResourceOnly).toBe(true);
    expect(service?.get("getobject")).toEqual({ name: "demo:GetObject", access: "read", anyResourceOnly: false });
  });

  it("names the actions a pattern matches, matching each pattern as written once", () => {
    let reads = 0;
    const line = "GetObject:r PutObject:w GetBucketPolicy:r";
    const demo = catalogOfCompactServices((prefix) => {
      reads++;
      return prefix === "demo" ? line : undefined;
    });
    const gets = demo.actions("demo:Get*");
    expect(gets.map((facts) => facts.name)).toEqual(["demo:GetObject", "demo:GetBucketPolicy"]);
    expect(demo.actions("demo:Get*")).toBe(gets);
    expect(demo.actions("demo:PutObject").map((facts) => facts.access)).toEqual(["write"]);
    expect(demo.actions("demo:Delete?bject")).toEqual([]);
    expect(demo.actions("other:Get*")).toEqual([]);
    expect(reads).toBe(2);
  });

  it("knows the services of the data set and no others", () => {
    expect(catalog.service("s3")?.get("putobject")?.access).toBe("write");
    expect(catalog.service("bedrock-runtime")).toBeUndefined();
    expect(catalog.service("../s3")).toBeUndefined();
  });
});

describe("statementScope", () => {
  it("names the actions that could have been scoped, as written, patterns included", () => {
    const scope = statementScope(["xray:PutTraceSegments", "dynamodb:Put*", "s3:Get*"], ["*"], catalog);
    expect(scope.unscopedActions).toEqual(["dynamodb:Put*"]);
    expect(scope.scopeAdvice).toBe("dynamodb:Put* could be limited to named resources");
  });

  it("reads every bucket as every resource, one named bucket not", () => {
    expect(statementScope(["s3:PutObject"], ["arn:aws:s3:::*/*"], catalog).anyResource).toBe(true);
    expect(statementScope(["s3:PutObject"], ["arn:aws:s3:::reports/*"], catalog).unscopedActions).toEqual([]);
  });

  it("judges wildcards without the catalog, and nothing else", () => {
    expect(statementScope(["s3:*", "sqs:SendMessage"], ["*"])).toMatchObject({
      wildcardAction: true,
      unscopedActions: [],
      scopeAdvice: "s3:* grants every s3 action",
    });
  });

  it("matches a long pattern against every action of a service quickly", () => {
    const started = performance.now();
    statementScope([`ec2:${"*a".repeat(40)}b`], ["*"], catalog);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
