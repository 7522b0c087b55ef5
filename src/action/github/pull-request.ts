import type { PullRequestFile } from "../../report/changed-lines.js";
import { PR_COMMENT_MARKER, type PrComment } from "../../report/pr-comment.js";
import { decideComment, findOwnComment } from "../sticky-comment.js";
import type { GitHubClient } from "./client.js";

export interface RepositoryRef {
  owner: string;
  repo: string;
}

/** Every file of a pull request with its patch (paged: a PR can touch up to 3,000 files). */
export async function listPullRequestFiles(
  client: GitHubClient,
  repository: RepositoryRef,
  pullNumber: number,
): Promise<PullRequestFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repository,
    pull_number: pullNumber,
    per_page: 100,
  });
  return files.map(({ filename, status, patch }) => ({ filename, status, ...(patch === undefined ? {} : { patch }) }));
}

/** Creates, updates or leaves alone archlint's one comment on a pull request; says which it did. */
export async function upsertStickyComment(
  client: GitHubClient,
  repository: RepositoryRef,
  issueNumber: number,
  comment: PrComment,
  findings: number,
): Promise<string> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repository,
    issue_number: issueNumber,
    per_page: 100,
  });
  let existing = findOwnComment(comments);
  if (!existing && comments.some((c) => c.body?.startsWith(PR_COMMENT_MARKER) && c.user?.type !== "Bot")) {
    // Marked comments by a user account: ours only if the token is that user (a PAT); a workflow token gets 403.
    const login = await client.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      () => undefined,
    );
    if (login) existing = findOwnComment(comments, login);
  }
  const action = decideComment(existing, comment, findings);
  if (action.kind === "create") {
    const { data } = await client.rest.issues.createComment({
      ...repository,
      issue_number: issueNumber,
      body: comment.body,
    });
    return `created ${data.html_url}`;
  }
  if (action.kind === "update") {
    const { data } = await client.rest.issues.updateComment({
      ...repository,
      comment_id: action.id,
      body: comment.body,
    });
    return `updated ${data.html_url}`;
  }
  return `left alone: ${action.reason}`;
}
