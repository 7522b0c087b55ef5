import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import * as core from "@actions/core";
import { context } from "@actions/github";
import { baseFingerprints } from "../app/base-scan.js";
import { readGitHistory } from "../app/git-history.js";
import { helmRendering } from "../app/helm.js";
import { loadCheckedConfig, runScan } from "../app/run-scan.js";
import type { FailOn } from "../config/config.js";
import { ConfigurationErrors } from "../config/configuration-errors.js";
import { configuredLastReview } from "../config/last-reviewed.js";
import { nodeFileSystem } from "../io/file-system.js";
import { planAnnotations } from "../report/annotation-plan.js";
import { architectureFlowchart, renderArchitectureMap } from "../report/architecture-map.js";
import { type ChangedLines, changedLinesFrom } from "../report/changed-lines.js";
import { emptyScanWarning } from "../report/empty-scan.js";
import { FAIL_ON_VALUES, gatedFindings, reachesFailLevel } from "../report/gate.js";
import { renderJobSummary } from "../report/job-summary.js";
import { escapeMarkdown } from "../report/markdown.js";
import { renderPrComment } from "../report/pr-comment.js";
import type { Report } from "../report/report.js";
import { toReviewFindings } from "../report/review.js";
import type { ReviewContext, ReviewInput } from "../report/review-markdown.js";
import { renderSarif } from "../report/sarif.js";
import { annotate } from "./annotations.js";
import { actionClock } from "./clock.js";
import { createGitHubClient, type GitHubClient } from "./github/client.js";
import { listPullRequestFiles, upsertStickyComment } from "./github/pull-request.js";
import { chooseMode, MODE_VALUES, type PullRequestTarget, pullRequestTarget } from "./mode.js";
import { type GitHubStep, gitHubFailureWarning } from "./permission-warning.js";
import { repositoryOf, runUrlOf, sourceLinksOf } from "./reassessment/environment.js";
import { listInput } from "./reassessment/inputs.js";
import type { IssuesApi } from "./reassessment/issues-api.js";
import { lookupLastReassessment } from "./reassessment/last-reassessment.js";
import { octokitIssues } from "./reassessment/octokit-issues.js";
import { runReassessment } from "./reassessment/run-reassessment.js";
import { resolveScanRoot } from "./scan-root.js";

/**
 * The action's shell: read inputs, scan, then report where a reviewer looks (annotations, job summary, SARIF, the
 * JSON report and, on a pull request, one sticky comment), set outputs and fail the step per `fail-on`.
 */
