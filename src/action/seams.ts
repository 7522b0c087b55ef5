import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import * as core from "@actions/core";
import { context } from "@actions/github";
import { baseFingerprints } from "../app/base-scan.js";
import { readGitHistory } from "../app/git-history.js";
import { helmRendering } from "../app/helm.js";
import { nodeFileSystem } from "../io/file-system.js";
import { changedLinesFrom } from "../report/changed-lines.js";
import { actionClock } from "./clock.js";
import { createGitHubClient } from "./github/client.js";
import { listPullRequestFiles, upsertStickyComment } from "./github/pull-request.js";
import type { ActionSeams } from "./main.js";
import { octokitIssues } from "./reassessment/octokit-issues.js";

/** The runner's side of the action: @actions/core, the event's context, the process, git, GitHub's API. */
export function runnerSeams(): ActionSeams {
  return {
    core: {
      getInput: (name) => core.getInput(name),
      getBooleanInput: (name) => core.getBooleanInput(name),
      setOutput: (name, value) => core.setOutput(name, value),
      setFailed: (message) => core.setFailed(message),
      info: (message) => core.info(message),
      warning: (message, properties) => core.warning(message, properties),
      error: (message, properties) => core.error(message, properties),
      notice: (message, properties) => core.notice(message, properties),
      writeSummary: async (markdown) => {
        await core.summary.addRaw(markdown).write();
      },
    },
    context: {
      eventName: context.eventName,
      payload: context.payload,
      repo: context.repo,
      serverUrl: context.serverUrl,
      sha: context.sha,
      runId: context.runId,
    },
    env: process.env,
    fs: nodeFileSystem,
    writeFile: (file, text) => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
    clock: () => actionClock(process.env),
    gitHistory: readGitHistory,
    helm: (root) => helmRendering(root),
    baseFingerprints,
    gitHub: (token) => {
      const client = createGitHubClient(token);
      return {
        changedLines: async (repository, pull) =>
          changedLinesFrom(await listPullRequestFiles(client, repository, pull)),
        upsertComment: (repository, pull, comment, findings) =>
          upsertStickyComment(client, repository, pull, comment, findings),
        issues: (repository) => octokitIssues(client, repository),
      };
    },
  };
}
