import { resolve } from "node:path";
import * as core from "@actions/core";
import { readGitHistory } from "../app/git-history.js";
import { runScan } from "../app/run-scan.js";
import type { FailOn } from "../config/config.js";
import { loadConfig } from "../config/load-config.js";
import { ConfigurationErrors } from "../evaluate/policy.js";
import { nodeFileSystem } from "../io/file-system.js";
import { FAIL_ON_VALUES, reachesFailLevel } from "../report/gate.js";
import { annotate } from "./annotations.js";

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
    const configInput = core.getInput("config");
    const loaded = loadConfig(nodeFileSystem, root, configInput ? resolve(workspace, configInput) : undefined);
    const now = new Date();
    const { report } = runScan({
      root,
      fs: nodeFileSystem,
      config: loaded.config,
      configSource: loaded.source,
      gitHistory: readGitHistory(root, now),
      now,
    });
    annotate(report.findings, core, relativeToWorkspace(workspace, root));
    const { error, warning, notice } = report.summary;
    core.setOutput("errors", error);
    core.setOutput("warnings", warning);
    core.setOutput("notices", notice);
    core.setOutput("findings", report.findings.length);
    const failed = reachesFailLevel(report.findings, failOn as FailOn);
    core.setOutput("passed", String(!failed));
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
