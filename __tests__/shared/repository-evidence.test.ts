import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanFolder } from "../helpers/scan.js";

/**
 * The whole-application repositories of the corpus: what the evidence detectors find in each, as an architect
 * reading their files would list it (docs/real-world.md explains each). Counts of services and the
 * findings that need workload entities are checked once the workload adapters are merged.
 */
const SHARED = process.env.ARCHLINT_SHARED;

interface Expected {
  pillars: string[];
  iac: string[];
  clusterInCode: boolean;
  deploys: string[];
}

const REPOSITORIES: Record<string, Expected> = {
  "GoogleCloudPlatform__microservices-demo": {
    pillars: ["metrics", "traces", "logs"],
    iac: ["Terraform"],
    clusterInCode: true,
    deploys: ["GitHub Actions", "Google Cloud Build"],
  },
  "GoogleCloudPlatform__bank-of-anthos": {
    // Its metrics dashboard lives in extras/, an opt-in add-on: it does not prove the deployed system's metrics.
    pillars: ["traces", "logs"],
    iac: ["Terraform"],
    clusterInCode: true,
    deploys: ["Google Cloud Build"],
  },
  "microservices-demo__microservices-demo": {
    pillars: ["metrics", "traces", "logs", "dashboards"],
    iac: ["Terraform"],
    clusterInCode: true,
    // Its only kubectl apply runs in the job that creates a kind cluster: an end-to-end test, not delivery.
    deploys: [],
  },
  "instana__robot-shop": { pillars: ["metrics", "traces", "logs"], iac: [], clusterInCode: false, deploys: [] },
  "spring-petclinic__spring-petclinic-microservices": {
    pillars: ["metrics", "traces", "dashboards"],
    iac: [],
    clusterInCode: false,
    deploys: [],
  },
  "open-telemetry__opentelemetry-demo": {
    pillars: ["metrics", "traces", "logs", "dashboards"],
    iac: [],
    clusterInCode: false,
    deploys: [],
  },
  "aws-samples__aws-serverless-ecommerce-platform": {
    pillars: ["metrics", "traces", "logs", "dashboards"],
    iac: ["AWS SAM", "CloudFormation", "AWS CDK"],
    clusterInCode: false,
    deploys: ["AWS CodePipeline"],
  },
  "Azure-Samples__Serverless-microservices-reference-architecture": {
    pillars: ["metrics", "traces", "logs"],
    iac: ["ARM templates", "Bicep"],
    clusterInCode: false,
    deploys: ["Azure Pipelines (classic release)"],
  },
};

describe.skipIf(!SHARED).each(Object.entries(REPOSITORIES))("%s", (name, expected) => {
  const inventory = SHARED ? scanFolder(join(SHARED, "corpus", name)).inventory : undefined;

  it("shows the observability pillars its files prove", () => {
    const pillars = Object.entries(inventory?.observability ?? {}).filter(([, evidence]) => evidence.length > 0);
    expect(pillars.map(([pillar]) => pillar)).toEqual(expected.pillars);
  });

  it("names its IaC tools, its cluster in code and its deploying pipelines", () => {
    if (!inventory) return;
    expect(inventory.iac.tools.map((t) => t.tool).sort()).toEqual([...expected.iac].sort());
    expect(inventory.iac.clusterInCode.length > 0).toBe(expected.clusterInCode);
    expect(inventory.delivery.systems.filter((s) => s.deploys).map((s) => s.system)).toEqual(expected.deploys);
  });
});
