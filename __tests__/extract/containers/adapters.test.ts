import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../../../src/engine/scan.js";
import { readPort } from "../../../src/extract/compose/ports.js";
import { databaseFromEnv } from "../../../src/extract/containers/database.js";
import { nodeFileSystem } from "../../../src/io/file-system.js";
import { imageRepository, offTheShelfCategory, serviceKey } from "../../../src/knowledge/images.js";
import type { WorkloadEntity } from "../../../src/model/types.js";

function modelOf(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), "archlint-containers-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return scan({ root, fs: nodeFileSystem, policies: [], now: new Date(0) }).model;
}
const workloads = (files: Record<string, string>) =>
  modelOf(files).entities.filter((e): e is WorkloadEntity => e.kind === "workload");

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cart
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: cart
          image: shop/cart:1
`;

describe("off-the-shelf images", () => {
  it("strips registry, tag and digest, and recognises images by name, namespace, suffix and publisher", () => {
    expect(imageRepository("registry.example.com:5000/team/app:1.2@sha256:abc")).toBe("team/app");
    expect(offTheShelfCategory("docker.io/library/postgres:16")).toBe("database");
    expect(offTheShelfCategory("bitnami/redis:7")).toBe("cache");
    expect(offTheShelfCategory("quay.io/prometheus/node-exporter:v1")).toBe("observability");
    expect(offTheShelfCategory("jaegertracing/all-in-one:1.50")).toBe("observability");
    expect(offTheShelfCategory("registry.k8s.io/metrics-server/metrics-server:v0.7")).toBe("platform");
    expect(offTheShelfCategory("acme/agent:1")).toBeUndefined();
    expect(offTheShelfCategory("gcr.io/shop/cartservice:v1")).toBeUndefined();
  });

  it("folds service names to one key across formats", () => {
    expect(["cart-service", "Cart", "cart_svc", "cart-deployment"].map(serviceKey)).toEqual([
      "cart",
      "cart",
      "cart",
      "cart",
    ]);
    expect(serviceKey("api")).toBe("api");
  });
});

describe("databases from the environment", () => {
  const ref = { file: "f", doc: 0, path: [] };
  it("reads URLs and host/name pairs, never references", () => {
    expect(
      databaseFromEnv([{ name: "MONGO_URL", value: "mongodb://user:pw@mongo:27017/catalogue", ref }])?.database,
    ).toEqual({
      host: "mongo",
      name: "catalogue",
    });
    expect(databaseFromEnv([{ name: "DATABASE_URL", value: "$(DATABASE_URL)", ref }])).toBeUndefined();
    expect(
      databaseFromEnv([
        { name: "ORDERS_DB_HOST", value: "orders-db", ref },
        { name: "POSTGRES_DB", value: "orders", ref },
      ])?.database,
    ).toEqual({ host: "orders-db", name: "orders" });
    expect(databaseFromEnv([{ name: "POSTGRES_DB", value: "orders", ref }])).toBeUndefined();
  });
});

describe("compose ports", () => {
  it("reads short and long syntax with the interface", () => {
    expect(readPort("127.0.0.1:8080:80/tcp")).toEqual({ hostIp: "127.0.0.1", published: 8080, target: 80 });
    expect(readPort("3000")).toEqual({ target: 3000 });
    expect(readPort({ target: 80, published: "8080", host_ip: "0.0.0.0" })).toEqual({
      target: 80,
      published: 8080,
      hostIp: "0.0.0.0",
    });
  });
});

describe("the Kubernetes adapter", () => {
  it("unwraps List kinds and skips Knative Services", () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n${DEPLOYMENT.replace(/^/gm, "  ").replace(/^ {2}apiVersion/, "- apiVersion")}`;
    const knative = "apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: fn\n";
    const found = workloads({ "list.yaml": list, "fn.yaml": knative });
    expect(found.map((w) => [w.name, w.replicas, w.ref.path])).toEqual([["cart", 2, ["items", 0]]]);
  });

  it("reads a base once however many overlays include it, and never a patch file as an object", () => {
    const patch = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cart\nspec:\n  replicas: 5\n";
    const found = workloads({
      "base/cart.yaml": DEPLOYMENT,
      "base/kustomization.yaml": "resources:\n  - cart.yaml\n",
      "overlays/prod/kustomization.yaml": "resources:\n  - ../../base\npatches:\n  - path: replicas.yaml\n",
      "overlays/prod/replicas.yaml": patch,
      "overlays/dev/kustomization.yaml": "resources:\n  - ../../base\npatchesStrategicMerge:\n  - replicas.yaml\n",
      "overlays/dev/replicas.yaml": patch,
    });
    expect(found.map((w) => w.source.file)).toEqual(["base/cart.yaml"]);
  });

  it("records monitoring and mesh evidence", () => {
    const model = modelOf({
      "monitor.yaml": "apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: cart\n",
      "mesh.yaml": "apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: default\n",
    });
    expect(model.evidence).toEqual(
      expect.arrayContaining([
        { category: "metrics", value: "ServiceMonitor", file: "monitor.yaml", line: 1 },
        { category: "mesh", value: "Istio PeerAuthentication", file: "mesh.yaml", line: 1 },
      ]),
    );
  });
});

