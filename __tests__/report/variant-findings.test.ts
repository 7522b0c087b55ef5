import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAllPolicies } from "../../src/app/run-scan.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderSarif } from "../../src/report/sarif.js";
import { renderText } from "../../src/report/text.js";
import { makeRepo } from "../helpers/repo.js";
import { scanFolder } from "../helpers/scan.js";

const BUNDLE = join(
  import.meta.dirname,
  "..",
  "fixtures",
  "policies",
  "workload-without-autoscaling",
  "k8s-release-bundle-repeats-services",
);

describe("one finding per problem across deployment variants", () => {
  const report = scanFolder(BUNDLE);
  const cart = report.findings.filter((f) => f.policy === "workload-without-autoscaling" && f.subject.name === "cart");

  it("reports the problem once, with the other variant's place attached", () => {
    expect(cart).toHaveLength(1);
    expect(cart[0]?.alsoIn).toEqual([{ file: "release/kubernetes-manifests.yaml", line: 6, column: 3 }]);
    expect(report.summary.warning + report.summary.error + report.summary.notice).toBe(report.findings.length);
  });

  it("says where else in text and Markdown, and as SARIF relatedLocations", () => {
    expect(renderText(report, { colour: false })).toContain("(also in release/kubernetes-manifests.yaml:6)");
    expect(renderMarkdown(report)).toContain("also in release/kubernetes\\-manifests\\.yaml:6");
    const sarif = renderSarif(report, loadAllPolicies(nodeFileSystem)) as {
      runs: {
        results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const result = sarif.runs[0]?.results.find((r) => r.ruleId === "workload-without-autoscaling");
    expect(result?.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).toBe(
      "release/kubernetes-manifests.yaml",
    );
  });

  it("says how many files were set aside, as what, and how to include them", () => {
    const root = makeRepo({
      "deploy/app.yaml": "apiVersion: v1\nkind: Service\nmetadata: { name: app }\nspec: { selector: { app: app } }\n",
      "examples/demo.yaml": "apiVersion: v1\nkind: Service\nmetadata: { name: demo }\n",
    });
    const scanned = scanFolder(root);
    expect(scanned.inventory.setAside).toEqual([
      { path: "examples/demo.yaml", role: "optional", reason: "below examples/" },
    ]);
    expect(renderText(scanned, { colour: false })).toMatch(
      /1 file not judged as the deployed system: 1 optional \(below examples\/\); name them in the config's include/,
    );
  });

  it("reports a service once across the alternative compose files of one folder", () => {
    const compose = (extra: string) =>
      `services:\n  web:\n    image: acme/web:1\n    ports: ["80:80"]\n  api:\n    image: acme/api:1\n    ports: ["8080:8080"]\n${extra}`;
    const root = makeRepo({
      "docker/docker-compose_default.yaml": compose(""),
      "docker/docker-compose_https.yaml": compose("  tls:\n    image: acme/tls-terminator:1\n"),
    });
    const exposed = scanFolder(root).findings.filter((f) => f.policy === "services-exposed-without-gateway");
    expect(exposed.map((f) => [f.subject.name, f.file, f.alsoIn?.map((place) => place.file)])).toEqual([
      ["web", "docker/docker-compose_default.yaml", ["docker/docker-compose_https.yaml"]],
      ["api", "docker/docker-compose_default.yaml", ["docker/docker-compose_https.yaml"]],
    ]);
  });
});
