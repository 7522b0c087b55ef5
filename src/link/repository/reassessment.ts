import type { RepositoryFacts } from "../../model/repository.js";
import type { LinkContext } from "../link.js";

const DAYS_PER_MONTH = 30.44;

export interface Reassessment {
  facts: RepositoryFacts["reassessment"];
  months?: number;
  status: string;
}

/** The last architecture reassessment: the later of the config's `reassessment.lastReviewed` and the recorded issue. */
export function reassessment(context: LinkContext): Reassessment {
  const fromConfig = toDate(context.config?.reassessment?.lastReviewed);
  const fromIssue = context.lastReassessment;
  const useIssue = fromIssue && (!fromConfig || fromIssue > fromConfig);
  const last = useIssue ? fromIssue : fromConfig;
  if (!last) return { facts: {}, status: "no architecture reassessment is recorded" };
  const months = Math.max(0, Math.floor((context.now.getTime() - last.getTime()) / 86_400_000 / DAYS_PER_MONTH));
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
