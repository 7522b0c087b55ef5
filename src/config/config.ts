import type { Severity } from "../model/types.js";

export type FailOn = Severity | "never";

export type PolicySetting = "off" | { severity?: Severity; params?: Record<string, unknown> };

/** `.archlint.yml`: what the team tunes without forking archlint. */
export interface Config {
  include?: string[];
  exclude?: string[];
  failOn?: FailOn;
  policies?: Record<string, PolicySetting>;
  policyPaths?: string[];
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
  /** The date of the last architecture review (YAML date or ISO string). */
  lastReviewed?: string | Date;
}

export interface Config {
  team?: TeamConfig;
  workload?: WorkloadConfig;
  reassessment?: ReassessmentConfig;
}
