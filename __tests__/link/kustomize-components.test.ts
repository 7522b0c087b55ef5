import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanFolder } from "../helpers/scan.js";

const FIXTURE = join(
  __dirname,
  "..",
  "fixtures",
  "policies",
  "workload-missing-probes",
  "kustomize-unused-component-and-examples",
);
const COMPONENT = "kustomize/components/debug-tools/toolbox.yaml";

describe("Kustomize components no kustomization includes", () => {
  it("are set aside as optional, named in the report's set-aside count, and judge nothing", () => {
    const report = scanFolder(FIXTURE);
    expect(report.inventory.setAside).toContainEqual({
      path: COMPONENT,
      role: "optional",
      reason: "in a Kustomize component no kustomization includes",
    });
    expect(report.findings.filter((f) => f.file === COMPONENT)).toEqual([]);
  });

  it("are judged when the config's include names the folder of components", () => {
    const report = scanFolder(FIXTURE, { include: ["kustomize/**", "kustomize/components/**"] });
    expect(report.inventory.setAside.map((f) => f.path)).not.toContain(COMPONENT);
    expect(report.findings.filter((f) => f.file === COMPONENT).map((f) => f.policy)).toContain(
      "workload-missing-probes",
    );
  });
});
