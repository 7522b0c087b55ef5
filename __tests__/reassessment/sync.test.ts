import { describe, expect, it } from "vitest";
import { findReassessmentIssues, lastReassessmentDate } from "../../src/action/reassessment/find-issues.js";
import { type SyncContext, syncReassessmentIssue } from "../../src/action/reassessment/sync.js";
import { renderReassessmentBody } from "../../src/report/reassessment/body.js";
import { reassessmentPeriod } from "../../src/report/reassessment/period.js";
import { readSnapshot, reassessmentMarker } from "../../src/report/reassessment/snapshot.js";
import type { Report } from "../../src/report/report.js";
import { InMemoryIssues } from "./in-memory-issues.js";
import { finding, report } from "./report-factory.js";

const LABELS = ["architecture", "reassessment"];

function run(api: InMemoryIssues, scanned: Report, now: Date, options: { assignees?: string[]; config?: string } = {}) {
  const period = reassessmentPeriod(now);
  const contexts: SyncContext[] = [];
  const outcome = syncReassessmentIssue({
    api,
    period,
    labels: LABELS,
    assignees: options.assignees ?? [],
    ...(options.config ? { configLastReviewed: options.config } : {}),
    render: (context) => {
      contexts.push(context);
      return renderReassessmentBody({ report: scanned, period, now, ...context });
    },
  });
  return { outcome, contexts };
}

const WARNING = report([finding("function-timeout-exceeds-platform-max", "warning", "serverless.yml", 11)]);
const ERROR = report([finding("function-timeout-exceeds-platform-max", "error", "serverless.yml", 11)]);

describe("syncing the reassessment issue", () => {
  it("opens the period's issue with its labels (created when missing) and assignees", async () => {
    const api = new InMemoryIssues();
    const { outcome } = run(api, WARNING, new Date("2026-02-01T00:00:00Z"), { assignees: ["octocat"] });
    expect(await outcome).toMatchObject({ action: "created", commented: false, warnings: [], issue: { number: 1 } });
    expect(api.calls).toEqual([
      "listIssues architecture",
      "ensureLabel architecture",
      "ensureLabel reassessment",
      "createIssue Architecture reassessment 2026",
    ]);
    const [issue] = api.issues;
    expect(issue).toMatchObject({ title: "Architecture reassessment 2026", labels: LABELS, assignees: ["octocat"] });
    expect(issue?.body).toContain(reassessmentMarker(2026));
  });

  it("updates the same issue later in the period, and comments only when the verdict changed", async () => {
    const api = new InMemoryIssues();
    await run(api, WARNING, new Date("2026-02-01T00:00:00Z")).outcome;
    const second = await run(api, WARNING, new Date("2026-03-01T00:00:00Z")).outcome;
    expect(second).toMatchObject({ action: "updated", commented: false, issue: { number: 1 } });
    const third = await run(api, ERROR, new Date("2026-04-01T00:00:00Z")).outcome;
    expect(third).toMatchObject({ action: "updated", commented: true });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]?.comments).toEqual([expect.stringContaining("from **Needs attention** to **At risk**")]);
    expect(readSnapshot(api.issues[0]?.body)?.date).toBe("2026-04-01");
    expect(api.calls.filter((c) => c.startsWith("createIssue"))).toHaveLength(1);
  });

  it("leaves an unchanged body alone", async () => {
    const api = new InMemoryIssues();
    const now = new Date("2026-02-01T00:00:00Z");
    await run(api, WARNING, now).outcome;
    expect(await run(api, WARNING, now).outcome).toMatchObject({ action: "unchanged" });
    expect(api.calls.filter((c) => c.startsWith("updateBody"))).toEqual([]);
  });

  it("opens a new issue in a new period that links the previous one and shows the trend", async () => {
    const api = new InMemoryIssues();
    await run(api, WARNING, new Date("2025-05-01T00:00:00Z")).outcome;
    Object.assign(api.issues[0] ?? {}, { state: "closed", closedAt: "2025-06-10T12:00:00Z" });
    const { outcome, contexts } = run(api, ERROR, new Date("2026-01-02T00:00:00Z"));
    expect(await outcome).toMatchObject({ action: "created", previous: 1, issue: { number: 2 } });
    expect(contexts[0]?.lastReview).toEqual({ date: "2025-06-10", source: "#1, closed" });
    const body = api.issues[1]?.body ?? "";
    expect(body).toContain("**Previous reassessment:** #1.");
    expect(body).toContain("| Findings: error | 0 | 1 | +1 |");
    expect(body).toContain("**Last review:** 2025\\-06\\-10 (#1, closed).");
  });

  it("never opens a second issue in a period, even a closed one's period, and updates the first opened", async () => {
    const api = new InMemoryIssues();
    const marker = reassessmentMarker(2026);
    api.seed({ body: `${marker}\nfirst`, labels: LABELS, state: "closed", closedAt: "2026-03-01T00:00:00Z" });
    api.seed({ body: `${marker}\nduplicate from a race`, labels: LABELS });
    api.seed({ body: "no marker", labels: LABELS, title: "Architecture reassessment 2026" });
    api.seed({ body: marker, labels: LABELS, pullRequest: true });
    const outcome = await run(api, WARNING, new Date("2026-05-01T00:00:00Z")).outcome;
    expect(outcome).toMatchObject({ action: "updated", issue: { number: 1 } });
    expect(api.issues).toHaveLength(4);
  });

  it("falls back to the config's last review when no earlier issue exists", async () => {
    const api = new InMemoryIssues();
    const { outcome, contexts } = run(api, WARNING, new Date("2026-05-01T00:00:00Z"), { config: "2025-09-30" });
    await outcome;
    expect(contexts[0]?.lastReview).toEqual({
      date: "2025-09-30",
      source: "`reassessment.lastReviewed` in the config",
    });
  });

  it("passes a refused creation up with its status, and opens the issue unassigned when assignees are refused", async () => {
    const refused = new InMemoryIssues();
    refused.failures.createIssue = 403;
    await expect(run(refused, WARNING, new Date("2026-05-01T00:00:00Z")).outcome).rejects.toMatchObject({
      status: 403,
    });

    const unassignable = new InMemoryIssues();
    const outcome = await run(unassignable, WARNING, new Date("2026-05-01T00:00:00Z"), { assignees: ["ghost"] })
      .outcome;
    expect(outcome).toMatchObject({
      action: "created",
      warnings: ["could not assign the issue to ghost (HTTP 422); opened it unassigned"],
    });
    expect(unassignable.issues).toHaveLength(1);
    expect(unassignable.issues[0]?.assignees).toEqual([]);
  });

  it("dates the most recent reassessment by its closing, else its opening", async () => {
    const api = new InMemoryIssues();
    expect(lastReassessmentDate(await findReassessmentIssues(api, "reassessment"))).toBeUndefined();
    api.seed({ body: reassessmentMarker(2024), labels: LABELS, closedAt: "2024-03-03T00:00:00Z", state: "closed" });
    expect(lastReassessmentDate(await findReassessmentIssues(api, "reassessment"))).toBe("2024-03-03");
    api.seed({ body: reassessmentMarker(2025), labels: LABELS, createdAt: "2025-01-02T00:00:00Z" });
    expect(lastReassessmentDate(await findReassessmentIssues(api, "reassessment"))).toBe("2025-01-02");
  });
});
