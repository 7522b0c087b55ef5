// node scripts/bench-text-report.mjs [--findings N] [--runs N] [--cli dist/cli.js]
// The text report against the JSON report on one file with many findings (default 30,000: three per function of
// a serverless.yml), through the CLI bundle, process start included. Prints JSON: the median wall time of each
// format (runs interleaved, so machine load hits both alike) and their ratio; the target is text within 1.5x of
// JSON (a renderer quadratic in findings per file took 78 s against 7.4 s). Build first: npm run build.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const TARGET_RATIO = 1.5;
/** Each function over the Lambda cap and without log retention or a dead-letter queue: three findings. */
const FINDINGS_PER_FUNCTION = 3;

const { values } = parseArgs({
  options: {
    findings: { type: "string", default: "30000" },
    runs: { type: "string", default: "3" },
    cli: { type: "string", default: join(resolve(import.meta.dirname, ".."), "dist", "cli.js") },
  },
});
const CLI = resolve(values.cli);
const runs = Number(values.runs);
const functions = Math.ceil(Number(values.findings) / FINDINGS_PER_FUNCTION);
const folder = mkdtempSync(join(tmpdir(), "archlint-bench-text-"));

try {
  const body = Array.from({ length: functions }, (_, i) => `  fn${i}:\n    handler: h.h\n    timeout: 1200\n`);
  writeFileSync(join(folder, "serverless.yml"), `service: many\nprovider:\n  name: aws\nfunctions:\n${body.join("")}`);
  const json = [];
  const text = [];
  for (let i = 0; i < runs; i++) {
    json.push(measure("json"));
    text.push(measure("text"));
  }
  const result = {
    cli: CLI,
    findings: json[0].findings,
    runs,
    json: summarise(json),
    text: summarise(text),
  };
  result.textToJson = round(result.text.wallMs / result.json.wallMs, 2);
  result.target = { [`text within ${TARGET_RATIO}x of JSON`]: result.textToJson <= TARGET_RATIO };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

function measure(format) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [CLI, "scan", folder, "--format", format], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 1) throw new Error(`--format ${format} exited with ${child.status}: ${child.stderr}`);
  const findings = format === "json" ? JSON.parse(child.stdout).findings.length : undefined;
  return { wallMs, findings };
}

function summarise(samples) {
  const sorted = (key) => samples.map((s) => s[key]).sort((a, b) => a - b);
  const median = (list) => list[list.length >> 1];
  return { wallMs: round(median(sorted("wallMs"))), wallMsSamples: samples.map((s) => round(s.wallMs)) };
}

function round(n, digits = 0) {
  return Number(n.toFixed(digits));
}
