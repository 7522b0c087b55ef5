import { runScan } from "../../src/app/run-scan.js";
import type { Config } from "../../src/config/config.js";
import { loadConfig } from "../../src/config/load-config.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import type { Report } from "../../src/report/report.js";

export const FIXED_NOW = new Date("2026-06-01T00:00:00Z");

/**
 * Scans a folder as the CLI does (its own .archlint.yml included, `overrides` on top), with a fixed clock and no
 * git history: the folder lies inside archlint's own repository, whose authors say nothing about a fixture.
 */
export function scanFolder(root: string, overrides: Config = {}): Report {
  const { config, file } = loadConfig(nodeFileSystem, root);
  return runScan({ root, fs: nodeFileSystem, config: { ...config, ...overrides }, configFile: file, now: FIXED_NOW })
    .report;
}
