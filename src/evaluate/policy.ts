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

/** A problem with a policy or configuration file, with the place to fix it. */
export interface ConfigurationError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export class ConfigurationErrors extends Error {
  /**
   * `settings` is the config as read, when it was read but failed its checks: what names policies in it can
   * still be checked against them, so every error comes in one pass.
   */
  constructor(
    readonly errors: ConfigurationError[],
    readonly settings?: unknown,
  ) {
    super(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join("\n"));
    this.name = "ConfigurationErrors";
  }
}
