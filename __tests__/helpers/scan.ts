import { runScan } from "../../src/app/run-scan.js";
import type { Config } from "../../src/config/config.js";
import { type LoadedConfig, loadConfig } from "../../src/config/load-config.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import type { Report } from "../../src/report/report.js";

export const FIXED_NOW = new Date("2026-06-01T00:00:00Z");

/** Scans a folder as the CLI does (its own .archlint.yml included), with a fixed clock. */
export function scanFolder(root: string, config?: Config, now = FIXED_NOW): Report {
  const loaded: LoadedConfig = config ? { config } : loadConfig(nodeFileSystem, root);
  return runScan({ root, fs: nodeFileSystem, config: loaded.config, configSource: loaded.source, now }).report;
}
