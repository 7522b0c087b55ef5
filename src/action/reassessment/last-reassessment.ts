import { findReassessmentIssues, lastReassessmentDate } from "./find-issues.js";
import type { IssuesApi } from "./issues-api.js";
import { statusOf } from "./issues-api.js";

/**
 * The date of the most recent reassessment issue (closed or open), for `architecture-reassessment-overdue`.
 * A token that cannot read issues (a fork's, say) is normal: the config's `reassessment.lastReviewed` is used.
 */
export async function lookupLastReassessment(
  api: IssuesApi,
  label: string | undefined,
  log: { info(message: string): void },
): Promise<Date | undefined> {
  try {
    const date = lastReassessmentDate(await findReassessmentIssues(api, label));
    return date ? new Date(`${date}T00:00:00Z`) : undefined;
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) throw error;
    log.info(
      `archlint: could not read the reassessment issues (HTTP ${status}); using reassessment.lastReviewed from the config, if any`,
    );
    return undefined;
  }
}
