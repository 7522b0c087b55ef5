import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHART_REPO, pathWith, placed, stubBin } from "../helm/helpers.js";
import { runCli } from "../helpers/bundle.js";

/** dist/cli.js with a stub helm on PATH, with none, and with --no-helm. */
describe("dist/cli.js and Helm charts", () => {
  const scan = (path: string, extra: string[] = []) =>
    runCli(["scan", CHART_REPO, "--format", "json", "--fail-on", "never", ...extra], { env: { PATH: path } });

  it("renders the chart with the helm on PATH: its services, and findings on the templates' lines", () => {
    const bin = stubBin("helm");
    const { status, stdout } = scan(pathWith(bin));
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(readFileSync(join(bin, "argv.txt"), "utf8").split("\n").slice(0, 4)).toEqual([
      "template",
      "shop",
      join(CHART_REPO, "deploy", "shop"),
      "--skip-tests",
    ]);
    expect(report.helm).toEqual({ rendered: ["deploy/shop"], notRendered: [] });
    expect(report.inventory.ownedServices.map((s: { name: string }) => s.name)).toEqual(["cart", "catalogue", "web"]);
    expect(placed(report.findings)).toContain("deploy/shop/templates/catalogue.yaml:18 workload-missing-probes");
  });

  it("without helm: the values reading and one line on how to have the chart rendered", () => {
    const empty = mkdtempSync(join(tmpdir(), "no-helm-"));
    const nodeOnly = `${empty}:${join(process.execPath, "..")}`;
    const text = runCli(["scan", CHART_REPO, "--fail-on", "never"], { env: { PATH: nodeOnly } }).stdout;
    expect(text).toContain("1 Helm chart read from values.yaml only: install helm to render them\n");
    expect(text).not.toContain("templates/");
  });

  it("--no-helm: helm on PATH is not run", () => {
    const bin = stubBin("helm");
    const report = JSON.parse(scan(pathWith(bin), ["--no-helm"]).stdout);
    expect(existsSync(join(bin, "argv.txt"))).toBe(false);
    expect(report.helm.notRendered).toEqual([{ chart: "deploy/shop", reason: "rendering turned off (--no-helm)" }]);
  });
});
