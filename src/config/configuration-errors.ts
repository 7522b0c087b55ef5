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
