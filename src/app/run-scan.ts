import { resolve } from "node:path";
import type { Config } from "../config/config.js";
import { configuredLastReview } from "../config/last-reviewed.js";
import { preparePolicies } from "../engine/policies.js";
import { scan } from "../engine/scan.js";
import { loadPolicies } from "../evaluate/load-policies.js";
import { ConfigurationErrors, type LoadedPolicy } from "../evaluate/policy.js";
import type { FileSystem } from "../io/file-system.js";
import { buildReport, type Report } from "../report/report.js";
import { TOOL } from "../version.js";
import { builtinPolicyDirectory } from "./builtin-policies.js";

export interface RunOptions {
  root: string;
  fs: FileSystem;
  config: Config;
  now: Date;
  /** The date of the most recent reassessment issue, when the action could read the repository's issues. */
  lastReassessment?: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  report: Report;
  policies: LoadedPolicy[];
}

/** The later of the issue's date and the config's, so a review recorded either way counts. */
export function latestReview(issue: string | undefined, configured: string | undefined): { lastReassessment?: string } {
  const dates = [issue, configured].filter((d): d is string => d !== undefined).sort();
  return dates.length ? { lastReassessment: dates.at(-1) as string } : {};
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
    ...latestReview(options.lastReassessment?.toISOString().slice(0, 10), configuredLastReview(options.config)),
  });
  return { report: buildReport(result, TOOL), policies };
}
