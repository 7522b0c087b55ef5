import { markedYear } from "../../report/reassessment/snapshot.js";
import type { IssueRecord, IssuesApi } from "./issues-api.js";

export interface ReassessmentIssue extends IssueRecord {
  year: number;
}

/**
 * archlint's reassessment issues: those carrying the label and the hidden marker, found through the issues list
 * API (the search API's index lags, so a run right after another would open a duplicate). Newest period first;
 * within a period, the first issue opened first.
 */
export async function findReassessmentIssues(api: IssuesApi, label: string | undefined): Promise<ReassessmentIssue[]> {
  const issues: ReassessmentIssue[] = [];
  for (const issue of await api.listIssues(label)) {
    const year = markedYear(issue.body);
    if (year !== undefined) issues.push({ ...issue, year });
  }
  return issues.sort((a, b) => b.year - a.year || a.number - b.number);
}

/** When a reassessment issue was reviewed: when it was closed, else (still under way) when it was opened. */
export function reviewDate(issue: IssueRecord): string {
  return (issue.closedAt ?? issue.createdAt).slice(0, 10);
}

/** The date of the most recent reassessment issue, closed or open, or undefined when there is none. */
export function lastReassessmentDate(issues: ReassessmentIssue[]): string | undefined {
  const latest = issues[0];
  return latest ? reviewDate(latest) : undefined;
}
