import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type MatchedRequest, RequestChecker } from "./schema-check.js";
import { type FakeComment, type FakeIssue, type FakeLabel, FakeRepository, type FakeUser } from "./state.js";

/**
 * A fake GitHub REST API on 127.0.0.1: one repository kept in memory, every request matched to an operation of
 * GitHub's OpenAPI description and its path, query and body checked against that operation's schemas. A request
 * the checker refuses gets a 422 (and is recorded with its errors), so a test sees it both ways.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  query: Record<string, unknown>;
  body: unknown;
  status: number;
  /** Why the request did not match GitHub's schema; empty for a valid one. */
  errors: string[];
}

export interface FailureRule {
  operationId: string;
  status: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many matching requests fail; every one when absent. */
  times?: number;
}

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  token?: string;
  /** Who the token is. With the default (a workflow's GITHUB_TOKEN) `GET /user` is refused with 403, as on GitHub. */
  viewer?: FakeUser;
  userEndpointAllowed?: boolean;
}

type Handler = (request: MatchedRequest, body: Record<string, unknown>, url: URL) => { status: number; data: unknown };

export class FakeGitHub {
  readonly repository: FakeRepository;
  readonly requests: RecordedRequest[] = [];
  readonly token: string;
  private readonly checker = new RequestChecker();
  private readonly failures: FailureRule[] = [];
  private readonly server: Server;
  private readonly userEndpointAllowed: boolean;
  url = "";

