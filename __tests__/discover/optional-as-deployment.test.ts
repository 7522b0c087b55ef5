import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { setAsideSummary } from "../../src/report/inventory-summary.js";
import { makeRepo } from "../helpers/repo.js";
import { scanFolder } from "../helpers/scan.js";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

function repository(files: Record<string, string>): string {
  root = makeRepo(files);
  return root;
}

const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec: { containers: [{ name: ${name}, image: "acme/${name}:1" }] }
`;

const workflow = `on: push
jobs:
  build: { runs-on: ubuntu-latest, steps: [{ run: mvn package }] }
`;

describe("examples when nothing else deploys", () => {
  it("are the deployment of a project that keeps its manifests there; tests stay aside", () => {
    const report = scanFolder(
      repository({
        ".github/workflows/ci.yml": workflow,
        "services/webui/Dockerfile": "FROM tomcat:10\n",
        "examples/kubernetes/webui.yaml": deployment("webui"),
        "examples/kubernetes/auth.yaml": deployment("auth"),
        "tests/kubernetes/probe.yaml": deployment("probe"),
      }),
    );
    const { inventory } = report;
    expect(inventory.ownedServices.map((s) => s.name).sort()).toEqual(["auth", "webui"]);
    expect(inventory.optionalJudged).toEqual({ files: 2, reasons: ["below examples/"] });
    expect(inventory.setAside).toEqual([{ path: "tests/kubernetes/probe.yaml", role: "test", reason: "below tests/" }]);
    expect(setAsideSummary(inventory)).toMatch(
      /^nothing else deploys anything, so 2 files below examples\/ are judged as the deployed system; 1 file not judged/,
    );
    expect(report.findings.some((f) => f.file.startsWith("examples/"))).toBe(true);
  });

  it("stay aside when the repository deploys something of its own", () => {
    const report = scanFolder(
      repository({
        "deploy/webui.yaml": deployment("webui"),
        "examples/kubernetes/auth.yaml": deployment("auth"),
      }),
    );
    expect(report.inventory.ownedServices.map((s) => s.name)).toEqual(["webui"]);
    expect(report.inventory.optionalJudged).toBeUndefined();
    expect(report.findings.some((f) => f.file.startsWith("examples/"))).toBe(false);
  });
});
