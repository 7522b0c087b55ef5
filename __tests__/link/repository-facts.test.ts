import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { preparePolicies } from "../../src/engine/policies.js";
import { evaluate } from "../../src/evaluate/evaluate.js";
import { createEntity } from "../../src/extract/entity.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { type LinkContext, link } from "../../src/link/link.js";
import type { RepositoryFacts } from "../../src/model/repository.js";
import type { Entity, Evidence, Model } from "../../src/model/types.js";

const NOW = new Date("2026-06-01T00:00:00Z");

function workload(name: string, platform: string, file: string, fields: Record<string, unknown> = {}): Entity {
  return createEntity(
    { kind: "workload", name, platform, format: platform, ref: { file, doc: 0, path: [] } },
    {
      workloadType: "Deployment",
      images: [`example/${name}:1`],
      owned: true,
      ...fields,
    },
  );
}

function fn(name: string, file: string, fields: Record<string, unknown> = {}): Entity {
  const ref = { file, doc: 0, path: ["functions", name] };
  return createEntity(
    { kind: "function", name, platform: "aws-lambda", format: "serverless-framework", ref },
    {
      triggers: [],
      timeout: 6,
      ...fields,
    },
  );
}

function linked(entities: Entity[], evidence: Evidence[] = [], context: Partial<LinkContext> = {}) {
  const model: Model = { entities: [...entities], evidence, statements: [] };
  link(model, { now: NOW, name: "shop", ...context });
  const repository = model.entities.find((e) => e.kind === "repository") as Entity;
  return { model, repository, facts: repository.facts as RepositoryFacts };
}

describe("owned services", () => {
  it("counts the same service in compose and Kubernetes once, and an off-the-shelf image as third-party", () => {
    const { facts, repository } = linked([
      workload("cart", "compose", "docker-compose.yml", { serviceKey: "cart" }),
      workload("cart-deployment", "kubernetes", "k8s/cart.yaml", { serviceKey: "cart" }),
      workload("orders", "helm", "chart/templates/orders.yaml"),
      workload("redis", "compose", "docker-compose.yml", { owned: false, category: "cache", images: ["redis:7"] }),
    ]);
    expect(facts.ownedServices).toEqual([
      {
        name: "cart",
        key: "cart",
        type: "container",
        platforms: ["compose", "kubernetes"],
        files: ["docker-compose.yml", "k8s/cart.yaml"],
        evidence: [
          "image example/cart:1 is not a recognised off-the-shelf image",
          "image example/cart-deployment:1 is not a recognised off-the-shelf image",
        ],
      },
      {
        name: "orders",
        key: "orders",
        type: "container",
        platforms: ["helm"],
        files: ["chart/templates/orders.yaml"],
        evidence: ["image example/orders:1 is not a recognised off-the-shelf image"],
      },
    ]);
    expect(facts.thirdParty).toEqual([
      { name: "redis", category: "cache", images: ["redis:7"], file: "docker-compose.yml" },
    ]);
    expect(repository).toMatchObject({
      ownedServiceCount: 2,
      containerServiceCount: 2,
      functionCount: 0,
      hasKubernetes: true,
    });
  });

  it("makes one service of each stack of functions, and points repository findings at the shallowest manifest", () => {
    const { facts, repository } = linked([
      fn("create", "orders/serverless.yml"),
      fn("list", "orders/serverless.yml"),
      fn("charge", "payments/serverless.yml", { stack: "payments-api" }),
      fn("root", "serverless.yml"),
    ]);
    expect(facts.ownedServices.map((s) => [s.name, s.type, s.functions])).toEqual([
      ["orders", "serverless-stack", 2],
      ["payments-api", "serverless-stack", 1],
      ["shop", "serverless-stack", 1],
    ]);
    expect(facts.functions).toHaveLength(4);
    expect(repository.ref).toEqual({ file: "serverless.yml", doc: 0, path: [], line: 1 });
  });
});

