import { resolve } from "node:path";
import type { Config } from "../config/config.js";
import { preparePolicies } from "../engine/policies.js";
import { scan } from "../engine/scan.js";
import { loadPolicies } from "../evaluate/load-policies.js";
import { ConfigurationErrors, type LoadedPolicy } from "../evaluate/policy.js";
import type { FileSystem } from "../io/file-system.js";
import type { GitHistory } from "../link/link.js";
import { buildReport, type Report } from "../report/report.js";
import { TOOL } from "../version.js";
import { builtinPolicyDirectory } from "./builtin-policies.js";

export interface RunOptions {
  root: string;
  fs: FileSystem;
  config: Config;
  now: Date;
  /** The config file, relative to the root when inside it. */
  configFile?: string;
  /** Recent authors, read by the shell with `readGitHistory`. */
  gitHistory?: GitHistory;
  /** The date of the last reassessment issue, when the action found one. */
  lastReassessment?: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  report: Report;
  policies: LoadedPolicy[];
}

export function loadAllPolicies(fs: FileSystem): LoadedPolicy[] {
  const { policies, errors } = loadPolicies(fs, [
    { directory: builtinPolicyDirectory(), displayPrefix: "policies/", builtin: true },
  ]);
  if (errors.length) throw new ConfigurationErrors(errors);
  return policies;
}

/** What both shells run: policies loaded and compiled, the repository scanned, the report built. */
export function runScan(options: RunOptions): RunResult {
  const root = resolve(options.root);
  const policies = loadAllPolicies(options.fs);
  const result = scan({
    root,
    fs: options.fs,
    policies: preparePolicies(policies, options.config.policies),
    now: options.now,
    include: options.config.include,
    exclude: options.config.exclude,
    onProgress: options.onProgress,
    repository: {
      anchorFile: options.configFile,
      config: options.config,
      gitHistory: options.gitHistory,
      lastReassessment: options.lastReassessment,
    },
  });
  return { report: buildReport(result, TOOL), policies };
}
