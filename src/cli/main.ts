import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { readGitHistory } from "../app/git-history.js";
import { loadAllPolicies, runScan } from "../app/run-scan.js";
import { testPolicies } from "../app/test-policies.js";
import { CUSTOM_POLICY_DIRECTORY } from "../config/custom-policies.js";
import { type LoadedConfig, loadConfig } from "../config/load-config.js";
import { nodeFileSystem } from "../io/file-system.js";
import { emptyScanWarning } from "../report/empty-scan.js";
import { reachesFailLevel } from "../report/gate.js";
import { renderReport } from "../report/render.js";
import { TOOL } from "../version.js";
import { type Command, parseCommand, USAGE, UsageError } from "./arguments.js";
import { describeFailure, EXIT, OutputError } from "./exit.js";
import { renderPolicyList } from "./policy-list.js";

export interface Terminal {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  now: () => Date;
}

/** Runs one CLI invocation and returns its exit status; nothing here calls process.exit. */
export function main(argv: string[], terminal: Terminal): number {
  try {
    return run(parseCommand(argv), terminal);
  } catch (error) {
    const failure = describeFailure(error, argv.includes("--debug"));
    terminal.stderr.write(failure.message);
    return failure.status;
  }
}

function run(command: Command, terminal: Terminal): number {
  if (command.name === "help") return print(terminal, `${USAGE}\n`, 0);
  if (command.name === "version") return print(terminal, `${TOOL.version}\n`, 0);
  const root = resolve(command.path);
  const directory = nodeFileSystem.stat(root);
  if (directory?.type !== "directory") throw new UsageError(`${command.path} is not a directory`);
  const loaded = loadConfig(nodeFileSystem, root, command.config && resolve(command.config));
  const { config } = loaded;
  if (command.name === "policies") {
    const policies = loadAllPolicies(nodeFileSystem, root, loaded);
    return print(terminal, renderPolicyList(policies, config, command.format), 0);
  }
  if (command.name === "test") return runPolicyTests(root, loaded, terminal);
  const progress = terminal.stderr.isTTY ? progressLine(terminal) : undefined;
  const now = terminal.now();
  const { report, policies } = runScan({
    root,
    fs: nodeFileSystem,
    config,
    configSource: loaded.source,
    gitHistory: () => readGitHistory(root, now),
    now,
    onProgress: progress,
  });
  if (progress) terminal.stderr.write("\r\u001b[K");
  const empty = emptyScanWarning(report, command.path);
  if (empty) terminal.stderr.write(`archlint: ${empty}\n`);
  const output = renderReport(command.format, report, policies, !command.output && terminal.stdout.isTTY === true);
  if (command.output) writeOutput(command.output, output);
  else terminal.stdout.write(output);
  return reachesFailLevel(report.findings, command.failOn ?? config.failOn ?? "error") ? EXIT.findings : EXIT.clean;
}

function runPolicyTests(root: string, loaded: LoadedConfig, terminal: Terminal): number {
  const results = testPolicies(nodeFileSystem, root, loaded, terminal.now());
  const failed = results.filter((r) => r.problems.length);
  const lines = results.map((r) =>
    r.problems.length ? `FAIL ${r.name}\n${r.problems.map((p) => `     ${p}`).join("\n")}` : `ok   ${r.name}`,
  );
  const summary = results.length
    ? `${results.length - failed.length} passed, ${failed.length} failed`
    : `no custom policies under ${CUSTOM_POLICY_DIRECTORY}/ or policyPaths`;
  return print(terminal, `${[...lines, summary].join("\n")}\n`, failed.length ? 1 : 0);
}

/** Writes `--output`, its missing parent folders first; a path that cannot be written is the user's to fix. */
function writeOutput(file: string, content: string): void {
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, content);
  } catch (error) {
    throw new OutputError(`cannot write --output ${file}: ${(error as Error).message}`);
  }
}

function print(terminal: Terminal, text: string, status: number): number {
  terminal.stdout.write(text);
  return status;
}

/** A progress line on a terminal, redrawn at most every 100 ms. */
function progressLine(terminal: Terminal) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    terminal.stderr.write(`\r\u001b[Karchlint: ${done}/${total} files`);
  };
}
