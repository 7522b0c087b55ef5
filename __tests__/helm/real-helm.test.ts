import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { findHelm, helmRendering } from "../../src/app/helm.js";
import { CHART_REPO, pathWith, scanChart, stubBin } from "./helpers.js";

/**
 * The real helm, where it is on PATH (GitHub's Ubuntu runners; .github/workflows/test.yml sets
 * ARCHLINT_REQUIRE_HELM so that there a missing helm fails instead of skipping).
 */
const helm = findHelm();
if (!helm && process.env.ARCHLINT_REQUIRE_HELM) throw new Error("ARCHLINT_REQUIRE_HELM is set but helm is not on PATH");

describe.skipIf(!helm)("Helm charts rendered by the real helm", () => {
  test("the fixture chart reads as with the stub: the committed rendering is what helm prints", () => {
    const real = scanChart(helmRendering(CHART_REPO));
    const stub = scanChart(helmRendering(CHART_REPO, true, { PATH: pathWith(stubBin("helm")) }));
    expect(real.helm).toEqual({ rendered: ["deploy/shop"], notRendered: [] });
    expect(real.findings).toEqual(stub.findings);
    expect(real.inventory).toEqual(stub.inventory);
  });

  test("a dependency the chart does not vendor: no download, the values reading and a notice", () => {
    const root = mkdtempSync(join(tmpdir(), "helm-dependency-"));
    cpSync(CHART_REPO, root, { recursive: true });
    writeFileSync(
      join(root, "deploy", "shop", "Chart.yaml"),
      "apiVersion: v2\nname: shop\nversion: 1.4.0\ndependencies:\n  - name: redis\n    version: 18.0.0\n    repository: https://charts.bitnami.com/bitnami\n",
    );
    const report = scanChart(helmRendering(root), root);
    expect(report.helm?.rendered).toEqual([]);
    expect(report.findings.find((f) => f.policy === "parse-error")?.message).toMatch(
      /^deploy\/shop could not be rendered by helm template \(.*redis.*\): read from values\.yaml only$/,
    );
  });
});
