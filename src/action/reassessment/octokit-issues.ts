import type { IssueRecord, IssuesApi } from "./issues-api.js";
import { statusOf } from "./issues-api.js";

/** The one Octokit method the adapter uses, so any configured client (retry, throttling) fits. */
export interface RequestClient {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ data: unknown }>;
}

const PAGE = 100;
/** Enough for a decade of monthly runs among a busy repository's labelled issues; the newest come first. */
const MAX_PAGES = 10;
const LABEL_COLOUR = "5319e7";

interface RestIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  created_at: string;
  closed_at?: string | null;
  html_url: string;
  pull_request?: unknown;
}

const toRecord = (issue: RestIssue): IssueRecord => ({
  number: issue.number,
  title: issue.title,
  body: issue.body ?? "",
  state: issue.state === "closed" ? "closed" : "open",
  createdAt: issue.created_at,
  ...(issue.closed_at ? { closedAt: issue.closed_at } : {}),
  url: issue.html_url,
});

/** IssuesApi over GitHub's REST API: the issues list (never search, whose index lags), labels, comments. */
export function octokitIssues(client: RequestClient, repository: { owner: string; repo: string }): IssuesApi {
  const repo = { owner: repository.owner, repo: repository.repo };
  return {
    async listIssues(label) {
      const issues: IssueRecord[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await client.request("GET /repos/{owner}/{repo}/issues", {
          ...repo,
          state: "all",
          sort: "created",
          direction: "desc",
          per_page: PAGE,
          page,
          ...(label ? { labels: label } : {}),
        });
        const batch = data as RestIssue[];
        for (const issue of batch) if (!issue.pull_request) issues.push(toRecord(issue));
        if (batch.length < PAGE) break;
      }
      return issues;
    },
    async ensureLabel(name) {
      try {
        await client.request("GET /repos/{owner}/{repo}/labels/{name}", { ...repo, name });
        return;
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
      try {
        await client.request("POST /repos/{owner}/{repo}/labels", { ...repo, name, color: LABEL_COLOUR });
      } catch (error) {
        // 422: another run created it in between.
        if (statusOf(error) !== 422) throw error;
      }
    },
    async createIssue(issue) {
      const { assignees, ...rest } = issue;
      const { data } = await client.request("POST /repos/{owner}/{repo}/issues", {
        ...repo,
        ...rest,
        ...(assignees.length ? { assignees } : {}),
      });
      return toRecord(data as RestIssue);
    },
    async updateBody(number, body) {
      await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...repo,
        issue_number: number,
        body,
      });
    },
    async addComment(number, body) {
      await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: number,
        body,
      });
    },
  };
}
