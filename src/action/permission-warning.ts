/** Where the docs explain the permissions each mode needs and the fork-safe workflow. */
export const PERMISSIONS_DOCS = "https://github.com/archlint/archlint/blob/main/docs/github.md#permissions";

export type GitHubStep = "comment" | "changed-files";

const NEEDS: Record<GitHubStep, { what: string; permission: string }> = {
  comment: { what: "comment on the pull request", permission: "pull-requests: write" },
  "changed-files": { what: "read the pull request's changed files", permission: "pull-requests: read" },
};

/**
 * One line for a GitHub call that failed: a refusal (401/403/404, e.g. a fork's read-only token) names the
 * permission to grant; anything else says what was skipped. Never a stack trace.
 */
export function gitHubFailureWarning(step: GitHubStep, error: unknown): string {
  const { what, permission } = NEEDS[step];
  const status = (error as { status?: unknown })?.status;
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const consequence =
    step === "comment"
      ? "the job summary, SARIF and the gate still apply"
      : "no finding counts as new, and only-new gates on all of them";
  if (/rate limit/i.test(message ?? "")) {
    return `archlint could not ${what}: GitHub's API rate limit was reached (${message}); ${consequence}.`;
  }
  if (status === 401 || status === 403 || status === 404) {
    return `archlint could not ${what}: GitHub answered ${status} (${message}). Grant the workflow \`permissions: ${permission}\`; for pull requests from forks, whose token is read-only, use the pull_request + workflow_run pattern: ${PERMISSIONS_DOCS}. Meanwhile ${consequence}.`;
  }
  return `archlint could not ${what}: ${message}; ${consequence}.`;
}
