import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT, runCli } from "../helpers/bundle.js";

const KUBERNETES_ONLY = join(
  PROJECT,
  "__tests__",
  "fixtures",
  "policies",
  "cluster-infrastructure-not-in-code",
  "k8s-manifests-only",
);

/** The report without what differs from run to run by design (none today; the clock is the scan's). */
const findingsOf = (stdout: string) => JSON.parse(stdout).findings;

describe("archlint's own outputs are never evidence", () => {
  it("gives the same findings before and after writing its JSON and SARIF reports into the repository", () => {
    const root = mkdtempSync(join(tmpdir(), "archlint-own-"));
    cpSync(KUBERNETES_ONLY, root, { recursive: true });
    const first = runCli(["scan", root, "--format", "json"]);
    expect(findingsOf(first.stdout).map((f: { policy: string }) => f.policy)).toContain(
      "cluster-infrastructure-not-in-code",
    );
    runCli(["scan", root, "--format", "json", "--output", join(root, "archlint-report.json")]);
    runCli(["scan", root, "--format", "sarif", "--output", join(root, "reports", "archlint.sarif.json")]);
    const second = runCli(["scan", root, "--format", "json"]);
    expect(findingsOf(second.stdout)).toEqual(findingsOf(first.stdout));
    expect(JSON.parse(second.stdout).summary).toEqual(JSON.parse(first.stdout).summary);
    expect(JSON.stringify(JSON.parse(second.stdout).inventory)).not.toContain("archlint-report.json");
  });
});
