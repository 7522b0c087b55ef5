import { commentKey, PR_COMMENT_MARKER, type PrComment } from "../report/pr-comment.js";

export interface ExistingComment {
  id: number;
  body?: string;
  user?: { login: string; type: string } | null;
}

/**
 * archlint's own comment: it starts with the marker and was written by the token's identity. A workflow token
 * cannot ask who it is (GET /user answers 403), so without a login any bot's marked comment counts; a human who
 * pastes the marker is never taken for archlint.
 */
export function findOwnComment(comments: ExistingComment[], viewerLogin?: string): ExistingComment | undefined {
  return comments.find(
    (c) =>
      c.body?.startsWith(PR_COMMENT_MARKER) && (viewerLogin ? c.user?.login === viewerLogin : c.user?.type === "Bot"),
  );
}

export type CommentAction = { kind: "create" } | { kind: "update"; id: number } | { kind: "none"; reason: string };

/** Create once, update in place, leave alone when unchanged; a clean pull request with no comment gets none. */
export function decideComment(
  existing: ExistingComment | undefined,
  comment: PrComment,
  findings: number,
): CommentAction {
  if (!existing)
    return findings > 0 ? { kind: "create" } : { kind: "none", reason: "no findings and no earlier comment" };
  if (commentKey(existing.body ?? "") === comment.key) return { kind: "none", reason: "the comment is up to date" };
  return { kind: "update", id: existing.id };
}