describe("ownership from provenance", () => {
  const built = (folder: string, base: string): Evidence[] => [
    { category: "build-context", value: folder, file: `${folder}/Dockerfile`, line: 1 },
    { category: "build-base", value: base, file: `${folder}/Dockerfile`, line: 3 },
  ];

  it("says why a built service is owned, and extends it to images under the same registry prefix", () => {
    const { facts } = linked(
      [
        workload("cart", "kubernetes", "k8s/cart.yaml", { serviceKey: "cart", images: ["gcr.io/acme/cart:1"] }),
        workload("ledger", "kubernetes", "k8s/ledger.yaml", { serviceKey: "ledger", images: ["gcr.io/acme/ledger:1"] }),
      ],
      built("src/cart", "node:20"),
    );
    expect(facts.ownedServices.map((s) => [s.name, s.evidence])).toEqual([
      ["cart", ["built here: src/cart/Dockerfile:1"]],
      ["ledger", ["same registry prefix gcr.io/acme/ as the images built here"]],
    ]);
  });

  it("keeps a database built here third-party, and lists load generators, seed jobs and placeholders apart", () => {
    const { facts, repository } = linked(
      [
        workload("orders", "compose", "compose.yaml", { serviceKey: "orders", build: "orders" }),
        workload("accounts-db", "kubernetes", "k8s/db.yaml", { serviceKey: "accounts-db", images: ["accounts-db"] }),
        workload("store", "compose", "compose.yaml", { serviceKey: "store", build: "store" }),
        workload("loadgenerator", "kubernetes", "k8s/load.yaml", { serviceKey: "loadgenerator" }),
        workload("populate", "kubernetes", "k8s/job.yaml", { serviceKey: "populate", workloadType: "Job" }),
        workload("flags", "compose", "compose.yaml", { serviceKey: "flags", images: ["${FLAGS_IMAGE}"] }),
        workload("cache", "compose", "compose.yaml", { serviceKey: "cache", images: ["${VALKEY_IMAGE}"] }),
      ],
      [...built("orders", "python:3.12"), ...built("store", "postgres:16")],
    );
    expect(facts.ownedServices.map((s) => s.name)).toEqual(["orders"]);
    expect(facts.thirdParty.map((c) => [c.name, c.category])).toEqual([
      ["accounts-db", "database"],
      ["store", "database"],
      ["cache", "cache"],
    ]);
    expect(facts.notServices.map((n) => [n.name, n.reason])).toEqual([
      ["loadgenerator", "a load generator"],
      ["populate", "a one-shot job (seed, migration, init)"],
      ["flags", "its image ${FLAGS_IMAGE} is an unresolved placeholder and nothing here builds it"],
    ]);
    expect(repository.ownedServiceCount).toBe(1);
  });

  it("keeps an OpAMP server and a documentation site out of the services, even built here", () => {
    const { facts } = linked(
      [
        workload("checkout", "compose", "compose.yaml", { serviceKey: "checkout", build: "checkout" }),
        workload("opamp-server", "compose", "compose.yaml", { serviceKey: "opamp", build: "opamp" }),
        workload("telemetry-docs", "compose", "compose.yaml", { serviceKey: "telemetry-docs", build: "docs" }),
      ],
      [...built("checkout", "golang:1.23"), ...built("opamp", "golang:1.23"), ...built("docs", "nginx:1")],
    );
    expect(facts.ownedServices.map((s) => s.name)).toEqual(["checkout"]);
    expect(facts.thirdParty.map((c) => [c.name, c.category])).toEqual([["opamp-server", "observability"]]);
    expect(facts.notServices.map((n) => [n.name, n.reason])).toEqual([["telemetry-docs", "a documentation site"]]);
  });

  it("keeps an image of another organisation that nothing here builds out of the services, when the repository builds", () => {
    const { facts } = linked(
      [
        workload("orders", "kubernetes", "k8s/orders.yaml", { serviceKey: "orders", images: ["acme/orders:1"] }),
        workload("cdc", "kubernetes", "k8s/cdc.yaml", { serviceKey: "cdc", images: ["vendor/cdc-service:0.4"] }),
        workload("billing", "kubernetes", "k8s/billing.yaml", { serviceKey: "billing", images: ["acme/billing:1"] }),
        workload("dynamodblocal", "compose", "compose.yaml", { serviceKey: "dynamodblocal", build: "./dynamodblocal" }),
      ],
      built("orders", "eclipse-temurin:21"),
    );
    expect(facts.ownedServices.map((s) => [s.name, s.evidence[0]])).toEqual([
      ["orders", "built here: orders/Dockerfile:1"],
      ["billing", "same registry prefix acme/ as the images built here"],
    ]);
    expect(facts.thirdParty.map((c) => [c.name, c.category])).toEqual([
      ["cdc", "other"],
      ["dynamodblocal", "database"],
    ]);
  });

  it("keeps a proxy the team builds from its own configuration out of the services, but not a UI served by nginx", () => {
    const { facts } = linked(
      [
        workload("frontend-proxy", "compose", "compose.yaml", { serviceKey: "frontend-proxy", build: "." }),
        workload("edge", "compose", "compose.yaml", { serviceKey: "edge", build: "./nginx" }),
        workload("web", "compose", "compose.yaml", { serviceKey: "web", build: "web" }),
        workload("payments", "compose", "compose.yaml", { serviceKey: "payments", build: "../payments" }),
        workload("router", "kubernetes", "k8s/router.yaml", { serviceKey: "router", images: ["acme/edge-router:1"] }),
      ],
      [...built("web", "nginx:1.27"), ...built("payments", "python:3.12")],
    );
    expect(facts.ownedServices.map((s) => s.name)).toEqual(["web", "payments"]);
    expect(facts.thirdParty.map((c) => [c.name, c.category])).toEqual([
      ["frontend-proxy", "proxy"],
      ["edge", "proxy"],
      ["router", "proxy"],
    ]);
  });

  it("counts a SAM application that only serves an API as a stack, once beside a stack with functions", () => {
    const api = (folder: string): Evidence => ({
      category: "api-stack",
      value: folder,
      file: `${folder}/template.yaml`,
      line: 1,
    });
    const { facts } = linked([fn("create", "orders/template.yaml")], [api("frontend-api"), api("orders")]);
    expect(facts.ownedServices.map((s) => [s.name, s.functions, s.evidence])).toEqual([
      ["orders", 1, ["functions deployed by orders/template.yaml"]],
      ["frontend-api", 0, ["SAM application frontend-api/template.yaml serves an API with no function of its own"]],
    ]);
  });

  it("folds a canary copy into its service", () => {
    const { facts } = linked([
      workload("payment", "kubernetes", "k8s/payment.yaml", { serviceKey: "payment" }),
      workload("payment-canary", "kubernetes", "istio/canary.yaml", { serviceKey: "payment-canary" }),
    ]);
    expect(facts.ownedServices.map((s) => [s.name, s.files])).toEqual([
      ["payment", ["k8s/payment.yaml", "istio/canary.yaml"]],
    ]);
    expect(facts.notServices).toMatchObject([{ name: "payment-canary", reason: "a canary copy of payment" }]);
  });

  it("makes one service per Azure Function App, and never merges stacks whose folders share a name", () => {
    const azure = (name: string, file: string, functionApp: string) =>
      createEntity(
        {
          kind: "function",
          name,
          platform: "azure-functions",
          format: "azure-functions",
          ref: { file, doc: 0, path: [] },
        },
        { triggers: [], functionApp },
      );
    const { facts } = linked(
      [
        azure("Get", "trips/Get/function.json", "trips"),
        azure("Put", "trips/Put/function.json", "trips"),
        azure("Run", "samples/a/function/Run/function.json", "samples/a/function"),
        azure("Run", "samples/b/function/Run/function.json", "samples/b/function"),
        fn("create", "one/backend/template.yaml"),
        fn("create", "two/backend/template.yaml"),
        workload("trips", "kubernetes", "aks.yaml", { serviceKey: "trips", functionsHost: true }),
      ],
      [{ category: "function-app", value: "drivers", file: "drivers/host.json", line: 1 }],
    );
    expect(facts.ownedServices.map((s) => [s.key, s.name, s.functions])).toEqual([
      ["stack:trips", "trips", 2],
      ["stack:samples/a/function", "function", 1],
      ["stack:samples/b/function", "function", 1],
      ["stack:one/backend", "backend", 1],
      ["stack:two/backend", "backend", 1],
      ["stack:drivers", "drivers", 0],
    ]);
    expect(facts.notServices).toMatchObject([
      { name: "trips", reason: expect.stringContaining("Azure Functions host") },
    ]);
  });

  it("routes API Management to the Function Apps it fronts, declared in another file", () => {
    const app = (name: string, apiManagement?: string) =>
      createEntity(
        {
          kind: "function",
          name,
          platform: "azure-functions",
          format: "azure-functions",
          ref: { file: `${name}/host.json`, doc: 0, path: [] },
        },
        { triggers: [], functionApp: name, functionsInCode: true, ...(apiManagement ? { apiManagement } : {}) },
      );
    const apim = createEntity(
      {
        kind: "gateway",
        name: "ShopApim",
        platform: "azure-api-management",
        format: "azure-functions",
        ref: { file: "arm/template.json", doc: 0, path: [] },
      },
      { gatewayKind: "Microsoft.ApiManagement/service" },
    );
    const { facts } = linked([app("Orders", "ShopApim"), app("Archiver"), app("Drivers", "ShopApim"), apim]);
    expect(facts.gateways).toEqual([
      {
        name: "ShopApim",
        platform: "azure-api-management",
        file: "arm/template.json",
        routesTo: ["stack:Orders", "stack:Drivers"],
      },
    ]);
  });
});

