import { describe, expect, it } from "vitest";
import { actionClock } from "../../src/action/clock.js";
import { chooseMode } from "../../src/action/mode.js";
import { repositoryOf, runUrlOf, sourceLinksOf } from "../../src/action/reassessment/environment.js";
import { listInput } from "../../src/action/reassessment/inputs.js";
import { lookupLastReassessment } from "../../src/action/reassessment/last-reassessment.js";
import { runReassessment } from "../../src/action/reassessment/run-reassessment.js";
import { InMemoryIssues } from "./in-memory-issues.js";
import { report } from "./report-factory.js";

function recorder() {
  const lines: string[] = [];
  return { lines, info: (m: string) => lines.push(`info: ${m}`), warning: (m: string) => lines.push(`warning: ${m}`) };
}

describe("the action's reassessment edge", () => {
  it("reassesses under auto on schedule and workflow_dispatch", () => {
    expect(chooseMode("auto", "schedule")).toBe("reassessment");
    expect(chooseMode("auto", "workflow_dispatch")).toBe("scan");
    expect(chooseMode("reassessment", "push")).toBe("reassessment");
  });

  it("reads the clock from ARCHLINT_NOW when the tests set it", () => {
    expect(actionClock({ ARCHLINT_NOW: "2027-01-03T00:00:00Z" }).toISOString()).toBe("2027-01-03T00:00:00.000Z");
    expect(() => actionClock({ ARCHLINT_NOW: "next year" })).toThrow(
      'ARCHLINT_NOW must be an ISO date, not "next year"',
    );
    expect(Math.abs(actionClock({}).getTime() - Date.now())).toBeLessThan(5000);
  });

  it("splits list inputs and reads the run's environment", () => {
    expect(listInput(" architecture, reassessment ,,architecture")).toEqual(["architecture", "reassessment"]);
    expect(listInput("@octocat\nhubot", { stripAt: true })).toEqual(["octocat", "hubot"]);
    expect(repositoryOf("", { GITHUB_REPOSITORY: "acme/shop" })).toEqual({ owner: "acme", repo: "shop" });
    expect(repositoryOf("acme/search", { GITHUB_REPOSITORY: "acme/shop" })).toEqual({ owner: "acme", repo: "search" });
    expect(repositoryOf("", {})).toBeUndefined();
    const env = {
      GITHUB_REPOSITORY: "acme/shop",
      GITHUB_SHA: "abc",
      GITHUB_RUN_ID: "7",
      GITHUB_SERVER_URL: "https://ghe.local",
    };
    expect(sourceLinksOf({ owner: "acme", repo: "shop" }, env, "infra/")).toEqual({
      serverUrl: "https://ghe.local",
      repository: "acme/shop",
      ref: "abc",
      pathPrefix: "infra/",
    });
    expect(sourceLinksOf({ owner: "acme", repo: "search" }, env, "").ref).toBe("HEAD");
    expect(runUrlOf(env)).toBe("https://ghe.local/acme/shop/actions/runs/7");
  });

  it("turns a refused issue creation into one warning that names the permission", async () => {
    const api = new InMemoryIssues();
    api.failures.createIssue = 403;
    const log = recorder();
    const outcome = await runReassessment({
      report: report([]),
      api,
      now: new Date("2026-02-01T00:00:00Z"),
      labels: ["reassessment"],
      assignees: [],
      log,
    });
    expect(outcome).toBeUndefined();
    expect(log.lines).toEqual([
      expect.stringMatching(
        /^warning: archlint could not write the reassessment issue \(Architecture reassessment 2026\): the token was refused \(HTTP 403\)\. Give the job `permissions: issues: write`/,
      ),
    ]);
  });

  it("lets an unexpected failure through", async () => {
    const api = new InMemoryIssues();
    api.failures.updateBody = 500;
    api.seed({ body: "<!-- archlint:reassessment year=2026 -->", labels: ["reassessment"] });
    const run = runReassessment({
      report: report([]),
      api,
      now: new Date("2026-02-01T00:00:00Z"),
      labels: ["reassessment"],
      assignees: [],
      log: recorder(),
    });
    await expect(run).rejects.toMatchObject({ status: 500 });
  });

  it("falls back quietly when the token cannot read issues", async () => {
    const api = new InMemoryIssues();
    api.failures.listIssues = 403;
    const log = recorder();
    expect(await lookupLastReassessment(api, "reassessment", log)).toBeUndefined();
    const readable = new InMemoryIssues();
    readable.seed({
      body: "<!-- archlint:reassessment year=2025 -->",
      labels: ["reassessment"],
      createdAt: "2025-01-02T03:00:00Z",
    });
    expect(await lookupLastReassessment(readable, "reassessment", log)).toEqual(new Date("2025-01-02T00:00:00Z"));
    expect(log.lines).toEqual([
      "info: archlint: could not read the reassessment issues (HTTP 403); using reassessment.lastReviewed from the config, if any",
    ]);
  });
});