describe("the compose and Helm adapters", () => {
  it("skips compose override fragments and marks built services as owned", () => {
    const found = workloads({
      "docker-compose.yml": "services:\n  cart:\n    build: ./cart\n  db:\n    image: postgres:16\n",
      "docker-compose.logging.yml": "services:\n  cart:\n    logging:\n      driver: fluentd\n",
    });
    expect(found.map((w) => [w.name, w.owned, w.ownedReason, w.stateless])).toEqual([
      ["cart", true, "build context ./cart", true],
      ["db", false, "postgres is off-the-shelf (database)", false],
    ]);
  });

  it("records chart dependencies and unrendered templates, never as parse errors", () => {
    const model = modelOf({
      "chart/Chart.yaml":
        "apiVersion: v2\nname: shop\ndependencies:\n  - name: kube-prometheus-stack\n    version: 1.0.0\n",
      "chart/templates/np.yaml":
        "{{- if .Values.np }}\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n{{- end }}\n",
    });
    expect(model.evidence).toEqual(
      expect.arrayContaining([
        { category: "chart-dependency", value: "kube-prometheus-stack", file: "chart/Chart.yaml", line: 4 },
        { category: "helm-template-kind", value: "NetworkPolicy", file: "chart/templates/np.yaml", line: 3 },
        { category: "helm-templates-unrendered", value: "chart", file: "chart/Chart.yaml", line: 1 },
      ]),
    );
  });

  it("records the names a chart's templates may render, as patterns of what each action can produce", () => {
    const model = modelOf({
      "chart/Chart.yaml": "apiVersion: v2\nname: cart\n",
      "chart/values.yaml": "worker:\n  name: cart-worker\n",
      "chart/templates/deploy.yaml": [
        '{{- $fullName := include "cart.fullname" . -}}',
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  labels:",
        "    name: ignored",
        "  name: {{ $fullName }}",
        "---",
        "apiVersion: apps/v1",
        "metadata:",
        "  name: {{ .Values.worker.name }}",
        "kind: StatefulSet",
        "---",
        "kind: Job",
        "metadata:",
        "  name: {{ .Release.Name }}-{{ .Chart.Name }}-migrate",
        "",
      ].join("\n"),
    });
    const names = model.evidence.filter((e) => e.category === "helm-template-name").map((e) => [e.value, e.line]);
    expect(names).toEqual([
      ["Deployment .*cart.*", 3],
      ["StatefulSet cart-worker", 12],
      ["Job .*-cart-migrate", 14],
    ]);
  });
});
