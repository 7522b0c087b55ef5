import { chmodSync, copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { runScan } from "../../src/app/run-scan.js";
import { loadConfig } from "../../src/config/load-config.js";
import type { HelmRendering } from "../../src/engine/helm-charts.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { FIXED_NOW } from "../helpers/scan.js";

export const HELM_FIXTURES = join(import.meta.dirname, "..", "fixtures", "helm");
/** A repository whose deployment is one Helm chart of three services (deploy/shop). */
export const CHART_REPO = join(HELM_FIXTURES, "repo");

/** A folder holding one of the stub helms of fixtures/helm/stub as `helm`, with the committed rendering. */
export function stubBin(stub: "helm" | "helm-failing" | "helm-slow"): string {
  const bin = mkdtempSync(join(tmpdir(), "archlint-stub-helm-"));
  copyFileSync(join(HELM_FIXTURES, "stub", stub), join(bin, "helm"));
  chmodSync(join(bin, "helm"), 0o755);
  copyFileSync(join(HELM_FIXTURES, "stub", "rendering.yaml"), join(bin, "rendering.yaml"));
  return bin;
}

/** PATH with `bin` first, the system's tools (the stub's `cat`, `sleep`) after it. */
export const pathWith = (bin: string) => `${bin}${delimiter}${process.env.PATH ?? ""}`;

export function scanChart(helm: HelmRendering | undefined, root = CHART_REPO) {
  const loaded = loadConfig(nodeFileSystem, root);
  return runScan({ root, fs: nodeFileSystem, config: loaded.config, configSource: loaded.source, now: FIXED_NOW, helm })
    .report;
}

export const placed = (findings: { file: string; line: number; policy: string }[]) =>
  findings.map((f) => `${f.file}:${f.line} ${f.policy}`);
