import type { IssueRecord, IssuesApi } from "../../src/action/reassessment/issues-api.js";

interface StoredIssue extends IssueRecord {
  labels: string[];
  assignees: string[];
  comments: string[];
  pullRequest?: boolean;
}

/** An in-memory repository's issues and labels, with optional failures per operation (an HTTP status). */
export class InMemoryIssues implements IssuesApi {
  issues: StoredIssue[] = [];
  labels = new Set<string>();
  calls: string[] = [];
  failures: Partial<Record<keyof IssuesApi, number>> = {};
  now = "2026-01-05T09:00:00Z";

  seed(issue: Partial<StoredIssue> & { body: string }): StoredIssue {
    const number = this.issues.length + 1;
    const stored: StoredIssue = {
      number,
      title: `issue ${number}`,
      state: "open",
      createdAt: this.now,
      url: `https://github.com/acme/shop/issues/${number}`,
      labels: [],
      assignees: [],
      comments: [],
      ...issue,
    };
    this.issues.push(stored);
    return stored;
  }

  private call(name: keyof IssuesApi, detail: string): void {
    this.calls.push(`${name} ${detail}`);
    const status = this.failures[name];
    if (status) throw Object.assign(new Error(`HTTP ${status}`), { status });
  }

  async listIssues(label: string | undefined) {
    this.call("listIssues", label ?? "*");
    return this.issues
      .filter((i) => !i.pullRequest && (label === undefined || i.labels.includes(label)))
      .sort((a, b) => b.number - a.number)
      .map(({ labels, assignees, comments, pullRequest, ...record }) => record);
  }
  async ensureLabel(name: string) {
    this.call("ensureLabel", name);
    this.labels.add(name);
  }
  /** Logins that may be assigned; any other assignee makes creation fail with 422, as on GitHub. */
  assignable = new Set(["octocat"]);

  async createIssue(issue: { title: string; body: string; labels: string[]; assignees: string[] }) {
    this.call("createIssue", issue.title);
    if (issue.assignees.some((login) => !this.assignable.has(login))) {
      throw Object.assign(new Error("Validation Failed"), { status: 422 });
    }
    const { labels, assignees, comments, pullRequest, ...record } = this.seed({ ...issue });
    return record;
  }
  async updateBody(number: number, body: string) {
    this.call("updateBody", `#${number}`);
    this.find(number).body = body;
  }
  async addComment(number: number, body: string) {
    this.call("addComment", `#${number}`);
    this.find(number).comments.push(body);
  }
  find(number: number): StoredIssue {
    const issue = this.issues.find((i) => i.number === number);
    if (!issue) throw Object.assign(new Error("not found"), { status: 404 });
    return issue;
  }
}
