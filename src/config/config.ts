import type { Severity } from "../model/types.js";

export type FailOn = Severity | "never";

export type PolicySetting = "off" | { severity?: Severity; params?: Record<string, unknown> };

/** A config waiver: findings of `policy` in files matching `path` (and about `subject`) are accepted until `expires`. */
export interface Waiver {
  policy: string;
  path: string;
  subject?: string;
  reason: string;
  /** The last day (YYYY-MM-DD, UTC) the waiver applies. */
  expires: string;
}

/** Who runs the system: read by the team policies and the decision framework. */
export interface TeamConfig {
  /** Engineers who build and run what the repository deploys. */
  size?: number;
  /** Whether the team has the operations skills a container platform asks for. */
  devopsExpertise?: boolean;
}

/** The workload's profile, as the team knows it: the guide's decision framework reads it first. */
export interface WorkloadConfig {
  traffic?: "steady" | "spiky" | "unpredictable";
  /** Whether most work is short-lived (event handling, jobs), rather than long-running processes. */
  shortLived?: boolean;
}

export interface ReassessmentConfig {
  /** The date of the last architecture review (YYYY-MM-DD). */
  lastReviewed?: string;
  /** How often the team reassesses, in months. */
  intervalMonths?: number;
}

/** How Helm charts are rendered when `helm` is on PATH. */
export interface HelmConfig {
  /** Per chart folder (relative to the root), values files (relative to the root) rendered after its values.yaml. */
  valuesFiles?: Record<string, string[]>;
}

/** One system of a repository that holds several: its name and the folders (or globs) of its files. */
export interface SystemConfig {
  name: string;
  path?: string;
  paths?: string[];
}

/** `.archlint.yml`: what the team tunes without forking archlint (validated by schemas/config.schema.json). */
export interface Config {
  include?: string[];
  exclude?: string[];
  team?: TeamConfig;
  workload?: WorkloadConfig;
  reassessment?: ReassessmentConfig;
  systems?: SystemConfig[];
  failOn?: FailOn;
  policies?: Record<string, PolicySetting>;
  policyPaths?: string[];
  waivers?: Waiver[];
  allowInlineIgnores?: boolean;
  unwaivable?: string[];
  helm?: HelmConfig;
}
