import { resolve } from "node:path";
import * as core from "@actions/core";
import { runScan } from "../app/run-scan.js";
import type { FailOn } from "../config/config.js";
import { configuredLastReview } from "../config/last-reviewed.js";
import { loadConfig } from "../config/load-config.js";
import { ConfigurationErrors } from "../evaluate/policy.js";
import { nodeFileSystem } from "../io/file-system.js";
import { FAIL_ON_VALUES, reachesFailLevel } from "../report/gate.js";
import { annotate } from "./annotations.js";
import { actionClock } from "./clock.js";
import { createGitHubClient } from "./github/client.js";
import { resolveMode } from "./mode.js";
import { repositoryOf, runUrlOf, sourceLinksOf } from "./reassessment/environment.js";
import { listInput } from "./reassessment/inputs.js";
import { lookupLastReassessment } from "./reassessment/last-reassessment.js";
import { octokitIssues } from "./reassessment/octokit-issues.js";
import { runReassessment } from "./reassessment/run-reassessment.js";

/** The action's shell: read inputs, scan, annotate, set outputs, and fail the step per `fail-on`. */
export async function runAction(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = resolve(workspace, core.getInput("path") || ".");
    const failOn = core.getInput("fail-on") || "error";
    if (!FAIL_ON_VALUES.includes(failOn as FailOn)) {
      core.setFailed(`fail-on must be one of ${FAIL_ON_VALUES.join(", ")}, not "${failOn}"`);
      return;
    }
    const mode = resolveMode(core.getInput("mode"), process.env.GITHUB_EVENT_NAME);
    const now = actionClock(process.env);
    const labels = listInput(core.getInput("reassessment-labels"));
    const repository = repositoryOf(core.getInput("repository"), process.env);
    const token = core.getInput("github-token");
    const issues = token && repository ? octokitIssues(createGitHubClient(token), repository) : undefined;
    const configInput = core.getInput("config");
    const { config } = loadConfig(nodeFileSystem, root, configInput ? resolve(workspace, configInput) : undefined);
    // A reassessment run opens or keeps this period's issue, so the review it asks for is under way now.
    const lastReassessmentIssue =
      mode === "reassessment"
        ? now.toISOString().slice(0, 10)
        : issues && (await lookupLastReassessment(issues, labels[0], core));
    const { report } = runScan({
      root,
      fs: nodeFileSystem,
      config,
      now,
      ...(lastReassessmentIssue ? { lastReassessmentIssue } : {}),
    });
    const pathPrefix = relativeToWorkspace(workspace, root);
    annotate(report.findings, core, pathPrefix);
    const { error, warning, notice } = report.summary;
    core.setOutput("errors", error);
    core.setOutput("warnings", warning);
    core.setOutput("notices", notice);
    core.setOutput("findings", report.findings.length);
    const failed = reachesFailLevel(report.findings, failOn as FailOn);
    core.setOutput("passed", String(!failed));
    if (mode === "reassessment") {
      // The issue is what a reassessment delivers; findings do not turn a scheduled run red every month.
      if (!issues || !repository) {
        core.warning("archlint reassessment needs `github-token` and `repository` to write the issue");
      } else {
        const links = sourceLinksOf(repository, process.env, pathPrefix);
        const runUrl = runUrlOf(process.env);
        const configLastReviewed = configuredLastReview(config);
        const outcome = await runReassessment({
          report,
          api: issues,
          now,
          labels,
          assignees: listInput(core.getInput("reassessment-assignees"), { stripAt: true }),
          ...(configLastReviewed ? { configLastReviewed } : {}),
          links,
          ...(runUrl ? { runUrl } : {}),
          log: core,
        });
        if (outcome) core.setOutput("reassessment-issue", outcome.issue.url);
      }
      core.info(`archlint: ${error} errors, ${warning} warnings, ${notice} notices`);
      return;
    }
    if (failed)
      core.setFailed(`archlint: ${error} errors, ${warning} warnings, ${notice} notices (fail-on: ${failOn})`);
    else core.info(`archlint: ${error} errors, ${warning} warnings, ${notice} notices`);
  } catch (error) {
    if (error instanceof ConfigurationErrors) core.setFailed(`archlint configuration error:\n${error.message}`);
    else core.setFailed(`archlint failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Annotations name files relative to the repository, so a scan of a sub-folder prefixes that folder. */
function relativeToWorkspace(workspace: string, root: string): string {
  const relative = root.startsWith(`${workspace}/`) ? root.slice(workspace.length + 1) : "";
  return relative ? `${relative}/` : "";
}
