import type { ReassessmentBody } from "../../report/reassessment/body.js";
import type { ReassessmentPeriod } from "../../report/reassessment/period.js";
import { type ReassessmentSnapshot, readSnapshot } from "../../report/reassessment/snapshot.js";
import { renderWhatChanged } from "../../report/reassessment/trend.js";
import { findReassessmentIssues, type ReassessmentIssue, reviewDate } from "./find-issues.js";
import type { IssueRecord, IssuesApi } from "./issues-api.js";
import { statusOf } from "./issues-api.js";

/** What the body renderer needs from the issues that already exist. */
export interface SyncContext {
  previous?: { number: number; snapshot?: ReassessmentSnapshot };
  lastReview?: { date: string; source: string };
}

export interface SyncOptions {
  api: IssuesApi;
  period: ReassessmentPeriod;
  labels: string[];
  assignees: string[];
  /** The config's `reassessment.lastReviewed`, used when no earlier issue records a review. */
  configLastReviewed?: string;
  render: (context: SyncContext) => ReassessmentBody;
}

export interface SyncOutcome {
  action: "created" | "updated" | "unchanged";
  issue: IssueRecord;
  /** The previous period's issue a new one links to. */
  previous?: number;
  commented: boolean;
  /** Steps that failed without stopping the sync (assignment, the comment). */
  warnings: string[];
}

/**
 * One issue per period: update this period's issue (commenting when the verdict changed) or, when there is none,
 * open it, linking the previous period's. Never a second issue in one period: when a race left two, the first
 * one opened is the one kept current.
 */
export async function syncReassessmentIssue(options: SyncOptions): Promise<SyncOutcome> {
  const { api, period } = options;
  const issues = await findReassessmentIssues(api, options.labels[0]);
  const current = issues.find((issue) => issue.year === period.year);
  const earlier = issues.filter((issue) => issue.year < period.year);
  const context = contextFrom(earlier, options.configLastReviewed);
  const { body, snapshot } = options.render(context);
  const warnings: string[] = [];

  if (current) {
    if (current.body === body) return { action: "unchanged", issue: current, commented: false, warnings };
    const before = readSnapshot(current.body);
    await api.updateBody(current.number, body);
    let commented = false;
    if (before && before.verdict !== snapshot.verdict) {
      try {
        await api.addComment(current.number, renderWhatChanged(before, snapshot));
        commented = true;
      } catch (error) {
        warnings.push(
          `could not comment on #${current.number} that the verdict changed (HTTP ${statusOf(error) ?? "error"})`,
        );
      }
    }
    return { action: "updated", issue: { ...current, body }, commented, warnings };
  }

  for (const label of options.labels) await api.ensureLabel(label);
  const issue = await createIssue(
    api,
    { title: period.title, body, labels: options.labels },
    options.assignees,
    warnings,
  );
  return {
    action: "created",
    issue,
    ...(context.previous ? { previous: context.previous.number } : {}),
    commented: false,
    warnings,
  };
}

/** GitHub refuses (422) an issue whose assignees cannot be assigned: open it unassigned rather than not at all. */
async function createIssue(
  api: IssuesApi,
  issue: { title: string; body: string; labels: string[] },
  assignees: string[],
  warnings: string[],
): Promise<IssueRecord> {
  try {
    return await api.createIssue({ ...issue, assignees });
  } catch (error) {
    if (statusOf(error) !== 422 || assignees.length === 0) throw error;
    warnings.push(`could not assign the issue to ${assignees.join(", ")} (HTTP 422); opened it unassigned`);
    return api.createIssue({ ...issue, assignees: [] });
  }
}

function contextFrom(earlier: ReassessmentIssue[], configLastReviewed: string | undefined): SyncContext {
  const previous = earlier[0];
  const context: SyncContext = {};
  if (previous) {
    const snapshot = readSnapshot(previous.body);
    context.previous = { number: previous.number, ...(snapshot ? { snapshot } : {}) };
    context.lastReview = {
      date: reviewDate(previous),
      source: previous.closedAt ? `#${previous.number}, closed` : `#${previous.number}, opened and still open`,
    };
  } else if (configLastReviewed) {
    context.lastReview = { date: configLastReviewed, source: "`reassessment.lastReviewed` in the config" };
  }
  return context;
}
