import { ConfigurationErrors } from "../config/configuration-errors.js";
import { TOOL } from "../version.js";
import { USAGE, UsageError } from "./arguments.js";

/** The CLI's exit statuses, as linters use them: scripts tell "findings" from "archlint could not run". */
export const EXIT = { clean: 0, findings: 1, usage: 2, internal: 3 } as const;

const ISSUES_URL = "https://github.com/archlint/archlint/issues";

/** A file the CLI was asked to write and could not: the user's to fix, so a usage error with its reason. */
export class OutputError extends Error {}

/**
 * What the user reads when a run fails, and its status: usage and configuration errors name what to fix (2);
 * anything else is archlint's fault (3): what failed and how to report it, the stack only with `--debug`.
 */
export function describeFailure(error: unknown, debug: boolean): { message: string; status: number } {
  if (error instanceof UsageError) return { message: `archlint: ${error.message}\n\n${USAGE}\n`, status: EXIT.usage };
  if (error instanceof OutputError) return { message: `archlint: ${error.message}\n`, status: EXIT.usage };
  if (error instanceof ConfigurationErrors) {
    return { message: `archlint: configuration error\n${error.message}\n`, status: EXIT.usage };
  }
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const detail =
    debug && error instanceof Error && error.stack
      ? `${error.stack}\n`
      : "Run again with --debug for the stack trace.\n";
  return {
    message: `archlint ${TOOL.version}: internal error: ${what}\n${detail}This is a bug in archlint, not in your manifests: please report it at ${ISSUES_URL} with the command you ran and this output.\n`,
    status: EXIT.internal,
  };
}