  private constructor(options: FakeGitHubOptions) {
    this.repository = new FakeRepository(options.owner ?? "octo-org", options.repo ?? "octo-repo", options.viewer);
    this.token = options.token ?? "ghs_fakeToken0123456789abcdefghijklmnopqrs";
    this.userEndpointAllowed = options.userEndpointAllowed ?? options.viewer?.type === "User";
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500, { "content-type": "application/json" });
        response.end(JSON.stringify({ message: String(error) }));
      });
    });
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const fake = new FakeGitHub(options);
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  /** Makes the next `times` (default: every) requests to an operation fail with a status and GitHub's error body. */
  fail(rule: FailureRule): void {
    this.failures.push({ ...rule });
  }

  /** The recorded requests to one operation, in order. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  /** Every request that did not match GitHub's schemas (should be empty in every test). */
  invalidRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.errors.length > 0);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const raw = await readBody(request);
    let body: unknown;
    const record: RecordedRequest = {
      method: request.method ?? "GET",
      path: url.pathname,
      query: {},
      body: undefined,
      status: 0,
      errors: [],
    };
    this.requests.push(record);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      response.end(data === undefined ? "" : JSON.stringify(data));
    };
    if (raw.length) {
      try {
        body = JSON.parse(raw);
      } catch {
        record.errors.push("body is not JSON");
        return send(400, { message: "Problems parsing JSON" });
      }
    }
    record.body = body;
    const matched = this.checker.match(record.method, url, body);
    if (!matched) {
      record.errors.push(`${record.method} ${url.pathname} is not an operation archlint declared`);
      return send(404, { message: "Not Found" });
    }
    record.operationId = matched.operationId;
    record.query = matched.query;
    const authorization = request.headers.authorization ?? "";
    if (authorization !== `token ${this.token}` && authorization !== `Bearer ${this.token}`) {
      return send(401, { message: "Bad credentials", status: "401" });
    }
    if (matched.errors.length) {
      record.errors.push(...matched.errors);
      return send(422, { message: "Validation Failed", errors: matched.errors, status: "422" });
    }
    const failure = this.failures.find((f) => f.operationId === matched.operationId && (f.times ?? 1) > 0);
    if (failure) {
      if (failure.times !== undefined) failure.times -= 1;
      return send(
        failure.status,
        { message: failure.message ?? "Injected failure", status: String(failure.status) },
        failure.headers,
      );
    }
    const { owner, repo } = matched.pathParams;
    if (owner !== undefined && `${owner}/${repo}`.toLowerCase() !== this.repository.fullName.toLowerCase()) {
      return send(404, { message: "Not Found", status: "404" });
    }
    const handler = this.handlers[matched.operationId];
    if (!handler) return send(501, { message: `the fake does not implement ${matched.operationId}` });
    const result = handler(matched, (body ?? {}) as Record<string, unknown>, url);
    if (Array.isArray(result.data)) {
      const { page, headers } = this.paginate(result.data, matched.query, url);
      return send(result.status, page, headers);
    }
    return send(result.status, result.data);
  }

  /** Pages a list as GitHub does: `per_page` (default 30, at most 100), `page`, and a Link header. */
  private paginate(items: unknown[], query: Record<string, unknown>, url: URL) {
    const perPage = Math.min(Number(query.per_page ?? 30), 100);
    const page = Number(query.page ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const target = new URL(url);
      target.searchParams.set("page", String(n));
      return `<${target.href}>; rel="${rel}"`;
    };
    const links = [
      ...(page < last ? [link(page + 1, "next"), link(last, "last")] : []),
      ...(page > 1 ? [link(1, "first"), link(page - 1, "prev")] : []),
    ];
    return {
      page: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(", ") } : ({} as Record<string, string>),
    };
  }

  private issueOr404(number: unknown): FakeIssue | { status: number; data: unknown } {
    return this.repository.issues.get(Number(number)) ?? { status: 404, data: { message: "Not Found" } };
  }

  private readonly handlers: Record<string, Handler> = {
    "users/get-authenticated": () =>
      this.userEndpointAllowed
        ? { status: 200, data: this.user(this.repository.viewer) }
        : { status: 403, data: { message: "Resource not accessible by integration", status: "403" } },
    "pulls/get": ({ pathParams }) => {
      const issue = this.repository.issues.get(Number(pathParams.pull_number));
      if (!issue?.pull) return { status: 404, data: { message: "Not Found" } };
      return { status: 200, data: this.pullRequest(issue) };
    },
    "pulls/list-files": ({ pathParams }) => {
      const issue = this.repository.issues.get(Number(pathParams.pull_number));
      if (!issue?.pull) return { status: 404, data: { message: "Not Found" } };
      return {
        status: 200,
        data: issue.pull.files.map((file, index) => ({
          sha: index.toString(16).padStart(40, "0"),
          changes: file.additions + file.deletions,
          blob_url: `https://github.com/${this.repository.fullName}/blob/${issue.pull?.headSha}/${file.filename}`,
          raw_url: `https://github.com/${this.repository.fullName}/raw/${issue.pull?.headSha}/${file.filename}`,
          contents_url: `${this.url}/repos/${this.repository.fullName}/contents/${file.filename}`,
          ...file,
        })),
      };
    },
    "issues/get": ({ pathParams }) => {
      const issue = this.issueOr404(pathParams.issue_number);
      return "status" in issue ? issue : { status: 200, data: this.issue(issue) };
    },
    "issues/list-for-repo": ({ query }) => {
      const state = String(query.state ?? "open");
      const labels = query.labels === undefined ? [] : String(query.labels).split(",").filter(Boolean);
      const found = [...this.repository.issues.values()]
        .filter((i) => state === "all" || i.state === state)
        .filter((i) => labels.every((name) => i.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())))
        .filter((i) => query.creator === undefined || i.user.login === query.creator)
        .sort((a, b) => b.number - a.number);
      return { status: 200, data: found.map((i) => this.issue(i)) };
    },
    "issues/create": (_, body) => {
      const issue = this.repository.addIssue({
        title: String(body.title),
        body: (body.body as string | undefined) ?? null,
        labels: ((body.labels as (string | { name: string })[] | undefined) ?? []).map((l) =>
          typeof l === "string" ? l : l.name,
        ),
      });
      return { status: 201, data: this.issue(issue) };
    },
    "issues/update": ({ pathParams }, body) => {
      const issue = this.issueOr404(pathParams.issue_number);
      if ("status" in issue) return issue;
      if (typeof body.title === "string") issue.title = body.title;
      if (body.body !== undefined) issue.body = body.body as string | null;
      if (body.state === "open" || body.state === "closed") {
        issue.state = body.state;
        issue.closed_at = body.state === "closed" ? this.repository.now() : null;
        issue.state_reason =
          (body.state_reason as string | undefined) ?? (body.state === "closed" ? "completed" : null);
      }
      if (Array.isArray(body.labels)) {
        issue.labels = body.labels.map((l) => this.repository.ensureLabel(typeof l === "string" ? l : l.name));
      }
      issue.updated_at = this.repository.now();
      return { status: 200, data: this.issue(issue) };
    },
    "issues/list-comments": ({ pathParams }) => {
      const issue = this.issueOr404(pathParams.issue_number);
      if ("status" in issue) return issue;
      return { status: 200, data: this.repository.commentsOn(issue.number).map((c) => this.comment(c)) };
    },
    "issues/create-comment": ({ pathParams }, body) => {
      const issue = this.issueOr404(pathParams.issue_number);
      if ("status" in issue) return issue;
      const comment = this.repository.addComment(issue.number, String(body.body));
      return { status: 201, data: this.comment(comment) };
    },
    "issues/update-comment": ({ pathParams }, body) => {
      const comment = this.repository.comments.find((c) => c.id === Number(pathParams.comment_id));
      if (!comment) return { status: 404, data: { message: "Not Found" } };
      if (comment.user.login !== this.repository.viewer.login) {
        return { status: 403, data: { message: "Resource not accessible by integration", status: "403" } };
      }
      comment.body = String(body.body);
      comment.updated_at = this.repository.now();
      return { status: 200, data: this.comment(comment) };
    },
    "issues/get-label": ({ pathParams }) => {
      const label = this.repository.labels.get(String(pathParams.name).toLowerCase());
      return label ? { status: 200, data: this.label(label) } : { status: 404, data: { message: "Not Found" } };
    },
    "issues/create-label": (_, body) => {
      const name = String(body.name);
      if (this.repository.labels.has(name.toLowerCase())) {
        return {
          status: 422,
          data: {
            message: "Validation Failed",
            errors: [{ resource: "Label", code: "already_exists", field: "name" }],
          },
        };
      }
      const label = this.repository.ensureLabel(
        name,
        (body.color as string | undefined) ?? "ededed",
        (body.description as string | undefined) ?? null,
      );
      return { status: 201, data: this.label(label) };
    },
    "issues/add-labels": ({ pathParams }, body) => {
      const issue = this.issueOr404(pathParams.issue_number);
      if ("status" in issue) return issue;
      const names = (Array.isArray(body.labels) ? body.labels : []).map((l) => (typeof l === "string" ? l : l.name));
      for (const name of names) {
        const label = this.repository.ensureLabel(name);
        if (!issue.labels.includes(label)) issue.labels.push(label);
      }
      return { status: 200, data: issue.labels.map((l) => this.label(l)) };
    },
    "issues/remove-label": ({ pathParams }) => {
      const issue = this.issueOr404(pathParams.issue_number);
      if ("status" in issue) return issue;
      const name = String(pathParams.name).toLowerCase();
      if (!issue.labels.some((l) => l.name.toLowerCase() === name)) {
        return { status: 404, data: { message: "Label does not exist" } };
      }
      issue.labels = issue.labels.filter((l) => l.name.toLowerCase() !== name);
      return { status: 200, data: issue.labels.map((l) => this.label(l)) };
    },
  };

  private user(user: FakeUser) {
    return {
      login: user.login,
      id: user.id,
      node_id: `U_${user.id}`,
      type: user.type,
      site_admin: false,
      url: `${this.url}/users/${encodeURIComponent(user.login)}`,
      html_url: `https://github.com/${encodeURIComponent(user.login)}`,
    };
  }

  private label(label: FakeLabel) {
    return {
      ...label,
      node_id: `LA_${label.id}`,
      default: false,
      url: `${this.url}/repos/${this.repository.fullName}/labels/${encodeURIComponent(label.name)}`,
    };
  }

  private issue(issue: FakeIssue) {
    const kind = issue.pull ? "pull" : "issues";
    return {
      id: issue.id,
      node_id: `I_${issue.id}`,
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      state_reason: issue.state_reason,
      locked: false,
      labels: issue.labels.map((l) => this.label(l)),
      user: this.user(issue.user),
      comments: this.repository.commentsOn(issue.number).length,
      created_at: issue.created_at,
      updated_at: issue.updated_at,
      closed_at: issue.closed_at,
      author_association: issue.user.type === "Bot" ? "NONE" : "MEMBER",
      url: `${this.url}/repos/${this.repository.fullName}/issues/${issue.number}`,
      html_url: `https://github.com/${this.repository.fullName}/${kind}/${issue.number}`,
      ...(issue.pull
        ? { pull_request: { url: `${this.url}/repos/${this.repository.fullName}/pulls/${issue.number}` } }
        : {}),
    };
  }

  private pullRequest(issue: FakeIssue) {
    return {
      ...this.issue(issue),
      head: { sha: issue.pull?.headSha, ref: "feature" },
      base: { sha: issue.pull?.baseSha, ref: "main" },
      changed_files: issue.pull?.files.length,
    };
  }

  private comment(comment: FakeComment) {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      body: comment.body,
      user: this.user(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: comment.user.type === "Bot" ? "NONE" : "MEMBER",
      url: `${this.url}/repos/${this.repository.fullName}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${this.repository.fullName}/pull/${comment.issue_number}#issuecomment-${comment.id}`,
      issue_url: `${this.url}/repos/${this.repository.fullName}/issues/${comment.issue_number}`,
    };
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
