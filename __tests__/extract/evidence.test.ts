import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../../src/extract/adapters.js";
import { Extractor } from "../../src/extract/extract.js";
import type { Evidence } from "../../src/model/types.js";
import { parseFile } from "../../src/parse/parse-file.js";
import type { FileFormat } from "../../src/parse/parsed-file.js";

/** Runs every adapter over in-memory files and returns the evidence, as `category value file:line`. */
function evidenceOf(files: Record<string, string>, format: FileFormat = "yaml"): string[] {
  const extractor = new Extractor(ADAPTERS);
  for (const [path, text] of Object.entries(files)) {
    const own = path.endsWith(".json") ? "json" : /\.(ya?ml)$/.test(path) ? "yaml" : format;
    extractor.add(parseFile(path, text, own));
  }
  return extractor.finish().evidence.map((e: Evidence) => `${e.category} ${e.value} ${e.file}:${e.line}`);
}

describe("observability detectors", () => {
  it("reads each OpenTelemetry Collector pipeline, not the collector's own telemetry", () => {
    const config = [
      "receivers:",
      "  otlp: {}",
      "exporters:",
      "  otlp/jaeger: {}",
      "service:",
      "  telemetry:",
      "    metrics:",
      "      level: detailed",
      "  pipelines:",
      "    traces:",
      "      receivers: [otlp]",
      "      exporters: [otlp/jaeger]",
      "    logs/raw:",
      "      receivers: [otlp]",
      "",
    ].join("\n");
    expect(evidenceOf({ "otel/config.yaml": config })).toEqual([
      "traces OpenTelemetry Collector otel/config.yaml:10",
      "logs OpenTelemetry Collector otel/config.yaml:13",
    ]);
  });

  it("finds instrumentation libraries in every ecosystem's manifest, on their line", () => {
    const found = evidenceOf(
      {
        "go.mod":
          "module x\n\nrequire (\n\tgo.opentelemetry.io/otel/sdk/metric v1.28.0\n\tgithub.com/prometheus/client_golang v1.19.0\n)\n",
        "api/pom.xml": "<dependency>\n  <artifactId>micrometer-registry-prometheus</artifactId>\n</dependency>\n",
        "worker/requirements.txt": "Flask==3.0\n# ddtrace later\nopentelemetry-distro==0.45b0\n",
        "web/Web.csproj":
          '<Project>\n  <PackageReference Include="Serilog.Sinks.Grafana.Loki" Version="8.0.0" />\n</Project>\n',
        "package.json":
          '{\n  "devDependencies": {\n    "jest": "29"\n  },\n  "dependencies": {\n    "prom-client": "15"\n  }\n}\n',
      },
      "text",
    );
    expect(found).toEqual([
      "metrics Prometheus client go.mod:5",
      "metrics OpenTelemetry metrics go.mod:4",
      "metrics Micrometer api/pom.xml:2",
      "traces OpenTelemetry worker/requirements.txt:3",
      "logs Serilog sink web/Web.csproj:2",
      "metrics prom-client package.json:6",
    ]);
  });

  it("reads observability images in compose files and Dockerfiles, and Grafana data sources by type", () => {
    expect(
      evidenceOf(
        {
          "compose.yaml":
            "services:\n  tracing:\n    image: jaegertracing/all-in-one:1.57\n  logs:\n    image: 'docker.io/grafana/loki:3.0'\n",
          "grafana/Dockerfile": "FROM grafana/grafana:10.4.0\n",
          "grafana/datasources.yml": "apiVersion: 1\ndatasources:\n  - name: Tempo\n    type: tempo\n",
        },
        "text",
      ),
    ).toEqual([
      "traces Jaeger compose.yaml:3",
      "logs Loki compose.yaml:5",
      "compose Compose file compose.yaml:1",
      "dashboards Grafana grafana/Dockerfile:1",
      "build-context grafana grafana/Dockerfile:1",
      "build-base grafana/grafana:10.4.0 grafana/Dockerfile:1",
      "dashboards Grafana provisioning grafana/datasources.yml:2",
      "traces Grafana data source (tempo) grafana/datasources.yml:4",
    ]);
  });

  it("does not take a longer image name or a comment for a known tool", () => {
    expect(
      evidenceOf({
        "compose.yml": "services:\n  app:\n    image: prom/prometheus-exporter-foo\n    # image: grafana/loki\n",
      }),
    ).toEqual(["compose Compose file compose.yml:1"]);
  });
});

