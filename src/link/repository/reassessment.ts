import type { RepositoryFacts } from "../../model/repository.js";
import type { GitHistory, LinkContext } from "../link.js";

const DAYS_PER_MONTH = 30.44;

export interface Reassessment {
  facts: RepositoryFacts["reassessment"];
  months?: number;
  status: string;
}

const monthsSince = (now: Date, then: Date) =>
  Math.max(0, Math.floor((now.getTime() - then.getTime()) / 86_400_000 / DAYS_PER_MONTH));

/**
 * The last architecture reassessment: the later of the config's `reassessment.lastReviewed` and the recorded
 * issue. With none recorded, the review is only due once the code is older than a review period: the age of the
 * history under the scanned root stands in for the months since a review (a repository created last week owes
 * none); with no known age there are no months, and the report says so once instead of a finding.
 */
export function reassessment(context: LinkContext, history: () => GitHistory | undefined): Reassessment {
  const fromConfig = toDate(context.config?.reassessment?.lastReviewed);
  const fromIssue = context.lastReassessment;
  const useIssue = fromIssue && (!fromConfig || fromIssue > fromConfig);
  const last = useIssue ? fromIssue : fromConfig;
  if (!last) {
    const first = toDate(history()?.firstCommit);
    if (!first) return { facts: { age: "unknown" }, status: "no architecture reassessment is recorded" };
    const months = monthsSince(context.now, first);
    const date = first.toISOString().slice(0, 10);
    return {
      facts: { age: `history since ${date}` },
      months,
      status: `no architecture reassessment is recorded, and the history under the scanned folder goes back ${months} months (${date})`,
    };
  }
  const months = monthsSince(context.now, last);
  const date = last.toISOString().slice(0, 10);
  return {
    facts: { last: date, source: useIssue ? "issue" : "config" },
    months,
    status: `the last architecture reassessment was on ${date}, ${months} months ago`,
  };
}

function toDate(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
