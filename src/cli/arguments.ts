import { parseArgs } from "node:util";
import type { FailOn } from "../config/config.js";
import { REPORT_FORMATS, type ReportFormat } from "../report/formats.js";
import { FAIL_ON_VALUES } from "../report/gate.js";

export const POLICY_LIST_FORMATS = ["text", "json"] as const;
export type PolicyListFormat = (typeof POLICY_LIST_FORMATS)[number];

/** One report of a scan: to a file, or (no file) to --output or standard output. */
export interface Output {
  format: ReportFormat;
  file?: string;
}

export type Command =
  | {
      name: "scan";
      path: string;
      outputs: Output[];
      config?: string;
      failOn?: FailOn;
      quiet: boolean;
      /** False with --no-color; otherwise the environment and the terminal decide. */
      color: boolean;
      /** False with --no-helm: charts are read from values.yaml even when helm is on PATH. */
      helm: boolean;
    }
  | { name: "policies"; format: PolicyListFormat; config?: string; path: string }
  | { name: "test"; config?: string; path: string }
  | { name: "explain"; policy: string; format: PolicyListFormat; config?: string }
  | { name: "help" }
  | { name: "version" };

export class UsageError extends Error {}

export const USAGE = `Usage:
  archlint scan [path] [--format FORMAT[=FILE]]... [--output FILE] [--config FILE]
                       [--fail-on error|warning|notice|never] [--quiet] [--no-color] [--no-helm]
  archlint policies [--format text|json] [--config FILE] [path]
  archlint explain POLICY [--format text|json] [--config FILE]   what a policy judges, why, how to fix it
  archlint test [--config FILE] [path]     run the repository's own policies on .archlint/fixtures/
  archlint --version | --help
  --debug                                  print the stack trace of an internal error

path is a folder (default: .) or one manifest. FORMAT is ${REPORT_FORMATS.join(", ")} (default: text);
repeat --format to write several reports in one run, each FORMAT=FILE to its file and at most one without a
file, to --output or standard output: --format text --format sarif=archlint.sarif --format junit=junit.xml
--quiet reports only the findings that reach --fail-on. Colour: on a terminal, unless --no-color or NO_COLOR;
FORCE_COLOR=1 forces it, FORCE_COLOR=0 turns it off.
Helm charts are rendered with \`helm template\` when helm is on PATH (no network, no plugins); --no-helm reads
them from values.yaml only.

Exit status: 0 when no finding reaches the fail-on level (default: error), 1 when one does,
2 on a usage or configuration error, 3 on an internal error.`;

export function parseCommand(argv: string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: "help" };
  if (values.version) return { name: "version" };
  const [command = "scan", path = ".", ...extra] = positionals;
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (command === "policies")
    return { name: "policies", format: listFormat(command, values.format), config: values.config, path };
  if (command === "explain") {
    if (positionals.length < 2) throw new UsageError("explain needs a policy id: archlint explain <policy>");
    return { name: "explain", policy: path, format: listFormat(command, values.format), config: values.config };
  }
  if (command === "test") return { name: "test", config: values.config, path };
  if (command !== "scan") throw new UsageError(`unknown command "${command}": use scan, policies, explain or test`);
  const failOn = values["fail-on"] as FailOn | undefined;
  if (failOn !== undefined && !FAIL_ON_VALUES.includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(", ")}, not "${failOn}"`);
  }
  return {
    name: "scan",
    path,
    outputs: parseOutputs(values.format ?? [], values.output),
    config: values.config,
    failOn,
    quiet: values.quiet === true,
    color: values["no-color"] !== true,
    helm: values["no-helm"] !== true,
  };
}

/** The one --format of `policies` and `explain`: text or json. */
function listFormat(command: string, formats: string[] | undefined): PolicyListFormat {
  const format = formats?.[0] ?? "text";
  if (formats && formats.length > 1) throw new UsageError(`${command} takes one --format`);
  if (!POLICY_LIST_FORMATS.includes(format as PolicyListFormat)) {
    throw new UsageError(`${command} --format must be one of ${POLICY_LIST_FORMATS.join(", ")}, not "${format}"`);
  }
  return format as PolicyListFormat;
}

/** `--format F` and `--format F=FILE`, each at most once per file; the one without a file goes to --output. */
function parseOutputs(formats: string[], output: string | undefined): Output[] {
  const outputs = (formats.length ? formats : ["text"]).map((value): Output => {
    const [format = "", ...file] = value.split("=");
    if (!REPORT_FORMATS.includes(format as ReportFormat)) {
      throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(", ")}, not "${format}"`);
    }
    if (file.length && !file.join("=")) throw new UsageError(`--format ${format}= needs a file name after "="`);
    return file.length ? { format: format as ReportFormat, file: file.join("=") } : { format: format as ReportFormat };
  });
  const unnamed = outputs.filter((o) => o.file === undefined);
  if (unnamed.length > 1) {
    throw new UsageError(
      `only one --format can go to ${output ? "--output" : "standard output"}: give the others a file (FORMAT=FILE)`,
    );
  }
  const files = outputs.map((o) => o.file ?? output).filter((f) => f !== undefined);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice) throw new UsageError(`two reports would be written to ${twice}`);
  if (output && unnamed.length === 0)
    throw new UsageError("--output has no report to take: every --format names its file");
  return outputs.map((o) => (o.file === undefined && output ? { ...o, file: output } : o));
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f", multiple: true },
      output: { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      "fail-on": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      "no-color": { type: "boolean" },
      "no-helm": { type: "boolean" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