describe("service identity", () => {
  it("keys components that share an application label by their own names, and versions of one service together", () => {
    const k8s = (name: string, app: string) =>
      workload(name, "kubernetes", "k8s/all.yaml", { serviceKey: app, images: [`acme/${name}:1`] });
    const { facts } = linked([
      k8s("shop-registry", "shop"),
      k8s("shop-auth", "shop"),
      k8s("shop-webui", "shop"),
      k8s("reviews-v1", "reviews"),
      k8s("reviews-v2", "reviews"),
    ]);
    expect(facts.ownedServices.map((s) => s.key)).toEqual(["shop-registry", "shop-auth", "shop-webui", "reviews"]);
  });

  it("makes one service of workloads that run the same own image under different names", () => {
    const { facts } = linked([
      workload("registry", "compose", "docker/compose.yaml", {
        serviceKey: "registry",
        images: ["acme/shop-registry:1"],
      }),
      workload("shop-registry", "kubernetes", "k8s/registry.yaml", {
        serviceKey: "shop-registry",
        images: ["acme/shop-registry:2", "acme/log-agent:1"],
      }),
      workload("shop-auth", "kubernetes", "k8s/auth.yaml", {
        serviceKey: "shop-auth",
        images: ["acme/shop-auth:2", "acme/log-agent:1"],
      }),
    ]);
    expect(facts.ownedServices.map((s) => [s.name, s.key, s.platforms])).toEqual([
      ["registry", "shop-registry", ["compose", "kubernetes"]],
      ["shop-auth", "shop-auth", ["kubernetes"]],
    ]);
  });
});

