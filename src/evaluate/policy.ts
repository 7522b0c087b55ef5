import type { EntityKind, Severity } from "../model/types.js";

export type JsonSchema = Record<string, unknown>;

/** A policy file as users write it (validated by schemas/policy.schema.json). */
export interface Policy {
  id: string;
  title: string;
  description?: string;
  severity: Severity;
  subject: EntityKind;
  each?: string;
  when?: JsonSchema;
  assert: JsonSchema;
  params?: Record<string, unknown>;
  escalate?: { severity: Severity; when: JsonSchema }[];
  at?: string;
  message: string;
  remediation?: string;
  guide?: string;
}

/** Where a policy was loaded from: built in, or a team's own directory. */
export interface LoadedPolicy extends Policy {
  origin: { file: string; builtin: boolean };
}
