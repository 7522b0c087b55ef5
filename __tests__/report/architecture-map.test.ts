import { describe, expect, it } from "vitest";
import type { RepositoryFacts } from "../../src/model/repository.js";
import { mermaidLabel, renderArchitectureMap } from "../../src/report/architecture-map.js";
import type { Report } from "../../src/report/report.js";

function report(facts: Partial<RepositoryFacts>): Report {
  const inventory = {
    entities: {},
    formats: {},
    ownedServices: [],
    functions: [],
    thirdParty: [],
    gateways: [],
    queues: [],
    ...facts,
  };
  return { inventory } as unknown as Report;
}

const container = (name: string, platform = "kubernetes") => ({
  name,
  key: name,
  type: "container" as const,
  platforms: [platform],
  evidence: [],
  files: [`k8s/${name}.yaml`],
});

describe("renderArchitectureMap", () => {
  it("draws gateways to stacks of functions to the queues they read, grouped by platform", () => {
    const map = renderArchitectureMap(
      report({
        ownedServices: [
          {
            name: "orders",
            key: "orders",
            type: "serverless-stack",
            platforms: ["aws-lambda"],
            evidence: [],
            files: ["orders/serverless.yml"],
            functions: 2,
          },
          container("cart"),
        ],
        functions: [
          {
            name: "create",
            platform: "aws-lambda",
            file: "orders/serverless.yml",
            service: "orders",
            gateway: "API Gateway REST API",
          },
          { name: "work", platform: "aws-lambda", file: "orders/serverless.yml", service: "orders", queues: ["jobs"] },
        ],
        gateways: [
          { name: "API Gateway REST API", platform: "aws-lambda", file: "orders/serverless.yml", routesTo: ["orders"] },
        ],
        queues: [{ name: "jobs", platform: "aws-lambda", file: "orders/serverless.yml" }],
        thirdParty: [{ name: "redis", category: "cache", images: ["redis:7"], file: "k8s/redis.yaml" }],
      }),
    );
    expect(map).toBe(
      [
        "```mermaid",
        "flowchart LR",
        '  subgraph n0["AWS Lambda"]',
        '    n1["orders (2 functions)"]',
        "  end",
        '  subgraph n2["Kubernetes"]',
        '    n3["cart"]',
        "  end",
        '  n4{{"API Gateway REST API"}}',
        '  n5[/"jobs"/]',
        '  subgraph n6["Data stores"]',
        '    n7[("redis")]',
        "  end",
        "  n4 --> n1",
        "  n1 -->|reads| n5",
        "```",
        "",
      ].join("\n"),
    );
  });

  it("draws gateways that share a name apart, each with its folder, and each to the stack it routes to", () => {
    const stack = (name: string) => ({
      name,
      key: `stack:${name}`,
      type: "serverless-stack" as const,
      platforms: ["aws-lambda"],
      evidence: [],
      files: [`${name}/template.yaml`],
      functions: 1,
    });
    const api = (folder: string) => ({
      name: "Api",
      platform: "aws-lambda",
      file: `${folder}/template.yaml`,
      routesTo: [`stack:${folder}`],
    });
    const map = renderArchitectureMap(
      report({ ownedServices: [stack("orders"), stack("payment")], gateways: [api("orders"), api("payment")] }),
    );
    expect(map).toContain('  n3{{"Api (orders)"}}\n  n4{{"Api (payment)"}}');
    expect(map).toContain("  n3 --> n1\n  n4 --> n2");
  });

  it("collapses a large group into one node and escapes names", () => {
    const many = Array.from({ length: 21 }, (_, i) => container(`svc${i}`));
    const map = renderArchitectureMap(report({ ownedServices: [...many, container('evil"]-->x', "compose")] }));
    expect(map).toContain('    n1["21 services"]');
    expect(map).toContain('    n3["evil#quot;]--#gt;x"]');
    expect(map.split("\n").filter((line) => /^\s+n\d+\[/.test(line))).toHaveLength(2);
  });

  it("is empty when nothing is deployed", () => {
    expect(renderArchitectureMap(report({}))).toBe("");
    expect(mermaidLabel("a`b\nc<d>")).toBe('"a\'b c#lt;d#gt;"');
  });
});