describe("architecture style", () => {
  it("is serverless, microservices, monolith, hybrid or unknown, from the owned units, with its basis", () => {
    const style = (entities: Entity[]) => linked(entities).facts.style;
    expect(style([fn("a", "orders/serverless.yml"), fn("b", "orders/serverless.yml")])).toEqual({
      value: "serverless",
      basis: "1 serverless stack (2 functions), 0 owned container services",
      serverlessStacks: 1,
      functions: 2,
      containerServices: 0,
    });
    expect(style([workload("a", "kubernetes", "a.yaml"), workload("b", "kubernetes", "b.yaml")]).value).toBe(
      "microservices",
    );
    expect(style([workload("a", "kubernetes", "a.yaml")]).value).toBe("monolith");
    expect(style([workload("a", "kubernetes", "a.yaml"), fn("b", "fn/serverless.yml")]).value).toBe("hybrid");
    expect(style([workload("loadgen", "kubernetes", "l.yaml")]).value).toBe("unknown");
  });
});

/** A history under the scanned folder long and busy enough to size a team (NOW is 2026-06-01). */
const LONG_HISTORY = {
  authors: ["a@x"],
  days: 90,
  complete: true,
  commits: 120,
  firstCommit: "2024-01-01T00:00:00Z",
};

describe("reassessment without a recorded review", () => {
  it("is due once the history under the scanned folder is older than the period, and unknown without one", () => {
    const old = linked([workload("a", "kubernetes", "a.yaml")], [], { gitHistory: () => LONG_HISTORY });
    expect(old.repository.reassessmentMonths).toBe(28);
    expect(old.facts.reassessment).toEqual({ age: "history since 2024-01-01" });
    const young = { ...LONG_HISTORY, firstCommit: "2026-05-20T00:00:00Z" };
    expect(linked([], [], { gitHistory: () => young }).repository.reassessmentMonths).toBe(0);
    const unknown = linked([], []);
    expect(unknown.repository.reassessmentMonths).toBeUndefined();
    expect(unknown.facts.reassessment).toEqual({ age: "unknown" });
  });
});

