import { renderReassessmentBody } from "../../report/reassessment/body.js";
import { reassessmentPeriod } from "../../report/reassessment/period.js";
import type { SourceLinks } from "../../report/reassessment/source-links.js";
import type { Report } from "../../report/report.js";
import type { IssuesApi } from "./issues-api.js";
import { statusOf } from "./issues-api.js";
import { type SyncOutcome, syncReassessmentIssue } from "./sync.js";

export interface ReassessmentRun {
  report: Report;
  api: IssuesApi;
  now: Date;
  labels: string[];
  assignees: string[];
  configLastReviewed?: string;
  links?: SourceLinks;
  runUrl?: string;
  architectureMap?: string;
  log: { info(message: string): void; warning(message: string): void };
}

/**
 * Keeps the period's reassessment issue current. A token that may not write issues, or a repository with issues
 * turned off, gives one warning that says what to change; the run itself goes on. Other failures propagate.
 */
export async function runReassessment(run: ReassessmentRun): Promise<SyncOutcome | undefined> {
  const period = reassessmentPeriod(run.now);
  try {
    const outcome = await syncReassessmentIssue({
      api: run.api,
      period,
      labels: run.labels,
      assignees: run.assignees,
      ...(run.configLastReviewed ? { configLastReviewed: run.configLastReviewed } : {}),
      render: (context) =>
        renderReassessmentBody({
          report: run.report,
          period,
          now: run.now,
          ...(run.links ? { links: run.links } : {}),
          ...(run.runUrl ? { runUrl: run.runUrl } : {}),
          ...(run.architectureMap ? { architectureMap: run.architectureMap } : {}),
          ...context,
        }),
    });
    for (const warning of outcome.warnings) run.log.warning(`archlint reassessment: ${warning}`);
    const link = `#${outcome.issue.number} (${outcome.issue.url})`;
    if (outcome.action === "created") {
      run.log.info(
        `archlint: opened ${period.title} ${link}${outcome.previous ? `, linking #${outcome.previous}` : ""}`,
      );
    } else if (outcome.action === "updated") {
      run.log.info(`archlint: updated ${period.title} ${link}${outcome.commented ? "; the verdict changed" : ""}`);
    } else run.log.info(`archlint: ${period.title} ${link} is already up to date`);
    return outcome;
  } catch (error) {
    const advice = permissionAdvice(statusOf(error));
    if (!advice) throw error;
    run.log.warning(
      `archlint could not write the reassessment issue (${period.title}): ${advice} See docs/reassessment.md in archlint's repository.`,
    );
    return undefined;
  }
}

function permissionAdvice(status: number | undefined): string | undefined {
  switch (status) {
    case 401:
    case 403:
      return `the token was refused (HTTP ${status}). Give the job \`permissions: issues: write\` (and \`contents: read\`), or pass a token that may write issues as \`github-token\`.`;
    case 404:
      return "the repository's issues are not visible to this token (HTTP 404). Check `github-token` and the job's `permissions:`.";
    case 410:
      return "issues are turned off in this repository (HTTP 410). Turn them on in the repository settings to keep a reassessment issue.";
    default:
      return undefined;
  }
}
