import { runScan } from "../../src/app/run-scan.js";
import type { Config } from "../../src/config/config.js";
import { loadConfig } from "../../src/config/load-config.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import type { Report } from "../../src/report/report.js";

export const FIXED_NOW = new Date("2026-06-01T00:00:00Z");

/** Scans a folder as the CLI does (its own .archlint.yml included), with a fixed clock. */
export function scanFolder(root: string, config?: Config): Report {
  const loaded = config ?? loadConfig(nodeFileSystem, root).config;
  return runScan({ root, fs: nodeFileSystem, config: loaded, now: FIXED_NOW }).report;
}
