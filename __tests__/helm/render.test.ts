import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { helmRenderer, helmRendering } from "../../src/app/helm.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";
import { CHART_REPO, pathWith, placed, scanChart, stubBin } from "./helpers.js";

const CHART = join(CHART_REPO, "deploy", "shop");

describe("Helm charts rendered by a stub helm on PATH", () => {
  const bin = stubBin("helm");
  const report = scanChart(helmRendering(CHART_REPO, true, { PATH: pathWith(bin) }));

  test("helm saw exactly the documented arguments: release, chart, --skip-tests, the config's values files", () => {
    expect(readFileSync(join(bin, "argv.txt"), "utf8").trim().split("\n")).toEqual([
      "template",
      "shop",
      CHART,
      "--skip-tests",
      "--values",
      join(CHART, "values-production.yaml"),
    ]);
  });

  test("helm ran with no configuration, plugins or cache of the user's", () => {
    const env = readFileSync(join(bin, "env.txt"), "utf8").trim().split("\n");
    const home = /^HOME=(.*)$/.exec(env.find((line) => line.startsWith("HOME=")) ?? "")?.[1] ?? "";
    expect(home).toMatch(/archlint-helm-/);
    expect(env).toEqual([
      `HELM_CACHE_HOME=${home}/cache`,
      `HELM_CONFIG_HOME=${home}/config`,
      `HELM_DATA_HOME=${home}/data`,
      "HELM_NO_PLUGINS=1",
      `HELM_PLUGINS=${home}/plugins`,
      `HOME=${home}`,
    ]);
    expect(existsSync(home)).toBe(false);
  });

  test("the chart's services are the system's", () => {
    expect(report.inventory.ownedServices.map((s) => s.name)).toEqual(["cart", "catalogue", "web"]);
    expect(report.helm).toEqual({ rendered: ["deploy/shop"], notRendered: [] });
  });

  test("workload findings land on the template lines that produced them, saying they were rendered", () => {
    const inTemplates = report.findings.filter((f) => f.file.includes("/templates/"));
    expect(placed(inTemplates)).toEqual([
      "deploy/shop/templates/cart.yaml:1 workload-not-network-isolated",
      "deploy/shop/templates/cart.yaml:8 workload-without-autoscaling",
      "deploy/shop/templates/catalogue.yaml:1 workload-not-network-isolated",
      "deploy/shop/templates/catalogue.yaml:8 workload-without-autoscaling",
      "deploy/shop/templates/catalogue.yaml:18 workload-missing-probes",
      "deploy/shop/templates/hpa.yaml:11 hpa-min-replicas-below-two",
      "deploy/shop/templates/web.yaml:1 workload-not-network-isolated",
    ]);
    for (const finding of inTemplates) expect(finding.message).toMatch(/\(as rendered by helm template\)$/);
    expect(report.findings.some((f) => f.policy === "parse-error")).toBe(false);
  });

  test("the autoscaler the production values turn on scales web: web is not reported as fixed", () => {
    expect(report.findings.some((f) => f.policy === "workload-without-autoscaling" && f.subject.name === "web")).toBe(
      false,
    );
  });
});

describe("without helm", () => {
  const today = scanChart(undefined);
  const report = scanChart(helmRendering(CHART_REPO, true, { PATH: mkdtempSync(join(tmpdir(), "no-helm-")) }));

  test("exactly today's findings, and the charts not rendered with why", () => {
    expect(report.findings).toEqual(today.findings);
    expect(report.inventory).toEqual(today.inventory);
    expect(today.helm).toBeUndefined();
    expect(report.helm).toEqual({
      rendered: [],
      notRendered: [{ chart: "deploy/shop", reason: "helm is not on PATH" }],
    });
  });

  test("one line in text and Markdown says how to have them rendered", () => {
    const line = "1 Helm chart read from values.yaml only: install helm to render them";
    expect(
      renderText(report, { colour: false })
        .split("\n")
        .filter((l) => l === line),
    ).toHaveLength(1);
    expect(renderText(today, { colour: false })).not.toContain("Helm chart");
    expect(renderMarkdown(report)).toContain("1 Helm chart read from values\\.yaml only: install helm to render them");
  });

  test("--no-helm: not rendered even with helm on PATH, and the line says so", () => {
    const bin = stubBin("helm");
    const off = scanChart(helmRendering(CHART_REPO, false, { PATH: pathWith(bin) }));
    expect(existsSync(join(bin, "argv.txt"))).toBe(false);
    expect(off.findings).toEqual(today.findings);
    expect(renderText(off, { colour: false })).toContain(
      "1 Helm chart read from values.yaml only: rendering turned off by --no-helm",
    );
  });
});

describe("a chart that does not render falls back to its values, with a notice that says why", () => {
  test("helm fails (a dependency not vendored)", () => {
    const today = scanChart(undefined);
    const report = scanChart(helmRendering(CHART_REPO, true, { PATH: pathWith(stubBin("helm-failing")) }));
    const notices = report.findings.filter((f) => f.policy === "parse-error");
    expect(notices.map((f) => `${f.file}:${f.line} ${f.severity} ${f.message}`)).toEqual([
      "deploy/shop/Chart.yaml:1 notice deploy/shop could not be rendered by helm template (An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: redis): read from values.yaml only",
    ]);
    expect(report.findings.filter((f) => f.policy !== "parse-error")).toEqual(today.findings);
    expect(report.helm?.notRendered[0]?.reason).toMatch(/missing in charts\/ directory: redis/);
    expect(renderText(report, { colour: false })).toContain("helm template failed (see the notices)");
  });

  test("helm runs past its time: killed at the bound", () => {
    const render = helmRenderer(join(stubBin("helm-slow"), "helm"), CHART_REPO, process.env, {
      timeoutMs: 300,
      maxBytes: 1024,
    });
    const started = Date.now();
    expect(render({ directory: CHART, release: "shop", valuesFiles: [] })).toEqual({
      error: "helm template did not finish within 0.3 s",
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("a rendering over the size bound is refused", () => {
    const render = helmRenderer(join(stubBin("helm"), "helm"), CHART_REPO, process.env, {
      timeoutMs: 10_000,
      maxBytes: 1024,
    });
    expect(render({ directory: CHART, release: "shop", valuesFiles: [] })).toEqual({
      error: "its rendering is larger than 1 KB",
    });
  });

  test("a values file the config names outside the scanned folder is never handed to helm", () => {
    const root = mkdtempSync(join(tmpdir(), "helm-outside-"));
    cpSync(CHART_REPO, root, { recursive: true });
    writeFileSync(join(root, ".archlint.yml"), "helm:\n  valuesFiles:\n    deploy/shop: [../secrets.yaml]\n");
    const bin = stubBin("helm");
    const report = scanChart(helmRendering(root, true, { PATH: pathWith(bin) }), root);
    expect(existsSync(join(bin, "argv.txt"))).toBe(false);
    expect(report.findings.find((f) => f.policy === "parse-error")?.message).toContain(
      "the values file ../secrets.yaml named in the config is outside the scanned folder",
    );
  });
});
