import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient, type GitHubClient } from "../../../src/action/github/client.js";
import { RequestChecker, toJsonSchema } from "./schema-check.js";
import { FakeGitHub } from "./server.js";

describe("the fake GitHub API", () => {
  let github: FakeGitHub;
  let client: GitHubClient;
  const repo = { owner: "octo-org", repo: "octo-repo" };

  beforeEach(async () => {
    github = await FakeGitHub.start();
    github.repository.addPullRequest({ number: 7, headSha: "a".repeat(40), files: [] });
    client = createGitHubClient(github.token, { apiUrl: github.url });
  });
  afterEach(() => github.stop());

  it("keeps comments in memory and pages them with a Link header, as GitHub does", async () => {
    for (const body of ["one", "two", "three"]) {
      await client.rest.issues.createComment({ ...repo, issue_number: 7, body });
    }
    const all = await client.paginate(client.rest.issues.listForRepo, { ...repo, per_page: 2, state: "all" });
    expect(all.map((i) => i.number)).toEqual([7]);
    const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: 7, per_page: 2 });
    expect(comments.map((c) => [c.body, c.user?.login])).toEqual([
      ["one", "github-actions[bot]"],
      ["two", "github-actions[bot]"],
      ["three", "github-actions[bot]"],
    ]);
    expect(github.calls("issues/list-comments").map((r) => r.query.page ?? 1)).toEqual([1, 2]);
    expect(github.invalidRequests()).toEqual([]);
  });

  it("refuses a body that GitHub's schema refuses, and a property GitHub would silently ignore", async () => {
    await expect(
      client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: 7,
      } as never),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...repo, issue_number: 7, stat: "closed" }),
    ).rejects.toMatchObject({ status: 422 });
    expect(github.invalidRequests().map((r) => r.errors)).toEqual([
      ["issues/create-comment needs a JSON body"],
      ['body must NOT have additional properties ("stat")'],
    ]);
  });

  it("fails as told: a 502 once is retried by the client, a 403 is not", async () => {
    github.fail({ operationId: "issues/create-comment", status: 502, times: 1 });
    await client.rest.issues.createComment({ ...repo, issue_number: 7, body: "after a retry" });
    expect(github.calls("issues/create-comment").map((r) => r.status)).toEqual([502, 201]);

    github.fail({
      operationId: "issues/update-comment",
      status: 403,
      message: "Resource not accessible by integration",
    });
    const [comment] = github.repository.comments;
    await expect(
      client.rest.issues.updateComment({ ...repo, comment_id: comment?.id ?? 0, body: "x" }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining("Resource not accessible") });
    expect(github.calls("issues/update-comment")).toHaveLength(1);
  });

  it("answers GET /user with 403 for a workflow token and 401 for a wrong token", async () => {
    await expect(client.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    const stranger = createGitHubClient("ghp_wrong", { apiUrl: github.url });
    await expect(stranger.rest.issues.get({ ...repo, issue_number: 7 })).rejects.toMatchObject({ status: 401 });
  });

  it("creates labels, issues and finds them by label", async () => {
    await client.rest.issues.createLabel({ ...repo, name: "archlint", color: "5319e7", description: "By archlint" });
    const { data: issue } = await client.rest.issues.create({ ...repo, title: "Review", labels: ["archlint"] });
    await client.rest.issues.update({
      ...repo,
      issue_number: issue.number,
      state: "closed",
      state_reason: "completed",
    });
    const { data: found } = await client.rest.issues.listForRepo({ ...repo, labels: "archlint", state: "closed" });
    expect(found.map((i) => [i.number, i.state, i.labels.map((l) => (typeof l === "string" ? l : l.name))])).toEqual([
      [issue.number, "closed", ["archlint"]],
    ]);
    await expect(client.rest.issues.createLabel({ ...repo, name: "ARCHLINT" })).rejects.toMatchObject({ status: 422 });
  });
});

describe("OpenAPI 3.0 → JSON Schema", () => {
  it("turns nullable into a null alternative, without touching property names", () => {
    expect(toJsonSchema({ type: "object", properties: { nullable: { type: "string", nullable: true } } })).toEqual({
      type: "object",
      properties: { nullable: { type: ["string", "null"] } },
    });
    expect(toJsonSchema({ oneOf: [{ type: "string" }, { type: "integer" }], nullable: true })).toEqual({
      anyOf: [{ oneOf: [{ type: "string" }, { type: "integer" }] }, { type: "null" }],
    });
  });

  it("compiles every extracted operation and checks path and query parameters", () => {
    const checker = new RequestChecker();
    expect(
      checker.match("GET", new URL("http://h/repos/o/r/pulls/x/files?per_page=100&pages=2"), undefined)?.errors,
    ).toEqual([
      'path parameter pull_number="x" is invalid',
      "query parameter pages is not defined for pulls/list-files",
    ]);
    expect(checker.match("DELETE", new URL("http://h/repos/o/r"), undefined)).toBeUndefined();
  });
});
