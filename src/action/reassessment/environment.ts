import type { SourceLinks } from "../../report/reassessment/source-links.js";

/** The repository the run writes to: the `repository` input, else GITHUB_REPOSITORY; undefined outside a run. */
export function repositoryOf(input: string, env: NodeJS.ProcessEnv): { owner: string; repo: string } | undefined {
  const [owner, repo, ...rest] = (input || env.GITHUB_REPOSITORY || "").split("/");
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}

/**
 * Blob links on the server the run belongs to (Enterprise Server too), at the commit the run checked out. For
 * another repository (the `repository` input) GITHUB_SHA is the caller's commit, so links follow its default
 * branch (`HEAD`) instead.
 */
export function sourceLinksOf(
  repository: { owner: string; repo: string },
  env: NodeJS.ProcessEnv,
  pathPrefix: string,
): SourceLinks {
  const name = `${repository.owner}/${repository.repo}`;
  const own = name.toLowerCase() === (env.GITHUB_REPOSITORY ?? "").toLowerCase() && env.GITHUB_SHA;
  return {
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    repository: name,
    ref: own ? (env.GITHUB_SHA as string) : "HEAD",
    pathPrefix,
  };
}

export function runUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!repository || !runId) return undefined;
  return `${(env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "")}/${repository}/actions/runs/${runId}`;
}