export async function runAction(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const scanRoot = resolveScanRoot(nodeFileSystem, workspace, core.getInput("path"));
    if ("problem" in scanRoot) return core.setFailed(`archlint: ${scanRoot.problem}`);
    const { root } = scanRoot;
    const failOnInput = core.getInput("fail-on");
    if (failOnInput && !FAIL_ON_VALUES.includes(failOnInput as FailOn)) {
      return core.setFailed(`fail-on must be one of ${FAIL_ON_VALUES.join(", ")}, not "${failOnInput}"`);
    }
    const mode = chooseMode(core.getInput("mode") || "auto", context.eventName);
    if (!mode) return core.setFailed(`mode must be one of ${MODE_VALUES.join(", ")}, not "${core.getInput("mode")}"`);
    const onlyNew = core.getBooleanInput("only-new");
    const configInput = core.getInput("config");
    const loaded = loadCheckedConfig(nodeFileSystem, root, configInput ? resolve(workspace, configInput) : undefined);
    const failOn = failOnInput || loaded.config.failOn || "error";
    const now = actionClock(process.env);
    const token = core.getInput("github-token");
    const repository = repositoryOf(core.getInput("repository"), process.env);
    const github = token ? createGitHubClient(token) : undefined;
    const issues = github && repository ? octokitIssues(github, repository) : undefined;
    const labels = listInput(core.getInput("reassessment-labels"));
    // A reassessment run opens or keeps this period's issue, so the review it asks for is under way now.
    const lastReassessment =
      mode === "reassessment" ? now : issues && (await lookupLastReassessment(issues, labels[0], core));
    const { report, policies } = runScan({
      root,
      fs: nodeFileSystem,
      config: loaded.config,
      configSource: loaded.source,
      gitHistory: () => readGitHistory(root, now),
      helm: helmRendering(root),
      now,
      ...(lastReassessment ? { lastReassessment } : {}),
    });
    const pathPrefix = repositoryPrefix(workspace, root);
    const empty = emptyScanWarning(report, pathPrefix || "the workspace root");
    if (empty) core.warning(`archlint: ${empty}`);

    let pull: PullRequestTarget | undefined;
    if (mode === "review") {
      pull = pullRequestTarget(context.payload, core.getInput("pull-request"));
      if (!pull)
        core.warning(
          "archlint: mode review needs a pull_request event (or the pull-request input in a workflow_run); ran a scan",
        );
    }
    const client = pull ? github : undefined;
    const changed = pull && client ? await tryGitHub("changed-files", () => changedLines(client, pull)) : undefined;

    // "New" means absent from the base commit's scan when the checkout can give the base; else on a changed line.
    const scanBase = (baseRoot: string) =>
      runScan({
        root: baseRoot,
        fs: nodeFileSystem,
        config: loaded.config,
        now,
        helm: helmRendering(baseRoot),
      }).report.findings.map((f) => f.fingerprint);
    const base = pull?.baseSha ? baseFingerprints(workspace, pull.baseSha, pathPrefix, scanBase) : undefined;
    if (pull?.baseSha && !base)
      core.info("archlint: the base commit could not be scanned; new findings are those on changed lines");
    const findings = toReviewFindings(report.findings, pathPrefix, changed, base);
    const newKnown = changed !== undefined || base !== undefined;
    const failed = reachesFailLevel(gatedFindings(findings, onlyNew, newKnown), failOn as FailOn);
    const plan = planAnnotations(findings);
    annotate(plan.annotate, core);

    const sarifFile = writeOutputFile(
      workspace,
      core.getInput("sarif-file"),
      renderSarif(report, policies, { pathPrefix }),
    );
    const reportFile = writeOutputFile(workspace, core.getInput("report-file"), report);
    const { error, warning, notice } = report.summary;
    core.setOutput("errors", error);
    core.setOutput("warnings", warning);
    core.setOutput("notices", notice);
    core.setOutput("findings", report.findings.length);
    core.setOutput("sarif-file", sarifFile);
    core.setOutput("report-file", reportFile);
    core.setOutput("passed", String(!failed));

    const reviewContext: ReviewContext = {
      serverUrl: context.serverUrl,
      repository: `${context.repo.owner}/${context.repo.repo}`,
      sha: pull?.headSha ?? context.sha,
      runUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`,
      changedLinesKnown: newKnown,
      failOn: failOn as FailOn,
      onlyNew,
      passed: !failed,
    };
    const map = renderArchitectureMap(report);
    const input: ReviewInput = { report, findings, context: reviewContext, ...(map ? { architectureMap: map } : {}) };
    if (process.env.GITHUB_STEP_SUMMARY) {
      const first = empty ? `> [!WARNING]\n> archlint: ${escapeMarkdown(empty)}\n\n` : "";
      await core.summary.addRaw(`${first}${renderJobSummary(input, plan.omitted)}`).write();
    }

    if (pull && client && core.getBooleanInput("comment")) {
      const target = pull;
      const outcome = await tryGitHub("comment", () =>
        upsertStickyComment(client, context.repo, target.number, renderPrComment(input), report.findings.length),
      );
      if (outcome) core.info(`archlint: pull request comment ${outcome}`);
    }

    const counts = `${error} errors, ${warning} warnings, ${notice} notices`;
    if (mode === "reassessment") {
      // The issue is what a reassessment delivers; findings do not turn a scheduled run red every month.
      await reassess(issues, repository, {
        report,
        now,
        labels,
        config: configuredLastReview(loaded.config),
        pathPrefix,
      });
      return core.info(`archlint: ${counts}`);
    }
    if (failed) core.setFailed(`archlint: ${counts} (fail-on: ${failOn}${onlyNew ? ", only-new" : ""})`);
    else core.info(`archlint: ${counts}`);
  } catch (error) {
    if (error instanceof ConfigurationErrors) core.setFailed(`archlint configuration error:\n${error.message}`);
    else core.setFailed(`archlint failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function reassess(
  issues: IssuesApi | undefined,
  repository: { owner: string; repo: string } | undefined,
  run: { report: Report; now: Date; labels: string[]; config: string | undefined; pathPrefix: string },
): Promise<void> {
  if (!issues || !repository) {
    core.warning("archlint: the reassessment needs `github-token` and `repository` to write its issue");
    return;
  }
  const runUrl = runUrlOf(process.env);
  const flowchart = architectureFlowchart(run.report);
  const outcome = await runReassessment({
    report: run.report,
    api: issues,
    now: run.now,
    labels: run.labels,
    assignees: listInput(core.getInput("reassessment-assignees"), { stripAt: true }),
    ...(run.config ? { configLastReviewed: run.config } : {}),
    ...(flowchart ? { architectureMap: flowchart } : {}),
    links: sourceLinksOf(repository, process.env, run.pathPrefix),
    ...(runUrl ? { runUrl } : {}),
    log: core,
  });
  if (outcome) core.setOutput("reassessment-issue", outcome.issue.url);
}

async function changedLines(client: GitHubClient, pull: PullRequestTarget): Promise<ChangedLines> {
  return changedLinesFrom(await listPullRequestFiles(client, context.repo, pull.number));
}

/** A GitHub call that may be refused (forks, read-only tokens): one warning, and the run goes on without it. */
async function tryGitHub<T>(step: GitHubStep, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    core.warning(gitHubFailureWarning(step, error));
    return undefined;
  }
}

/** Writes a report file under the workspace (JSON) and returns its absolute path, or "" when the input is empty. */
function writeOutputFile(workspace: string, path: string, content: object): string {
  if (!path) return "";
  const file = resolve(workspace, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  return file;
}

/** Findings name files relative to the scanned folder; GitHub wants them relative to the repository. */
function repositoryPrefix(workspace: string, root: string): string {
  const path = relative(workspace, root);
  if (!path || path.startsWith("..")) return "";
  return `${path.split(sep).join("/")}/`;
}
