/** An issue as the reassessment sync sees it. */
export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  /** ISO timestamps, as the REST API returns them. */
  createdAt: string;
  closedAt?: string;
  url: string;
}

/**
 * The few issue operations the reassessment needs, so the sync logic is tested against an in-memory fake and
 * the REST calls live in one adapter. Errors carry the HTTP `status`, as Octokit's RequestError does.
 */
export interface IssuesApi {
  /** Issues (not pull requests) in every state carrying `label` (every issue when undefined), newest first. */
  listIssues(label: string | undefined): Promise<IssueRecord[]>;
  /** Creates the label when the repository does not have it yet. */
  ensureLabel(name: string): Promise<void>;
  createIssue(issue: { title: string; body: string; labels: string[]; assignees: string[] }): Promise<IssueRecord>;
  updateBody(number: number, body: string): Promise<void>;
  addComment(number: number, body: string): Promise<void>;
}

/** The HTTP status of a failed API call, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}
