import type { Config } from "../config/config.js";
import type { LoadedPolicy } from "../evaluate/policy.js";
import { policyDocsUrl } from "../report/policy-help.js";

/**
 * Every policy with the severity it reports with under this config (`off` when turned off), its parameters (the
 * values in force under this config, and the defaults), its docs and its file.
 */
export function renderPolicyList(policies: LoadedPolicy[], config: Config, format: "text" | "json"): string {
  const rows = policies.map((p) => {
    const setting = config.policies?.[p.id];
    const severity = setting === "off" ? "off" : (setting?.severity ?? p.severity);
    return {
      id: p.id,
      severity,
      subject: p.subject,
      title: p.title,
      params: { ...p.params, ...(setting === "off" ? {} : setting?.params) },
      defaultParams: p.params ?? {},
      ...(policyDocsUrl(p) ? { docs: policyDocsUrl(p) } : {}),
      source: p.origin.builtin ? "built-in" : "custom",
      file: p.origin.file,
    };
  });
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  const width = Math.max(...rows.map((r) => r.id.length), 2);
  const line = (r: (typeof rows)[number]) =>
    `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.subject.padEnd(10)}  ${r.source.padEnd(8)}  ${r.title}  (${r.file})`;
  const custom = rows.filter((r) => r.source === "custom").length;
  return `${rows.map(line).join("\n")}\n\n${rows.length} policies: ${rows.length - custom} built-in, ${custom} custom\n`;
}
