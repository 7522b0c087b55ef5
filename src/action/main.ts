import { relative, resolve, sep } from "node:path";
import type { baseFingerprints } from "../app/base-scan.js";
import type { readGitHistory } from "../app/git-history.js";
import { loadCheckedConfig, runScan } from "../app/run-scan.js";
import type { FailOn } from "../config/config.js";
import { ConfigurationErrors } from "../config/configuration-errors.js";
import { configuredLastReview } from "../config/last-reviewed.js";
import type { LoadedConfig } from "../config/load-config.js";
import type { HelmRendering } from "../engine/helm-charts.js";
import type { LoadedPolicy } from "../evaluate/policy.js";
import type { FileSystem } from "../io/file-system.js";
import { planAnnotations } from "../report/annotation-plan.js";
import { architectureFlowchart, renderArchitectureMap } from "../report/architecture-map.js";
import type { ChangedLines } from "../report/changed-lines.js";
import { emptyScanWarning } from "../report/empty-scan.js";
import { FAIL_ON_VALUES, gatedFindings, reachesFailLevel } from "../report/gate.js";
import { renderJobSummary } from "../report/job-summary.js";
import { escapeMarkdown } from "../report/markdown.js";
import { type PrComment, renderPrComment } from "../report/pr-comment.js";
import type { Report } from "../report/report.js";
import { type ReviewFinding, toReviewFindings } from "../report/review.js";
import type { ReviewInput } from "../report/review-markdown.js";
import { renderSarif } from "../report/sarif.js";
import { annotate } from "./annotations.js";
import type { RepositoryRef } from "./github/pull-request.js";
import {
  type ActionMode,
  chooseMode,
  type EventPayload,
  MODE_VALUES,
  type PullRequestTarget,
  pullRequestTarget,
} from "./mode.js";
import { type GitHubStep, gitHubFailureWarning } from "./permission-warning.js";
import { repositoryOf, runUrlOf, sourceLinksOf } from "./reassessment/environment.js";
import { listInput } from "./reassessment/inputs.js";
import type { IssuesApi } from "./reassessment/issues-api.js";
import { lookupLastReassessment } from "./reassessment/last-reassessment.js";
import { runReassessment } from "./reassessment/run-reassessment.js";
import { resolveScanRoot } from "./scan-root.js";

/** What the action reads from and writes to the runner: @actions/core's part of it. */
export interface ActionCore {
  getInput(name: string): string;
  getBooleanInput(name: string): boolean;
  setOutput(name: string, value: unknown): void;
  setFailed(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: object): void;
  error(message: string, properties: object): void;
  notice(message: string, properties: object): void;
  /** Appends to the job summary (GITHUB_STEP_SUMMARY). */
  writeSummary(markdown: string): Promise<void>;
}

/** The GitHub API calls the action makes (src/action/seams.ts gives Octokit's). */
export interface ActionGitHub {
  changedLines(repository: RepositoryRef, pull: number): Promise<ChangedLines>;
  upsertComment(repository: RepositoryRef, pull: number, comment: PrComment, findings: number): Promise<string>;
  issues(repository: RepositoryRef): IssuesApi;
}

/** Everything the action touches beyond the engine, so a test can drive each step with fakes. */
export interface ActionSeams {
  core: ActionCore;
  context: {
    eventName: string;
    payload: EventPayload;
    repo: RepositoryRef;
    serverUrl: string;
    sha: string;
    runId: number;
  };
  env: NodeJS.ProcessEnv;
  fs: FileSystem;
  /** Writes a report file, creating its folder. */
  writeFile(file: string, text: string): void;
  clock(): Date;
  gitHistory: typeof readGitHistory;
  /** `helm template` for the charts under a root, or why there is none. */
  helm(root: string): HelmRendering;
  baseFingerprints: typeof baseFingerprints;
  gitHub(token: string): ActionGitHub;
}

/** The inputs (docs/github.md, "Inputs and outputs"), checked. */
interface ActionInputs {
  workspace: string;
  root: string;
  /** Where the scanned folder is in the repository (`infra/`), which findings' paths are relative to. */
  pathPrefix: string;
  mode: ActionMode;
  failOn: FailOn;
  onlyNew: boolean;
  loaded: LoadedConfig;
  now: Date;
  gitHub?: ActionGitHub;
  repository?: RepositoryRef;
  labels: string[];
}

/** What the scan found, as a reviewer sees it: findings on repository paths, new or not. */
interface ActionScan {
  report: Report;
  policies: LoadedPolicy[];
  findings: ReviewFinding[];
  /** The pull request reviewed, when the mode is review and the event names one. */
  pull?: PullRequestTarget;
  /** Whether "new" is known: from the base commit's scan or the pull request's changed lines. */
  newKnown: boolean;
  /** The warning for a folder with no deployment manifest. */
  empty?: string;
  passed: boolean;
}

