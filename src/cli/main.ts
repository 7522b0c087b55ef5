import { resolve } from "node:path";
import { readGitHistory } from "../app/git-history.js";
import { helmRendering } from "../app/helm.js";
import { loadAllPolicies, loadCheckedConfig, runScan } from "../app/run-scan.js";
import { testPolicies } from "../app/test-policies.js";
import { CUSTOM_POLICY_DIRECTORY } from "../config/custom-policies.js";
import type { LoadedConfig } from "../config/load-config.js";
import { nearest } from "../config/suggest.js";
import { nodeFileSystem } from "../io/file-system.js";
import { emptyScanWarning } from "../report/empty-scan.js";
import { reachesFailLevel } from "../report/gate.js";
import { TOOL } from "../version.js";
import { type Command, parseCommand, USAGE, UsageError } from "./arguments.js";
import { useColour } from "./colour.js";
import { describeFailure, EXIT } from "./exit.js";
import { builtinExamples, renderExplanation } from "./explain.js";
import { renderPolicyList } from "./policy-list.js";
import { scanTarget, singleFileConfig } from "./scan-target.js";
import { writeOutputs } from "./write-outputs.js";

export interface Terminal {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  now: () => Date;
  /** NO_COLOR and FORCE_COLOR are read from here. */
  env?: Record<string, string | undefined>;
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
  if (command.name === "explain") return print(terminal, explain(command), 0);
  const target = scanTarget(nodeFileSystem, command.path, process.cwd());
  if (target.file && command.name !== "scan") throw new UsageError(`${command.path} is not a directory`);
  const { root } = target;
  const loaded = loadCheckedConfig(nodeFileSystem, root, command.config && resolve(command.config));
  if (command.name === "policies") {
    const policies = loadAllPolicies(nodeFileSystem, root, loaded);
    return print(terminal, renderPolicyList(policies, loaded.config, command.format), 0);
  }
  if (command.name === "test") return runPolicyTests(root, loaded, terminal);
  const config = target.file
    ? singleFileConfig(loaded.config, target.file, loadAllPolicies(nodeFileSystem, root, loaded))
    : loaded.config;
  const progress = terminal.stderr.isTTY ? progressLine(terminal) : undefined;
  const now = terminal.now();
  const { report, policies } = runScan({
    root,
    fs: nodeFileSystem,
    config,
    configSource: loaded.source,
    gitHistory: () => readGitHistory(root, now),
    helm: helmRendering(root, command.helm),
    now,
    onProgress: progress,
  });
  if (progress) terminal.stderr.write("\r\u001b[K");
  const empty = emptyScanWarning(report, command.path);
  if (empty) terminal.stderr.write(`archlint: ${empty}\n`);
  const failOn = command.failOn ?? config.failOn ?? "error";
  const colour = useColour(command.color, terminal.env ?? {}, terminal.stdout.isTTY === true);
  writeOutputs(command.outputs, report, policies, { colour, quiet: command.quiet, failOn }, terminal.stdout);
  return reachesFailLevel(report.findings, failOn) ? EXIT.findings : EXIT.clean;
}

function explain(command: Extract<Command, { name: "explain" }>): string {
  const root = process.cwd();
  const loaded = loadCheckedConfig(nodeFileSystem, root, command.config && resolve(command.config));
  const policies = loadAllPolicies(nodeFileSystem, root, loaded);
  const policy = policies.find((p) => p.id === command.policy);
  if (!policy) {
    const suggestion = nearest(
      command.policy,
      policies.map((p) => p.id),
    );
    const hint = suggestion ? `did you mean "${suggestion}"? ` : "";
    throw new UsageError(`no policy "${command.policy}": ${hint}\`archlint policies\` lists them`);
  }
  return renderExplanation(policy, builtinExamples(policy), command.format);
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