describe("team size", () => {
  const codeowners = (...owners: string[]): Evidence[] =>
    owners.map((value, index) => ({ category: "codeowner", value, file: ".github/CODEOWNERS", line: index + 2 }));

  it("prefers the config, then CODEOWNERS individuals, then complete git history", () => {
    const history = { ...LONG_HISTORY, authors: ["a@x", "b@x", "c@x"] };
    expect(
      linked([], codeowners("@alice"), { config: { team: { size: 7 } }, anchorFile: ".archlint.yml" }).facts.team,
    ).toEqual({
      size: 7,
      source: "config",
      detail: "team.size in .archlint.yml",
      file: ".archlint.yml",
    });
    expect(linked([], codeowners("@alice", "@bob"), { gitHistory: () => history }).facts.team).toMatchObject({
      size: 2,
      source: "codeowners",
    });
    expect(linked([], codeowners("@acme/web"), { gitHistory: () => history }).facts.team).toMatchObject({
      size: 3,
      source: "git-history",
    });
  });

  it("reads the git history only when neither the config nor CODEOWNERS gives the size, or no review is recorded", () => {
    let reads = 0;
    const gitHistory = () => {
      reads++;
      return LONG_HISTORY;
    };
    const reviewed = { reassessment: { lastReviewed: "2026-01-01" } };
    linked([], codeowners("@alice"), { config: { team: { size: 7 }, ...reviewed }, gitHistory });
    linked([], codeowners("@alice", "@bob"), { config: reviewed, gitHistory });
    expect(reads).toBe(0);
    expect(linked([], codeowners("@acme/web"), { gitHistory }).facts.team).toMatchObject({ source: "git-history" });
    expect(reads).toBe(1);
  });

  it("sizes no team from a history too short or too young under the scanned folder (an imported copy)", () => {
    const imported = { ...LONG_HISTORY, commits: 1, firstCommit: "2025-01-01T00:00:00Z" };
    const young = { ...LONG_HISTORY, commits: 300, firstCommit: "2026-05-01T00:00:00Z" };
    for (const history of [imported, young]) {
      const { facts, repository } = linked([], [], { gitHistory: () => history });
      expect(facts.team.source).toBe("unknown");
      expect(facts.team.detail).toContain("too short to size a team");
      expect(repository.teamSize).toBeUndefined();
    }
    expect(linked([], [], { gitHistory: () => imported }).facts.team.detail).toContain("(1 commit over 516 days;");
  });

  it("says unknown, and why, for team handles and a shallow clone", () => {
    const { facts, repository } = linked([], codeowners("@acme/web"), {
      gitHistory: () => ({ authors: ["a@x"], days: 90, complete: false }),
    });
    expect(facts.team).toEqual({
      source: "unknown",
      detail:
        ".github/CODEOWNERS names team handles (@acme/web); the git history is shallow and does not cover the last 90 days; set team.size in .archlint.yml",
    });
    expect(repository.teamSize).toBeUndefined();
  });
});

describe("observability, IaC and delivery facts", () => {
  it("adds tracing and log retention read on functions, and observability charts a Helm chart depends on", () => {
    const traced = fn("api", "serverless.yml", { tracing: true, logRetentionDays: 14 });
    traced.origins.tracing = { ref: { file: "serverless.yml", doc: 0, path: ["provider", "tracing"] } };
    traced.origins.logRetentionDays = {
      ref: { file: "serverless.yml", doc: 0, path: ["provider", "logRetentionInDays"] },
    };
    const { facts, repository } = linked(
      [traced],
      [{ category: "chart-dependency", value: "kube-prometheus-stack", file: "chart/Chart.yaml", line: 9 }],
    );
    expect(facts.observability).toEqual({
      metrics: [{ value: "kube-prometheus-stack chart", file: "chart/Chart.yaml", line: 9 }],
      traces: [{ value: "AWS X-Ray (function tracing)", file: "serverless.yml" }],
      logs: [{ value: "CloudWatch Logs retention", file: "serverless.yml" }],
      dashboards: [{ value: "kube-prometheus-stack chart", file: "chart/Chart.yaml", line: 9 }],
    });
    expect(repository).toMatchObject({ hasMetrics: true, hasTraces: true, hasLogs: true });
  });

  it("groups deploy steps under their CI system", () => {
    const { facts, repository } = linked(
      [fn("api", "serverless.yml")],
      [
        { category: "ci", value: "GitHub Actions", file: ".github/workflows/test.yml", line: 1 },
        { category: "ci", value: "GitHub Actions", file: ".github/workflows/deploy.yml", line: 1 },
        {
          category: "deploy",
          value: "GitHub Actions: serverless deploy",
          file: ".github/workflows/deploy.yml",
          line: 9,
        },
        { category: "ci", value: "Jenkins", file: "Jenkinsfile", line: 1 },
      ],
    );
    expect(facts.delivery).toEqual({
      deploys: true,
      systems: [
        {
          system: "GitHub Actions",
          files: [".github/workflows/test.yml", ".github/workflows/deploy.yml"],
          deploys: true,
          deploySteps: [{ value: "serverless deploy", file: ".github/workflows/deploy.yml", line: 9 }],
        },
        { system: "Jenkins", files: ["Jenkinsfile"], deploys: false, deploySteps: [] },
      ],
    });
    expect(repository).toMatchObject({ deploys: true, ciSystems: "GitHub Actions, Jenkins" });
  });
});

