import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { FailOn } from "../config/config.js";
import type { LoadedPolicy } from "../evaluate/policy.js";
import { reachesFailLevel } from "../report/gate.js";
import { renderReport } from "../report/render.js";
import type { Report } from "../report/report.js";
import type { Output } from "./arguments.js";
import { OutputError } from "./exit.js";

export interface OutputOptions {
  /** Colour for the report that goes to standard output (files are never coloured). */
  colour: boolean;
  quiet: boolean;
  failOn: FailOn;
}

/** Renders each requested report once and writes it to its file (parent folders created) or to `stdout`. */
export function writeOutputs(
  outputs: Output[],
  report: Report,
  policies: LoadedPolicy[],
  options: OutputOptions,
  stdout: { write(text: string): unknown },
): void {
  const shown = options.quiet
    ? { ...report, findings: report.findings.filter((f) => reachesFailLevel([f], options.failOn)) }
    : report;
  for (const output of outputs) {
    const colour = output.file === undefined && options.colour;
    const text = renderReport(output.format, shown, policies, { colour, quiet: options.quiet });
    if (output.file === undefined) {
      stdout.write(text);
      continue;
    }
    writeReportFile(output.file, text);
  }
}

/** A report file, its missing parent folders first; a path that cannot be written is the user's to fix (exit 2). */
function writeReportFile(file: string, text: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new OutputError(`cannot write ${file}: ${(error as Error).message}`);
  }
}
