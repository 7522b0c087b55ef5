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

/** `.archlint.yml`: what the team tunes without forking archlint (validated by schemas/config.schema.json). */
export interface Config {
  include?: string[];
  exclude?: string[];
  team?: { size?: number; devopsExpertise?: boolean };
  workload?: { traffic?: "steady" | "spiky" | "unpredictable"; shortLived?: boolean };
  reassessment?: { lastReviewed?: string; intervalMonths?: number };
  failOn?: FailOn;
  policies?: Record<string, PolicySetting>;
  policyPaths?: string[];
  waivers?: Waiver[];
  allowInlineIgnores?: boolean;
  unwaivable?: string[];
}