describe("infrastructure detectors", () => {
  it("names IaC tools and a cluster provisioned in code", () => {
    expect(
      evidenceOf(
        {
          "infra/eks.tf": 'module "eks" {\n  source  = "terraform-aws-modules/eks/aws"\n  version = "~> 20.0"\n}\n',
          "template.yaml":
            "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources: {}\n",
          "main.bicep": "param location string\nresource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {}\n",
        },
        "hcl",
      ),
    ).toEqual([
      "iac Terraform infra/eks.tf:1",
      "cluster-in-code Terraform cluster module infra/eks.tf:2",
      "iac AWS SAM template.yaml:2",
      "iac CloudFormation template.yaml:1",
      "iac Bicep main.bicep:1",
    ]);
  });

  it("tells Kubernetes manifests from documents that only look like them", () => {
    expect(
      evidenceOf({
        "k8s/app.yaml":
          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: y\n",
        "skaffold.yaml": "apiVersion: skaffold/v4beta6\nkind: Config\nmetadata:\n  name: app\n",
        "catalog-info.yaml": "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: app\n",
      }),
    ).toEqual(["kubernetes Kubernetes manifests k8s/app.yaml:2"]);
  });

  it("places a JSON manifest's evidence on its `kind`, where no block-YAML line holds it", () => {
    const manifest = '{\n  "apiVersion": "v1",\n  "kind": "Service",\n  "metadata": { "name": "x" }\n}\n';
    expect(evidenceOf({ "k8s/service.json": manifest }).filter((e) => e.startsWith("kubernetes "))).toEqual([
      "kubernetes Kubernetes manifests k8s/service.json:3",
    ]);
  });
});

describe("delivery detectors", () => {
  it("finds deploy steps in pipelines, never in comments", () => {
    const workflow =
      "jobs:\n  ci:\n    steps:\n      # - run: helm upgrade --install shop ./chart\n      - run: terraform plan\n      - run: terraform apply -auto-approve\n";
    expect(
      evidenceOf({ ".github/workflows/ci.yml": workflow, ".gitlab-ci.yml": "test:\n  script: npm test\n" }),
    ).toEqual([
      "ci GitHub Actions .github/workflows/ci.yml:1",
      "deploy GitHub Actions: terraform apply .github/workflows/ci.yml:6",
      "ci GitLab CI .gitlab-ci.yml:1",
    ]);
  });

  it("reads Cloud Build steps whose command is a list, and GitOps controllers", () => {
    const build =
      "steps:\n  - name: gcr.io/cloud-builders/docker\n    args: [build, .]\n  - name: gcr.io/google.com/cloudsdktool/cloud-sdk\n    entrypoint: gcloud\n    args: [run, deploy, web, --image, x]\n";
    const flux = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: shop\n";
    expect(evidenceOf({ "cloudbuild.yaml": build, "clusters/prod/shop.yaml": flux })).toEqual([
      "ci Google Cloud Build cloudbuild.yaml:1",
      "deploy Google Cloud Build: gcloud deploy cloudbuild.yaml:4",
      "kubernetes Kubernetes manifests clusters/prod/shop.yaml:2",
      "ci Flux clusters/prod/shop.yaml:2",
      "deploy Flux: HelmRelease clusters/prod/shop.yaml:2",
    ]);
  });

  it("lists each CODEOWNERS owner once, on the line it first appears", () => {
    expect(
      evidenceOf({ ".github/CODEOWNERS": "# team\n* @alice @acme/web\n/api/ @bob alice@example.com @alice\n" }, "text"),
    ).toEqual([
      "codeowner @alice .github/CODEOWNERS:2",
      "codeowner @acme/web .github/CODEOWNERS:2",
      "codeowner @bob .github/CODEOWNERS:3",
      "codeowner alice@example.com .github/CODEOWNERS:3",
    ]);
  });
});

describe("service settings", () => {
  it("take a tracing switch set to true, in Kubernetes env lists and Compose maps, for tracing evidence", () => {
    const deployment = 'env:\n  - name: ENABLE_TRACING\n    value: "true"\n';
    expect(evidenceOf({ "k8s/a.yaml": deployment, "k8s/b.yaml": deployment.replace("true", "false") })).toEqual([
      "traces tracing switched on in service settings k8s/a.yaml:2",
    ]);
  });
});

describe("defaults a platform applies", () => {
  it("counts a GKE cluster's Cloud Logging unless the cluster switches it off", () => {
    const cluster = 'resource "google_container_cluster" "main" {\n  name = "shop"\n}\n';
    expect(evidenceOf({ "gke.tf": cluster }, "hcl")).toContain("logs Cloud Logging (GKE default) gke.tf:1");
    const silent = cluster.replace('name = "shop"', 'name = "shop"\n  logging_service = "none"');
    expect(evidenceOf({ "gke.tf": silent }, "hcl").filter((e) => e.startsWith("logs"))).toEqual([]);
  });
});

describe("cluster modules", () => {
  it("count a cluster module, not its add-on submodules", () => {
    const gke =
      'module "gke" {\n  source = "terraform-google-modules/kubernetes-engine/google//modules/beta-autopilot-public-cluster"\n}\n';
    const acm = 'module "acm" {\n  source = "terraform-google-modules/kubernetes-engine/google//modules/acm"\n}\n';
    expect(evidenceOf({ "gke.tf": gke, "acm.tf": acm }, "hcl").filter((e) => !e.startsWith("iac"))).toEqual([
      "logs Cloud Logging (GKE default) gke.tf:2",
      "cluster-in-code Terraform cluster module gke.tf:2",
    ]);
  });
});

describe("evidence lines", () => {
  it("are the line the evidence's text starts on, not a blank line above it", () => {
    expect(
      evidenceOf({ "prometheus.yml": "global:\n  scrape_interval: 15s\n\n\nscrape_configs:\n  - job_name: x\n" }),
    ).toEqual(["metrics Prometheus scrape config prometheus.yml:5"]);
  });
});
