import type { Location, Severity, SourceRef } from "../model/types.js";

export interface Finding {
  policy: string;
  severity: Severity;
  title: string;
  message: string;
  subject: { kind: string; name: string };
  /** Where the finding points before it is located. */
  ref: SourceRef;
  /** The declaration of the entity the finding is about; an ignore comment above it covers the finding. */
  subjectRef?: SourceRef;
  /** The policy's `at` field path on the subject, stable across line moves (for fingerprints). */
  field: string;
  location?: Location;
  /** The deployment variants the subject belongs to (see src/link/variants.ts). */
  variants?: string[];
  /** The subject's identity across variants: the same object elsewhere gives one finding, not several. */
  variantIdentity?: string;
  /** For a policy with `each`: the item judged (`iamStatements.3`), one finding per item. */
  item?: string;
  /** The system of a repository of several that a repository-level finding is about (src/link/repository/systems.ts). */
  system?: string;
  /** The same problem on the same object in other deployment variants, or in other systems. */
  related?: Location[];
}

export const PARSE_ERROR = "parse-error";

/** Not a policy: an `archlint:ignore` comment that suppressed nothing (see src/suppress/). */
export const UNUSED_SUPPRESSION = "unused-suppression";
