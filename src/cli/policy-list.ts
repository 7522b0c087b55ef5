import type { LoadedPolicy } from "../evaluate/policy.js";

export function renderPolicyList(policies: LoadedPolicy[], format: string): string {
  const rows = policies.map((p) => ({
    id: p.id,
    severity: p.severity,
    subject: p.subject,
    title: p.title,
    source: p.origin.file,
  }));
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  const width = Math.max(...rows.map((r) => r.id.length), 2);
  return `${rows.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.subject.padEnd(10)}  ${r.title}  (${r.source})`).join("\n")}\n`;
}
