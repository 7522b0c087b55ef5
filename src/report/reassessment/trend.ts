import { SEVERITIES } from "../../model/types.js";
import type { ReassessmentSnapshot } from "./snapshot.js";
import { VERDICT_TEXT } from "./verdict.js";

const delta = (before: number, after: number) =>
  after === before ? "=" : after > before ? `+${after - before}` : `−${before - after}`;

const ROWS: [string, (s: ReassessmentSnapshot) => number][] = [
  ["Owned services", (s) => s.services],
  ["Functions", (s) => s.functions],
  ...SEVERITIES.map((severity): [string, (s: ReassessmentSnapshot) => number] => [
    `Findings: ${severity}`,
    (s) => s.findings[severity],
  ]),
];

/** The trend table: the previous reassessment's numbers next to this one's. */
export function renderTrend(previous: ReassessmentSnapshot, current: ReassessmentSnapshot): string[] {
  const lines = [
    `| | ${previous.year} (${previous.date}) | ${current.year} (${current.date}) | Change |`,
    "|---|---:|---:|---:|",
    ...ROWS.map(
      ([name, read]) => `| ${name} | ${read(previous)} | ${read(current)} | ${delta(read(previous), read(current))} |`,
    ),
    `| Verdict | ${VERDICT_TEXT[previous.verdict]} | ${VERDICT_TEXT[current.verdict]} | ${previous.verdict === current.verdict ? "=" : "changed"} |`,
  ];
  return lines;
}

/** The comment a run adds when the verdict changed since the issue was last updated. */
export function renderWhatChanged(before: ReassessmentSnapshot, after: ReassessmentSnapshot): string {
  const lines = [
    `**archlint:** the verdict changed from **${VERDICT_TEXT[before.verdict]}** to **${VERDICT_TEXT[after.verdict]}** (${after.date}).`,
    "",
    ...SEVERITIES.filter((s) => before.findings[s] !== after.findings[s]).map(
      (s) =>
        `- ${s} findings: ${before.findings[s]} → ${after.findings[s]} (${delta(before.findings[s], after.findings[s])})`,
    ),
  ];
  const started = Object.keys(after.policies)
    .filter((p) => !before.policies[p])
    .sort();
  const stopped = Object.keys(before.policies)
    .filter((p) => !after.policies[p])
    .sort();
  if (started.length) lines.push(`- Now firing: ${started.map((p) => `\`${p}\` (${after.policies[p]})`).join(", ")}`);
  if (stopped.length) lines.push(`- No longer firing: ${stopped.map((p) => `\`${p}\``).join(", ")}`);
  lines.push("", "The issue body above is up to date.");
  return `${lines.join("\n")}\n`;
}