describe("the decision framework", () => {
  it("marks declared answers and infers the rest", () => {
    const scaler = createEntity(
      {
        kind: "autoscaler",
        name: "cart",
        platform: "kubernetes",
        format: "kubernetes",
        ref: { file: "k8s/hpa.yaml", doc: 0, path: [] },
      },
      { minReplicas: 2, maxReplicas: 20 },
    );
    const { facts } = linked([workload("cart", "kubernetes", "k8s/cart.yaml"), scaler], [], {
      config: { team: { devopsExpertise: true } },
    });
    expect(facts.decision).toEqual({
      trafficUnpredictable: { answer: "yes", basis: "inferred", reason: "cart scales from 2 to 20 replicas" },
      suddenSpikes: { answer: "yes", basis: "inferred", reason: "cart scales from 2 to 20 replicas" },
      shortLivedWork: { answer: "unknown", basis: "unknown", reason: "set workload.shortLived in .archlint.yml" },
      devopsExpertise: { answer: "yes", basis: "declared", reason: "team.devopsExpertise: true" },
    });
  });

  it("flags spiky short-lived work on fixed-replica containers run by a small team", () => {
    const { repository } = linked(
      [workload("cart", "kubernetes", "k8s/cart.yaml"), workload("orders", "kubernetes", "k8s/orders.yaml")],
      [],
      {
        config: { team: { size: 3 }, workload: { traffic: "spiky", shortLived: true } },
        anchorFile: ".archlint.yml",
      },
    );
    expect(repository.fitMismatch).toBe(
      "spiky, short-lived work (declared: workload.traffic: spiky) runs on 2 fixed-replica container services with no autoscaling, run by a team of 3; the guide's framework favours functions here",
    );
    expect(repository.origins.fitMismatch).toEqual({
      ref: { file: ".archlint.yml", doc: 0, path: ["workload", "traffic"] },
    });
  });
});

describe("repository policies", () => {
  const policies = preparePolicies(loadAllPolicies(nodeFileSystem));
  const severities = (entities: Entity[], evidence: Evidence[] = []) =>
    Object.fromEntries(
      evaluate(linked(entities, evidence).model.entities, policies)
        .filter((f) => f.subject.kind === "repository")
        .map((f) => [f.policy, f.severity]),
    );

  it("raise the missing pillars to errors from 5 owned services or 20 functions", () => {
    const four = ["a", "b", "c", "d"].map((name) => workload(name, "kubernetes", `k8s/${name}.yaml`));
    expect(severities(four)).toMatchObject({
      "metrics-stack-missing": "warning",
      "centralized-logging-missing": "warning",
    });
    const five = [...four, workload("e", "kubernetes", "k8s/e.yaml")];
    expect(severities(five)).toMatchObject({
      "metrics-stack-missing": "error",
      "distributed-tracing-missing": "error",
    });
    const twenty = Array.from({ length: 20 }, (_, i) => fn(`f${i}`, "serverless.yml"));
    expect(severities(twenty)).toMatchObject({ "centralized-logging-missing": "error" });
  });

  it("warn about a mesh from 10 owned container services", () => {
    const ten = Array.from({ length: 10 }, (_, i) => workload(`s${i}`, "kubernetes", `k8s/s${i}.yaml`));
    expect(severities(ten)["service-mesh-missing"]).toBe("notice");
    expect(
      severities(ten, [{ category: "mesh", value: "Istio", file: "k8s/mtls.yaml", line: 1 }])["service-mesh-missing"],
    ).toBeUndefined();
  });

  it("stay silent when nothing is deployed", () => {
    expect(severities([])).toEqual({});
  });
});
