import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inventoryRows } from "../../src/report/inventory-summary.js";
import { scanFolder } from "../helpers/scan.js";

describe("the inventory of a repository with a Helm chart", () => {
  it("says which charts' templates were not rendered", () => {
    const root = mkdtempSync(join(tmpdir(), "archlint-helm-"));
    mkdirSync(join(root, "deploy", "shop", "templates"), { recursive: true });
    writeFileSync(join(root, "deploy", "shop", "Chart.yaml"), "apiVersion: v2\nname: shop\nversion: 1.0.0\n");
    writeFileSync(join(root, "deploy", "shop", "templates", "deployment.yaml"), "kind: Deployment\n{{ .Values.x }}\n");
    const { inventory, findings } = scanFolder(root);
    expect(inventory.unrenderedHelmCharts).toEqual(["deploy/shop"]);
    expect(inventoryRows(inventory)).toContainEqual({
      label: "Helm templates",
      value: "not rendered, read through values.yaml: deploy/shop",
    });
    expect(findings.filter((f) => f.policy === "parse-error")).toEqual([]);
  });
});
