import { parseArgs } from "node:util";
import type { FailOn } from "../config/config.js";
import { FAIL_ON_VALUES } from "../report/gate.js";

export const FORMATS = ["text", "json", "sarif", "markdown"] as const;
export type OutputFormat = (typeof FORMATS)[number];

export type Command =
  | { name: "scan"; path: string; format: OutputFormat; output?: string; config?: string; failOn?: FailOn }
  | { name: "policies"; format: OutputFormat; config?: string; path: string }
  | { name: "test"; config?: string; path: string }
  | { name: "help" }
  | { name: "version" };

export class UsageError extends Error {}

export const USAGE = `Usage:
  archlint scan [path] [--format text|json|sarif|markdown] [--output FILE] [--config FILE]
                       [--fail-on error|warning|notice|never]
  archlint policies [--format text|json] [--config FILE] [path]
  archlint test [--config FILE] [path]     run the repository's own policies on .archlint/fixtures/
  archlint --version | --help
  --debug                                  print the stack trace of an internal error

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
  const format = (values.format ?? "text") as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
  if (command === "policies") return { name: "policies", format, config: values.config, path };
  if (command === "test") return { name: "test", config: values.config, path };
  if (command !== "scan") throw new UsageError(`unknown command "${command}": use scan, policies or test`);
  const failOn = values["fail-on"] as FailOn | undefined;
  if (failOn !== undefined && !FAIL_ON_VALUES.includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(", ")}, not "${failOn}"`);
  }
  return { name: "scan", path, format, output: values.output, config: values.config, failOn };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      "fail-on": { type: "string" },
      debug: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}
