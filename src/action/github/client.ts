import * as core from "@actions/core";
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

/** The one place the action talks to GitHub: Octokit with retries (transient 5xx) and GitHub's throttling rules. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** REST API root; GitHub Enterprise Server runners set GITHUB_API_URL to theirs. */
  apiUrl?: string;
  /** Longest wait, in seconds, for a rate limit to reset before the request is given up (and reported). */
  maxRateLimitWait?: number;
}

const DEFAULT_API_URL = "https://api.github.com";

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  // The runner masks a registered secret in every log line, so no error message can print the token.
  if (token) core.setSecret(token);
  const maxWait = options.maxRateLimitWait ?? 60;
  const waitOnce =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _: unknown, retryCount: number) => {
      if (retryCount < 1 && retryAfter <= maxWait) {
        core.info(`GitHub ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter} s`);
        return true;
      }
      core.info(`GitHub ${kind} on ${request.method} ${request.url}: giving up (reset in ${retryAfter} s)`);
      return false;
    };
  return getOctokit(
    token,
    {
      baseUrl: (options.apiUrl ?? process.env.GITHUB_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, ""),
      log: { debug: core.debug, info: core.debug, warn: core.info, error: core.info },
      throttle: { onRateLimit: waitOnce("rate limit"), onSecondaryRateLimit: waitOnce("secondary rate limit") },
    },
    retry,
    throttling,
  );
}
