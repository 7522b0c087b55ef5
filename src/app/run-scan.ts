import { resolve } from "node:path";
import { checkPolicyReferences } from "../config/check-references.js";
import type { Config } from "../config/config.js";
import { type ConfigurationError, ConfigurationErrors } from "../config/configuration-errors.js";
import { customPolicySources } from "../config/custom-policies.js";
import { type ConfigSource, type LoadedConfig, loadConfig } from "../config/load-config.js";
import type { HelmRendering } from "../engine/helm-charts.js";
import { preparePolicies } from "../engine/policies.js";
import { scan } from "../engine/scan.js";
import { loadPolicies } from "../evaluate/load-policies.js";
import type { LoadedPolicy } from "../evaluate/policy.js";
import type { FileSystem } from "../io/file-system.js";
import type { GitHistory } from "../link/link.js";
import { buildReport, type Report } from "../report/report.js";
import { TOOL } from "../version.js";
import { awsActionCatalog } from "./aws-actions.js";
import { builtinPolicyDirectory } from "./builtin-policies.js";

export interface RunOptions {
  root: string;
  fs: FileSystem;
  config: Config;
  /** The config file, when there is one: its name for messages and waivers, and the lines of its values. */
  configSource?: ConfigSource;
  now: Date;
  /** Recent authors, read by the shell with `readGitHistory` when link asks for them. */
  gitHistory?: () => GitHistory | undefined;
  /** `helm template` for the charts (`helmRendering`), or why there is none. */
  helm?: HelmRendering;
  /** The date of the last reassessment issue, when the action found one. */
  lastReassessment?: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  report: Report;
  policies: LoadedPolicy[];
}

/**
 * The built-in policies, plus (given a root) the repository's own from `.archlint/policies/` and `policyPaths`,
 * checked against the config's references to them. Any problem is a configuration error with its file and line.
 */
export function loadAllPolicies(fs: FileSystem, root?: string, loaded: LoadedConfig = { config: {} }): LoadedPolicy[] {
  const custom = root ? customPolicySources(fs, resolve(root), loaded) : { sources: [], errors: [] };
  const { policies, errors } = loadPolicies(fs, [
    { directory: builtinPolicyDirectory(), displayPrefix: "policies/", builtin: true },
    ...custom.sources,
  ]);
  const problems = [...custom.errors, ...errors];
  if (problems.length === 0) problems.push(...checkPolicyReferences(loaded, policies));
  if (problems.length) throw new ConfigurationErrors(problems);
  return policies;
}

/**
 * The config, with every problem in one pass: when its own checks fail, the policy ids and params it names are
 * checked too (as far as its shape allows), so a user fixes everything at once.
 */
export function loadCheckedConfig(fs: FileSystem, root: string, explicit?: string): LoadedConfig {
  try {
    return loadConfig(fs, root, explicit);
  } catch (error) {
    if (!(error instanceof ConfigurationErrors) || error.settings === undefined) throw error;
    throw new ConfigurationErrors([...error.errors, ...referenceErrors(fs, root, error.settings as LoadedConfig)]);
  }
}

function referenceErrors(fs: FileSystem, root: string, loaded: LoadedConfig): ConfigurationError[] {
  try {
    loadAllPolicies(fs, root, loaded);
    return [];
  } catch (error) {
    // A config whose shape is wrong may not be walkable: its schema errors already say what to fix.
    return error instanceof ConfigurationErrors ? error.errors : [];
  }
}

/** What both shells run: policies loaded and compiled, the repository scanned, the report built. */
export function runScan(options: RunOptions): RunResult {
  const root = resolve(options.root);
  const { config, configSource } = options;
  const policies = loadAllPolicies(options.fs, root, { config, source: configSource });
  const result = scan({
    root,
    fs: options.fs,
    policies: preparePolicies(policies, config.policies, configSource?.file),
    now: options.now,
    include: config.include,
    exclude: config.exclude,
    config,
    configFile: configSource?.file,
    locateInConfig: configSource?.locate,
    policyIds: policies.map((p) => p.id),
    onProgress: options.onProgress,
    helm: options.helm,
    repository: {
      gitHistory: options.gitHistory,
      lastReassessment: options.lastReassessment,
      awsActions: awsActionCatalog,
    },
  });
  return { report: buildReport(result, TOOL, policies), policies };
}
