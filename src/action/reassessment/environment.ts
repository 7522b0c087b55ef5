import type { SourceLinks } from "../../report/reassessment/source-links.js";

/** `owner/repo` from GITHUB_REPOSITORY, or undefined outside a workflow run. */
export function repositoryOf(env: NodeJS.ProcessEnv): { owner: string; repo: string } | undefined {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return owner && repo && rest.length === 0 ? { owner, repo } : undefined;
}

/** Blob links at the commit the run checked out, on the server the run belongs to (Enterprise Server too). */
export function sourceLinksOf(env: NodeJS.ProcessEnv, pathPrefix: string): SourceLinks | undefined {
  const { GITHUB_REPOSITORY: repository, GITHUB_SHA: ref } = env;
  if (!repository || !ref) return undefined;
  return { serverUrl: env.GITHUB_SERVER_URL || "https://github.com", repository, ref, pathPrefix };
}

export function runUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!repository || !runId) return undefined;
  return `${(env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "")}/${repository}/actions/runs/${runId}`;
}
