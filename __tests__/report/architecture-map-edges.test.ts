import { describe, expect, it } from "vitest";
import { connectionHosts } from "../../src/extract/containers/connections.js";
import type { RepositoryFacts } from "../../src/model/repository.js";
import { architectureFlowchart } from "../../src/report/architecture-map.js";
import type { Report } from "../../src/report/report.js";

const report = (facts: Partial<RepositoryFacts>) =>
  ({
    inventory: { ownedServices: [], functions: [], thirdParty: [], gateways: [], queues: [], ...facts },
  }) as unknown as Report;

const ref = { file: "k8s.yaml", doc: 0, path: [] };
const stack = (name: string) => ({
  name,
  key: `stack:${name}`,
  type: "serverless-stack" as const,
  platforms: ["aws-lambda"],
  files: [`${name}/template.yaml`],
  evidence: [],
  functions: 1,
});
const env = (entries: Record<string, string>) => Object.entries(entries).map(([name, value]) => ({ name, value, ref }));

describe("the map's edges", () => {
  it("reads the hosts a container's settings name, and nothing from local addresses or placeholders", () => {
    expect(
      connectionHosts(
        env({
          CART_SERVICE_ADDR: "cartservice:7070",
          PRODUCT_URL: "http://productcatalog.default.svc.cluster.local:3550/api",
          SPRING_DATASOURCE_URL: "jdbc:mysql://customers-db:3306/petclinic",
          REDIS_HOST: "redis-cart",
          LISTEN_ADDR: "0.0.0.0",
          OTEL_ENDPOINT: "${OTEL_COLLECTOR_HOST}:4317",
          LOG_LEVEL: "info",
          LOCAL_URL: "http://localhost:8080",
        }),
      ),
    ).toEqual(["cartservice", "productcatalog", "customers-db", "redis-cart"]);
  });

  it("names the component an address variable is named after when its value is set elsewhere", () => {
    const passedThrough = [
      { name: "CART_ADDR", ref },
      { name: "PRODUCT_CATALOG_HOST", value: "${PRODUCT_CATALOG_HOST}", ref },
      { name: "OTEL_EXPORTER_OTLP_ENDPOINT", ref },
      { name: "API_URL", value: "${API_URL}", ref },
    ];
    expect(connectionHosts(passedThrough)).toEqual(["cart", "product-catalog"]);
  });

  it("draws a service calling another, and using a database, each node once", () => {
    const service = (name: string, extra: object = {}) => ({
      name,
      key: name,
      type: "container" as const,
      platforms: ["kubernetes"],
      files: [`k8s/${name}.yaml`],
      evidence: [],
      ...extra,
    });
    const flowchart = architectureFlowchart(
      report({
        ownedServices: [service("frontend", { calls: ["cart"] }), service("cart", { uses: ["redis-cart"] })],
        thirdParty: [{ name: "redis-cart", category: "cache", images: ["redis"], file: "k8s/redis.yaml" }],
      }),
    );
    expect(flowchart).toBe(
      [
        "flowchart LR",
        '  subgraph n0["Kubernetes"]',
        '    n1["frontend"]',
        '    n2["cart"]',
        "  end",
        '  subgraph n3["Data stores"]',
        '    n4[("redis-cart")]',
        "  end",
        "  n1 --> n2",
        "  n2 --> n4",
      ].join("\n"),
    );
  });

  it("draws an Azure Function App whose functions are declared in code in the Azure Functions group, not as empty", () => {
    const app = (name: string, functions: number) => ({
      name,
      key: `stack:${name}`,
      type: "serverless-stack" as const,
      platforms: ["azure-functions"],
      files: [`${name}/host.json`],
      evidence: [],
      functions,
    });
    const flowchart = architectureFlowchart(
      report({
        ownedServices: [app("Orders.Functions", 0), app("archiver", 1)],
        functions: [
          {
            name: "Archive",
            platform: "azure-functions",
            file: "archiver/Archive/function.json",
            service: "stack:archiver",
          },
        ],
      }),
    );
    expect(flowchart).toContain('    n1["Orders.Functions (functions in code)"]\n    n2["archiver (1 function)"]');
    expect(flowchart).toContain('subgraph n0["Azure Functions"]');
  });

  it("draws an event bus once, triggering each stack its events reach, and a broker the services connect to", () => {
    const fn = (name: string, service: string, buses: string[]) => ({
      name,
      platform: "aws-lambda",
      file: "a.yaml",
      service,
      buses,
    });
    const worker = { ...stack("worker"), type: "container" as const, platforms: ["compose"], uses: ["kafka"] };
    const flowchart = architectureFlowchart(
      report({
        ownedServices: [stack("orders"), stack("billing"), worker],
        functions: [fn("OnOrder", "stack:orders", ["shop-bus"]), fn("Bill", "stack:billing", ["shop-bus"])],
        thirdParty: [{ name: "kafka", category: "broker", images: ["bitnami/kafka"], file: "compose.yaml" }],
      }),
    );
    const busLines = flowchart.split("\n").filter((line) => line.includes('>"shop-bus"]'));
    expect(busLines).toHaveLength(1);
    const bus = busLines[0]?.trim().split(">")[0];
    expect(flowchart.match(new RegExp(`${bus} -->\\|triggers\\|`, "g"))).toHaveLength(2);
    expect(flowchart).toMatch(/>"kafka"\]/);
    expect(flowchart).not.toMatch(/\[\("kafka"\)\]/);
  });

  it("draws each stack that publishes to a bus, and one both publishing and triggered gets both edges", () => {
    const fn = (name: string, service: string, links: { buses?: string[]; publishes?: string[] }) => ({
      name,
      platform: "aws-lambda",
      file: "a.yaml",
      service,
      ...links,
    });
    const flowchart = architectureFlowchart(
      report({
        ownedServices: [stack("orders"), stack("delivery")],
        functions: [
          fn("TableUpdate", "stack:orders", { publishes: ["shop-dev"] }),
          fn("OnEvents", "stack:orders", { buses: ["shop-dev"] }),
          fn("OnOrder", "stack:delivery", { buses: ["shop-dev"] }),
        ],
      }),
    );
    const busLines = flowchart.split("\n").filter((line) => line.includes('>"shop-dev"]'));
    expect(busLines).toHaveLength(1);
    const bus = busLines[0]?.trim().split(">")[0];
    expect(flowchart).toContain(`  n1 -->|publishes| ${bus}`);
    expect(flowchart).toContain(`  ${bus} -->|triggers| n1`);
    expect(flowchart).toContain(`  ${bus} -->|triggers| n2`);
    expect(flowchart).not.toContain(`n2 -->|publishes|`);
  });
});
