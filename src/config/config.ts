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
  /** When the team last reassessed its architecture (ISO date), for `architecture-reassessment-overdue`. */
  reassessment?: { lastReviewed?: string };
}
