import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import type { ChartRenderer } from "../../src/engine/helm-charts.js";
import { placed, scanChart } from "./helpers.js";

const DEPLOYMENT = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: ${name}
          image: registry.example.com/${name}:1
`;

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "helm-subcharts-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test("a chart renders once with its subcharts: unpacked ones on their templates, archived ones on Chart.yaml", () => {
  const root = repository({
    "chart/Chart.yaml":
      "apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: cache\n    version: 1.0.0\n",
    "chart/values.yaml": "image:\n  repository: registry.example.com/app\n",
    "chart/templates/app.yaml": DEPLOYMENT("app"),
    "chart/charts/worker/Chart.yaml": "apiVersion: v2\nname: worker\nversion: 1.0.0\n",
    "chart/charts/worker/values.yaml": "image:\n  repository: registry.example.com/worker\n",
    "chart/charts/worker/templates/worker.yaml": DEPLOYMENT("worker"),
  });
  const calls: string[] = [];
  const render: ChartRenderer = ({ directory, release }) => {
    calls.push(`${release} ${directory}`);
    return {
      text: [
        "---\n# Source: app/templates/app.yaml",
        DEPLOYMENT("app"),
        "---\n# Source: app/charts/worker/templates/worker.yaml",
        DEPLOYMENT("worker"),
        "---\n# Source: app/charts/cache/templates/cache.yaml",
        DEPLOYMENT("cache"),
      ].join("\n"),
    };
  };
  const report = scanChart({ render }, root);
  expect(calls).toEqual([`app ${join(root, "chart")}`]);
  expect(report.helm).toEqual({ rendered: ["chart"], notRendered: [] });
  expect(placed(report.findings.filter((f) => f.policy === "workload-without-autoscaling"))).toEqual([
    "chart/Chart.yaml:1 workload-without-autoscaling",
    "chart/charts/worker/templates/worker.yaml:6 workload-without-autoscaling",
    "chart/templates/app.yaml:6 workload-without-autoscaling",
  ]);
  // The values of a rendered chart and of its subcharts are not read again as `helm create` workloads.
  expect(report.inventory.ownedServices.map((s) => `${s.name} ${s.platforms.join(",")}`).sort()).toEqual([
    "app kubernetes",
    "cache kubernetes",
    "worker kubernetes",
  ]);
});

test("a template the config excludes stays out of the rendering", () => {
  const root = repository({
    ".archlint.yml": 'exclude: ["chart/templates/legacy.yaml"]\n',
    "chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
    "chart/templates/app.yaml": DEPLOYMENT("app"),
    "chart/templates/legacy.yaml": DEPLOYMENT("legacy"),
  });
  const text = ["app", "legacy"].map((n) => `---\n# Source: app/templates/${n}.yaml\n${DEPLOYMENT(n)}`).join("");
  const report = scanChart({ render: () => ({ text }) }, root);
  expect(report.inventory.ownedServices.map((s) => s.name)).toEqual(["app"]);
});

test("a Source header naming a path outside the chart is never read: its objects land on Chart.yaml", () => {
  const root = repository({
    "repo/chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\n",
    "repo/chart/templates/app.yaml": DEPLOYMENT("app"),
    "outside.yaml": "secret: do not read\n",
  });
  const text = `---\n# Source: app/../../../outside.yaml\n${DEPLOYMENT("app")}`;
  const report = scanChart({ render: () => ({ text }) }, join(root, "repo"));
  expect(placed(report.findings.filter((f) => f.policy === "workload-without-autoscaling"))).toEqual([
    "chart/Chart.yaml:1 workload-without-autoscaling",
  ]);
});
