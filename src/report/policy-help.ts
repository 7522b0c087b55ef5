import { PARSE_ERROR, UNUSED_SUPPRESSION } from "../evaluate/finding.js";
import type { LoadedPolicy } from "../evaluate/policy.js";

/** docs/policies.md as published: every built-in policy has a section whose anchor is its id. */
export const POLICY_DOCS = "https://github.com/archlint/archlint/blob/main/docs/policies.md";

/** What a reader of a finding needs to act on it: how to fix it and where the policy is explained. */
export interface PolicyHelp {
  title: string;
  remediation?: string;
  /** The policy's section of docs/policies.md; custom policies have none. */
  docs?: string;
}

export function policyDocsUrl(policy: Pick<LoadedPolicy, "id" | "origin">): string | undefined {
  return policy.origin.builtin ? `${POLICY_DOCS}#${policy.id}` : undefined;
}

/** Findings that are no policy's, documented together in docs/policies.md. */
const NOT_POLICIES: Record<string, PolicyHelp> = {
  [PARSE_ERROR]: {
    title: "File could not be parsed",
    remediation: "Fix the syntax on the line named; the rest of the repository was scanned.",
    docs: `${POLICY_DOCS}#findings-that-are-not-policies`,
  },
  [UNUSED_SUPPRESSION]: {
    title: "Suppression that suppresses nothing",
    remediation: "Remove the archlint:ignore comment or the waiver, or correct the policy id it names.",
    docs: `${POLICY_DOCS}#findings-that-are-not-policies`,
  },
};

/** The help of each policy among `ids` (the policies that reported something), by id. */
export function policyHelp(policies: LoadedPolicy[], ids: Iterable<string>): Record<string, PolicyHelp> {
  const wanted = new Set(ids);
  const help: Record<string, PolicyHelp> = {};
  for (const [id, entry] of Object.entries(NOT_POLICIES)) if (wanted.has(id)) help[id] = entry;
  for (const policy of policies) {
    if (!wanted.has(policy.id)) continue;
    const docs = policyDocsUrl(policy);
    help[policy.id] = {
      title: policy.title,
      ...(policy.remediation ? { remediation: policy.remediation.trim() } : {}),
      ...(docs ? { docs } : {}),
    };
  }
  return help;
}

/** The help of the policies with findings in `report`, most severe first as the findings are ordered. */
export function reportedHelp(report: {
  findings: { policy: string }[];
  policies?: Record<string, PolicyHelp>;
}): [string, PolicyHelp][] {
  const ids = [...new Set(report.findings.map((f) => f.policy))].sort();
  return ids.flatMap((id) => {
    const help = report.policies?.[id];
    return help && (help.remediation || help.docs) ? [[id, help] as [string, PolicyHelp]] : [];
  });
}

/** For the text report: each reported policy, how to fix it and its docs, after the findings. */
export function helpLines(report: Parameters<typeof reportedHelp>[0], dim: (text: string) => string): string[] {
  const entries = reportedHelp(report);
  if (entries.length === 0) return [];
  const lines = [dim("How to fix")];
  for (const [id, help] of entries) {
    lines.push(`  ${id}: ${help.remediation ?? help.title}`);
    if (help.docs) lines.push(`    ${dim(help.docs)}`);
  }
  return [...lines, ""];
}

/**
 * A policy's own Markdown (code spans, emphasis) kept on one line, with no HTML and no @mentions. Code spans show
 * their text as written (`/aws/lambda/<function>`), so `<` is escaped only outside them.
 */
function policyMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, " ")
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 ? part : part.replace(/</g, "&lt;").replace(/@/g, "@\u200b")))
    .join("");
}

/** A policy id as Markdown, linked to its docs section when it has one. */
export function policyLink(id: string, help: PolicyHelp | undefined): string {
  return help?.docs ? `[\`${id}\`](${help.docs})` : `\`${id}\``;
}

/** For Markdown reports: one line per reported policy, its id linked to its docs, then how to fix it. */
export function helpMarkdown(report: Parameters<typeof reportedHelp>[0]): string[] {
  return reportedHelp(report).map(
    ([id, help]) => `- ${policyLink(id, help)}: ${policyMarkdown(help.remediation ?? help.title)}`,
  );
}

/** The quote under a policy's heading (a line of its own, then a blank line) in the group of findings in a pull request comment or job summary. */
export function remediationQuote(help: PolicyHelp | undefined): string {
  if (!help?.remediation && !help?.docs) return "";
  const docs = help.docs ? ` ([docs](${help.docs}))` : "";
  return `\n> **Fix:** ${policyMarkdown(help.remediation ?? help.title)}${docs}\n`;
}
