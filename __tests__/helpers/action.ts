import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { NODE, PROJECT } from "./bundle.js";

export interface ActionRunOptions {
  /** The checkout: GITHUB_WORKSPACE and the working directory. */
  workspace: string;
  /** Inputs as a workflow's `with:` gives them; the rest come from action.yml's defaults. */
  inputs?: Record<string, string>;
  /** The event that triggered the workflow and its webhook payload (written to GITHUB_EVENT_PATH). */
  event?: { name: string; payload: object };
  /** GITHUB_API_URL, e.g. a FakeGitHub's url. */
  apiUrl?: string;
  serverUrl?: string;
  /** What `${{ github.token }}` expands to. */
  token?: string;
  repository?: string;
  sha?: string;
  runId?: string;
  env?: Record<string, string>;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** What the step wrote to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** What the step wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
}

interface ActionManifest {
  inputs: Record<string, { default?: string }>;
}

/**
 * Runs the committed dist/index.js as the runner does: `INPUT_*` from action.yml's defaults overlaid with `inputs`,
 * the event payload at GITHUB_EVENT_PATH, fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the GITHUB_*
 * variables a hosted runner sets. Asynchronous, so a fake API served by this process can answer.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const scratch = mkdtempSync(join(tmpdir(), "archlint-action-"));
  const outputFile = join(scratch, "output");
  const summaryFile = join(scratch, "summary.md");
  const eventFile = join(scratch, "event.json");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}));
  const token = options.token ?? "";

  const manifest = load(readFileSync(join(PROJECT, "action.yml"), "utf8")) as ActionManifest;
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(manifest.inputs)) {
    const value =
      options.inputs?.[name] ??
      String(input.default ?? "")
        .replace("${{ github.token }}", token)
        .replace("${{ github.repository }}", options.repository ?? "octo-org/octo-repo");
    inputs[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  const unknown = Object.keys(options.inputs ?? {}).filter((name) => !(name in manifest.inputs));
  if (unknown.length) throw new Error(`action.yml declares no input ${unknown.join(", ")}`);

  // The test process's own GitHub variables (when the suite itself runs in Actions) must not leak in.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("GITHUB_") && !name.startsWith("INPUT_")),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ...inputs,
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event?.name ?? "push",
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl ?? "http://127.0.0.1:9",
    GITHUB_SERVER_URL: options.serverUrl ?? "https://github.com",
    GITHUB_REPOSITORY: options.repository ?? "octo-org/octo-repo",
    GITHUB_SHA: options.sha ?? "f".repeat(40),
    GITHUB_RUN_ID: options.runId ?? "4242",
    GITHUB_RUN_ATTEMPT: "1",
    RUNNER_TEMP: scratch,
    ...options.env,
  };

  const child = spawn(NODE, [join(PROJECT, "dist", "index.js")], { cwd: options.workspace, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value's lines, then the delimiter (or plain `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = "", delimiter] = heredoc;
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? "");
      outputs[name] = value.join("\n");
    } else if (line.includes("=")) {
      outputs[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return outputs;
}
