// @vitest-environment jsdom
import { join } from "node:path";
import mermaid from "mermaid";
import { describe, expect, it } from "vitest";
import type { OwnedService, RepositoryFacts } from "../../src/model/repository.js";
import { architectureFlowchart } from "../../src/report/architecture-map.js";
import type { Report } from "../../src/report/report.js";
import { scanFolder } from "../helpers/scan.js";

/** Every map archlint draws must parse with mermaid itself, whatever names the repository gives its parts. */
const report = (facts: Partial<RepositoryFacts>) =>
  ({
    inventory: { ownedServices: [], functions: [], thirdParty: [], gateways: [], queues: [], ...facts },
  }) as unknown as Report;

const HOSTILE = [
  "%% comment",
  'say "hi"',
  "a[b]c",
  "",
  " ",
  "end",
  "x --> y",
  "{{x}}",
  "(x)",
  "a|b",
  "#quot;",
  "`tick`",
  "<b>",
];

const service = (name: string, index: number, extra: Partial<OwnedService> = {}): OwnedService => ({
  name,
  key: `k${index}`,
  type: "container",
  platforms: [index % 2 ? "compose" : name || "kubernetes"],
  files: [`${name}.yaml`],
  evidence: [],
  ...extra,
});

const parses = async (flowchart: string) => {
  expect(flowchart).not.toBe("");
  await expect(mermaid.parse(flowchart)).resolves.toBeTruthy();
};

describe("every generated map parses with mermaid", () => {
  it("with hostile names on services, platforms, gateways, queues, buses (triggering and published to), brokers and data stores, and every kind of edge", async () => {
    const services = HOSTILE.map((name, index) =>
      service(name, index, { calls: [`k${(index + 1) % HOSTILE.length}`], uses: [HOSTILE[index] ?? ""] }),
    );
    await parses(
      architectureFlowchart(
        report({
          ownedServices: [
            ...services,
            { ...service("%%stack", 99), key: "stack", type: "serverless-stack", platforms: ["aws-lambda"] },
          ],
          functions: HOSTILE.map((name) => ({
            name,
            platform: "aws-lambda",
            file: "a.yml",
            service: "stack",
            gateway: name,
            queues: [name],
            buses: [name],
            publishes: [name, `${name} out`],
          })),
          gateways: HOSTILE.map((name) => ({ name, platform: "aws", file: "a.yml" })),
          queues: HOSTILE.map((name) => ({ name, platform: "aws", file: "a.yml" })),
          thirdParty: HOSTILE.flatMap((name) => [
            { name, category: "database", images: [], file: "a.yml" },
            { name: `${name}>`, category: "broker", images: [], file: "a.yml" },
          ]),
        }),
      ),
    );
  });

  it("for a small map and a collapsed one", async () => {
    await parses(architectureFlowchart(report({ ownedServices: [service("a", 0)] })));
    const many = Array.from({ length: 60 }, (_, index) => service(`s${index}`, index, { calls: ["k0"] }));
    await parses(architectureFlowchart(report({ ownedServices: many })));
  });

  it("for a scanned repository", async () => {
    await parses(
      architectureFlowchart(scanFolder(join(__dirname, "..", "fixtures", "repositories", "well-instrumented"))),
    );
  });
});