/**
 * The action, as docs/github.md tells it: read the inputs; scan (and, on a pull request, the base commit, so that
 * "new" means absent from it); publish where a reviewer looks (annotations, SARIF and JSON, outputs, the job
 * summary, the pull request comment, the reassessment issue); then fail the step per `fail-on`.
 */
export async function runAction(seams: ActionSeams): Promise<void> {
  const { core } = seams;
  try {
    const inputs = readInputs(seams);
    if (typeof inputs === "string") return core.setFailed(inputs);
    const scanned = await scan(inputs, seams);
    await publish(inputs, scanned, seams);
    gate(inputs, scanned, seams);
  } catch (error) {
    if (error instanceof ConfigurationErrors) core.setFailed(`archlint configuration error:\n${error.message}`);
    else core.setFailed(`archlint failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The inputs, or the message the step fails with when one is wrong. */
function readInputs({ core, context, env, fs, clock, gitHub }: ActionSeams): ActionInputs | string {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const scanRoot = resolveScanRoot(fs, workspace, core.getInput("path"));
  if ("problem" in scanRoot) return `archlint: ${scanRoot.problem}`;
  const failOnInput = core.getInput("fail-on");
  if (failOnInput && !FAIL_ON_VALUES.includes(failOnInput as FailOn)) {
    return `fail-on must be one of ${FAIL_ON_VALUES.join(", ")}, not "${failOnInput}"`;
  }
  const mode = chooseMode(core.getInput("mode") || "auto", context.eventName);
  if (!mode) return `mode must be one of ${MODE_VALUES.join(", ")}, not "${core.getInput("mode")}"`;
  const onlyNew = core.getBooleanInput("only-new");
  const configInput = core.getInput("config");
  const { root } = scanRoot;
  const loaded = loadCheckedConfig(fs, root, configInput ? resolve(workspace, configInput) : undefined);
  const token = core.getInput("github-token");
  const repository = repositoryOf(core.getInput("repository"), env);
  return {
    workspace,
    root,
    pathPrefix: repositoryPrefix(workspace, root),
    mode,
    failOn: (failOnInput || loaded.config.failOn || "error") as FailOn,
    onlyNew,
    loaded,
    now: clock(),
    ...(token ? { gitHub: gitHub(token) } : {}),
    ...(repository ? { repository } : {}),
    labels: listInput(core.getInput("reassessment-labels")),
  };
}

/** The scan, with the last reassessment's date; on a pull request, which findings it introduces. */
async function scan(inputs: ActionInputs, seams: ActionSeams): Promise<ActionScan> {
  const { core, context, fs } = seams;
  const { root, loaded, now, pathPrefix, gitHub } = inputs;
  const issues = issuesOf(inputs);
  // A reassessment run opens or keeps this period's issue, so the review it asks for is under way now.
  const lastReassessment =
    inputs.mode === "reassessment" ? now : issues && (await lookupLastReassessment(issues, inputs.labels[0], core));
  const { report, policies } = runScan({
    root,
    fs,
    config: loaded.config,
    configSource: loaded.source,
    gitHistory: () => seams.gitHistory(root, now),
    helm: seams.helm(root),
    now,
    ...(lastReassessment ? { lastReassessment } : {}),
  });
  const empty = emptyScanWarning(report, pathPrefix || "the workspace root");
  if (empty) core.warning(`archlint: ${empty}`);

  const pull = inputs.mode === "review" ? reviewedPullRequest(seams) : undefined;
  const reviewer = pull ? gitHub : undefined;
  const changed =
    pull && reviewer
      ? await tryGitHub(core, "changed-files", () => reviewer.changedLines(context.repo, pull.number))
      : undefined;
  // "New" means absent from the base commit's scan when the checkout can give the base; else on a changed line.
  const scanBase = (baseRoot: string) =>
    runScan({ root: baseRoot, fs, config: loaded.config, now, helm: seams.helm(baseRoot) }).report.findings.map(
      (f) => f.fingerprint,
    );
  const base = pull?.baseSha ? seams.baseFingerprints(inputs.workspace, pull.baseSha, pathPrefix, scanBase) : undefined;
  if (pull?.baseSha && !base)
    core.info("archlint: the base commit could not be scanned; new findings are those on changed lines");
  const findings = toReviewFindings(report.findings, pathPrefix, changed, base);
  const newKnown = changed !== undefined || base !== undefined;
  const passed = !reachesFailLevel(gatedFindings(findings, inputs.onlyNew, newKnown), inputs.failOn);
  return { report, policies, findings, newKnown, passed, ...(pull ? { pull } : {}), ...(empty ? { empty } : {}) };
}

function reviewedPullRequest({ core, context }: ActionSeams): PullRequestTarget | undefined {
  const pull = pullRequestTarget(context.payload, core.getInput("pull-request"));
  if (!pull)
    core.warning(
      "archlint: mode review needs a pull_request event (or the pull-request input in a workflow_run); ran a scan",
    );
  return pull;
}

/** Annotations, SARIF and the JSON report, the outputs, the job summary, the comment, the reassessment issue. */
async function publish(inputs: ActionInputs, scanned: ActionScan, seams: ActionSeams): Promise<void> {
  const { core, context, env } = seams;
  const { report, findings, pull } = scanned;
  const plan = planAnnotations(findings);
  annotate(plan.annotate, core);

  const writeReport = (input: string, content: object) => {
    if (!input) return "";
    const file = resolve(inputs.workspace, input);
    seams.writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
    return file;
  };
  const sarif = renderSarif(report, scanned.policies, { pathPrefix: inputs.pathPrefix });
  const sarifFile = writeReport(core.getInput("sarif-file"), sarif);
  const reportFile = writeReport(core.getInput("report-file"), report);
  const { error, warning, notice } = report.summary;
  core.setOutput("errors", error);
  core.setOutput("warnings", warning);
  core.setOutput("notices", notice);
  core.setOutput("findings", report.findings.length);
  core.setOutput("sarif-file", sarifFile);
  core.setOutput("report-file", reportFile);
  core.setOutput("passed", String(scanned.passed));

  const { owner, repo } = context.repo;
  const map = renderArchitectureMap(report);
  const review: ReviewInput = {
    report,
    findings,
    context: {
      serverUrl: context.serverUrl,
      repository: `${owner}/${repo}`,
      sha: pull?.headSha ?? context.sha,
      runUrl: `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`,
      changedLinesKnown: scanned.newKnown,
      failOn: inputs.failOn,
      onlyNew: inputs.onlyNew,
      passed: scanned.passed,
    },
    ...(map ? { architectureMap: map } : {}),
  };
  if (env.GITHUB_STEP_SUMMARY) {
    const first = scanned.empty ? `> [!WARNING]\n> archlint: ${escapeMarkdown(scanned.empty)}\n\n` : "";
    await core.writeSummary(`${first}${renderJobSummary(review, plan.omitted)}`);
  }

  const commenter = pull ? inputs.gitHub : undefined;
  if (pull && commenter && core.getBooleanInput("comment")) {
    const comment = renderPrComment(review);
    const outcome = await tryGitHub(core, "comment", () =>
      commenter.upsertComment(context.repo, pull.number, comment, report.findings.length),
    );
    if (outcome) core.info(`archlint: pull request comment ${outcome}`);
  }

  if (inputs.mode === "reassessment") await reassess(inputs, report, seams);
}

/** The reassessment issue: opened, or updated, for this period. */
async function reassess(inputs: ActionInputs, report: Report, { core, env }: ActionSeams): Promise<void> {
  const issues = issuesOf(inputs);
  const { repository } = inputs;
  if (!issues || !repository) {
    core.warning("archlint: the reassessment needs `github-token` and `repository` to write its issue");
    return;
  }
  const runUrl = runUrlOf(env);
  const flowchart = architectureFlowchart(report);
  const configLastReviewed = configuredLastReview(inputs.loaded.config);
  const outcome = await runReassessment({
    report,
    api: issues,
    now: inputs.now,
    labels: inputs.labels,
    assignees: listInput(core.getInput("reassessment-assignees"), { stripAt: true }),
    ...(configLastReviewed ? { configLastReviewed } : {}),
    ...(flowchart ? { architectureMap: flowchart } : {}),
    links: sourceLinksOf(repository, env, inputs.pathPrefix),
    ...(runUrl ? { runUrl } : {}),
    log: core,
  });
  if (outcome) core.setOutput("reassessment-issue", outcome.issue.url);
}

/**
 * Fails the step when a finding reaches `fail-on` (only new ones with `only-new`). A reassessment never fails:
 * the issue is what it delivers, and findings do not turn a scheduled run red every month.
 */
function gate(inputs: ActionInputs, scanned: ActionScan, { core }: ActionSeams): void {
  const { error, warning, notice } = scanned.report.summary;
  const counts = `${error} errors, ${warning} warnings, ${notice} notices`;
  if (scanned.passed || inputs.mode === "reassessment") core.info(`archlint: ${counts}`);
  else core.setFailed(`archlint: ${counts} (fail-on: ${inputs.failOn}${inputs.onlyNew ? ", only-new" : ""})`);
}

function issuesOf({ gitHub, repository }: ActionInputs): IssuesApi | undefined {
  return gitHub && repository ? gitHub.issues(repository) : undefined;
}

/** A GitHub call that may be refused (forks, read-only tokens): one warning, and the run goes on without it. */
async function tryGitHub<T>(core: ActionCore, step: GitHubStep, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    core.warning(gitHubFailureWarning(step, error));
    return undefined;
  }
}

/** Findings name files relative to the scanned folder; GitHub wants them relative to the repository. */
function repositoryPrefix(workspace: string, root: string): string {
  const path = relative(workspace, root);
  if (!path || path.startsWith("..")) return "";
  return `${path.split(sep).join("/")}/`;
}
