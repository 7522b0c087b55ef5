import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readGitHistory } from "../../src/app/git-history.js";
import { runScan } from "../../src/app/run-scan.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import type { Inventory } from "../../src/report/inventory.js";
import { FIXED_NOW, scanFolder } from "../helpers/scan.js";

/**
 * The eight whole applications of the corpus, each scanned as its own root: the owned services and the style an
 * architect signs (docs/repository-facts.md gives each count's reasoning), the same whether the folder is copied
 * outside any git repository or scanned in place, and never a team size from a history that is not the root's.
 */
const SHARED = process.env.ARCHLINT_SHARED;

interface Expected {
  owned: [number, number];
  style: Inventory["style"]["value"];
}

const APPLICATIONS: Record<string, Expected> = {
  "GoogleCloudPlatform__microservices-demo": { owned: [10, 12], style: "microservices" },
  "GoogleCloudPlatform__bank-of-anthos": { owned: [6, 7], style: "microservices" },
  "microservices-demo__microservices-demo": { owned: [8, 9], style: "microservices" },
  "instana__robot-shop": { owned: [8, 9], style: "microservices" },
  "spring-petclinic__spring-petclinic-microservices": { owned: [5, 8], style: "microservices" },
  // 13 app services in compose.yaml (frontend-proxy is its Envoy edge proxy, not a service), 2 in compose.full.yaml,
  // and the three of compose.agent.yaml (agent, mcp, chatbot): see docs/repository-facts.md.
  "open-telemetry__opentelemetry-demo": { owned: [14, 18], style: "microservices" },
  "aws-samples__aws-serverless-ecommerce-platform": { owned: [9, 10], style: "serverless" },
  "Azure-Samples__Serverless-microservices-reference-architecture": { owned: [5, 5], style: "serverless" },
};

const copies = SHARED ? mkdtempSync(join(tmpdir(), "archlint-whole-apps-")) : "";
afterAll(() => {
  if (copies) rmSync(copies, { recursive: true, force: true });
});

describe.skipIf(!SHARED).each(Object.entries(APPLICATIONS))("%s", (name, expected) => {
  const inPlace = join(SHARED ?? "", "corpus", name);
  const copy = join(copies, name);
  if (SHARED) cpSync(inPlace, copy, { recursive: true });

  it("counts the owned services an architect counts, each with the evidence why, in the right style", () => {
    const { inventory } = scanFolder(copy);
    const [min, max] = expected.owned;
    const names = inventory.ownedServices.map((s) => s.name);
    expect(inventory.ownedServices.length, names.join(", ")).toBeGreaterThanOrEqual(min);
    expect(inventory.ownedServices.length, names.join(", ")).toBeLessThanOrEqual(max);
    expect(inventory.ownedServices.every((s) => s.evidence.length > 0)).toBe(true);
    expect(inventory.style.value).toBe(expected.style);
    expect(
      inventory.systems?.map((s) => s.root),
      "one system, whatever its folder layout",
    ).toEqual(["."]);
    const owned = new Set(inventory.ownedServices.map((s) => s.key));
    expect(inventory.thirdParty.filter((c) => owned.has(c.name)).map((c) => c.name)).toEqual([]);
  });

  it("gives the same count in place, and no team size from a history that is not the root's own", () => {
    const copied = scanFolder(copy).inventory;
    const { report } = runScan({
      root: inPlace,
      fs: nodeFileSystem,
      config: {},
      now: FIXED_NOW,
      gitHistory: () => readGitHistory(inPlace, FIXED_NOW),
    });
    expect(report.inventory.ownedServices.map((s) => s.name)).toEqual(copied.ownedServices.map((s) => s.name));
    const history = readGitHistory(inPlace, FIXED_NOW);
    if ((history?.commits ?? 0) < 20) expect(report.inventory.team.source).not.toBe("git-history");
  });
});

describe.skipIf(!SHARED)("the Azure serverless reference architecture", () => {
  const name = "Azure-Samples__Serverless-microservices-reference-architecture";
  const copy = join(copies, `${name}-apps`);
  if (SHARED) cpSync(join(SHARED, "corpus", name), copy, { recursive: true });

  it("reads as 5 Function Apps, each declared in ARM/Bicep JSON and tied to its code folder, behind API Management", () => {
    const { inventory } = scanFolder(copy);
    expect(inventory.ownedServices.map((s) => [s.type, s.platforms])).toEqual(
      Array(5).fill(["serverless-stack", ["azure-functions"]]),
    );
    // The exported ARM template and the Bicep build declare the same five apps: each is tied, and counted, once.
    for (const service of inventory.ownedServices)
      expect(service.evidence.join(" "), service.name).toMatch(/host\.json, declared in (arm|bicep)\//);
    expect(inventory.gateways.map((g) => [g.name, g.platform])).toEqual([["RideshareApim", "azure-api-management"]]);
    // The AKS YAML runs the same apps in the Functions host's container: a variant, not four more services.
    expect(inventory.notServices.map((n) => n.name).sort()).toEqual([
      "rideshare-drivers",
      "rideshare-orchestrators",
      "rideshare-passengers",
      "rideshare-trips",
    ]);
  });
});
