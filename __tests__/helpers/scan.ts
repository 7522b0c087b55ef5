import { runScan } from "../../src/app/run-scan.js";
import type { Config } from "../../src/config/config.js";
import { type LoadedConfig, loadConfig } from "../../src/config/load-config.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import type { Report } from "../../src/report/report.js";

export const FIXED_NOW = new Date("2026-06-01T00:00:00Z");

/**
 * Scans a folder as the CLI does (its own .archlint.yml included, `overrides` on top), with a fixed clock and no
 * git history: the folder lies inside archlint's own repository, whose authors say nothing about a fixture.
 */
export function scanFolder(root: string, overrides: Config = {}, now = FIXED_NOW): Report {
  const loaded: LoadedConfig = loadConfig(nodeFileSystem, root);
  const config = { ...loaded.config, ...overrides };
  return runScan({ root, fs: nodeFileSystem, config, configSource: loaded.source, now }).report;
}
