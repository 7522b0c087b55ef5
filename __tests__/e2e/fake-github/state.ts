/** The in-memory repository the fake GitHub API serves: issues (pull requests are issues too), comments, labels. */

export interface FakeUser {
  login: string;
  id: number;
  type: "User" | "Bot";
}

/** The author of everything a workflow's GITHUB_TOKEN writes. */
export const GITHUB_ACTIONS_BOT: FakeUser = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  state_reason: string | null;
  labels: FakeLabel[];
  user: FakeUser;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Set for pull requests, which GitHub also lists as issues. */
  pull?: { headSha: string; baseSha: string; files: FakePullFile[] };
}

export interface FakeComment {
  id: number;
  issue_number: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

/** One entry of `GET /pulls/{n}/files`; `patch` is absent for binary or very large diffs, as on GitHub. */
export interface FakePullFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  additions: number;
  deletions: number;
  patch?: string;
  previous_filename?: string;
}

export class FakeRepository {
  readonly issues = new Map<number, FakeIssue>();
  readonly comments: FakeComment[] = [];
  readonly labels = new Map<string, FakeLabel>();
  private nextId = 1000;
  private nextNumber = 1;
  private tick = 0;

  constructor(
    readonly owner: string,
    readonly repo: string,
    /** Who the token authenticates as; comments and issues it writes carry this author. */
    readonly viewer: FakeUser = GITHUB_ACTIONS_BOT,
  ) {}

  get fullName(): string {
    return `${this.owner}/${this.repo}`;
  }

  /** A deterministic, strictly increasing clock, so `updated_at` changes on every write. */
  now(): string {
    this.tick += 1;
    return new Date(Date.UTC(2026, 0, 1, 0, 0, this.tick)).toISOString().replace(".000Z", "Z");
  }

  id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  addPullRequest(options: { number?: number; headSha: string; baseSha?: string; files: FakePullFile[] }): FakeIssue {
    const issue = this.addIssue({ number: options.number, title: "A pull request", user: OTHER_USER });
    issue.pull = { headSha: options.headSha, baseSha: options.baseSha ?? "0".repeat(40), files: options.files };
    return issue;
  }

  addIssue(options: {
    number?: number;
    title: string;
    body?: string | null;
    labels?: string[];
    user?: FakeUser;
    state?: "open" | "closed";
  }): FakeIssue {
    const number = options.number ?? this.nextNumber;
    this.nextNumber = Math.max(this.nextNumber, number + 1);
    const created = this.now();
    const issue: FakeIssue = {
      id: this.id(),
      number,
      title: options.title,
      body: options.body ?? null,
      state: options.state ?? "open",
      state_reason: null,
      labels: (options.labels ?? []).map((name) => this.ensureLabel(name)),
      user: options.user ?? this.viewer,
      created_at: created,
      updated_at: created,
      closed_at: options.state === "closed" ? created : null,
    };
    this.issues.set(number, issue);
    return issue;
  }

  addComment(issueNumber: number, body: string, user: FakeUser = this.viewer): FakeComment {
    const created = this.now();
    const comment = { id: this.id(), issue_number: issueNumber, body, user, created_at: created, updated_at: created };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number): FakeComment[] {
    return this.comments.filter((c) => c.issue_number === issueNumber);
  }

  /** A label by name; GitHub creates a missing one (grey, no description) when it is added to an issue. */
  ensureLabel(name: string, color = "ededed", description: string | null = null): FakeLabel {
    const existing = this.labels.get(name.toLowerCase());
    if (existing) return existing;
    const label = { id: this.id(), name, color, description };
    this.labels.set(name.toLowerCase(), label);
    return label;
  }
}

/** A human contributor, for pull requests and comments that are not the action's. */
export const OTHER_USER: FakeUser = { login: "octocat", id: 583231, type: "User" };
