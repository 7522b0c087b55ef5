import type { LoadedPolicy } from "../evaluate/policy.js";
import { policyDocsUrl } from "../report/policy-help.js";
import { builtinPolicyExamples } from "./builtin-examples.js";

/** One of a policy's test cases: its files, and where the policy fires in them (nowhere for a silent case). */
export interface PolicyExample {
  name: string;
  files: { path: string; text: string }[];
  fires: { file: string; line: number }[];
}

export interface PolicyExamples {
  fires: PolicyExample;
  silent: PolicyExample;
}

/** A built-in policy's examples, chosen from its test cases (see builtinPolicyExamples). */
export function builtinExamples(policy: LoadedPolicy): PolicyExamples | undefined {
  return policy.origin.builtin ? builtinPolicyExamples(policy.id) : undefined;
}

/** `archlint explain`: what a policy judges, why, its parameters, how to fix it, and where it fires and not. */
export function renderExplanation(policy: LoadedPolicy, examples: PolicyExamples | undefined, format: string): string {
  const docs = policyDocsUrl(policy);
  if (format === "json") {
    const { origin, ...definition } = policy;
    return `${JSON.stringify({ ...definition, file: origin.file, builtin: origin.builtin, docs, examples }, null, 2)}\n`;
  }
  const escalations = (policy.escalate ?? []).map((e) => `${e.severity} when ${JSON.stringify(e.when)}`);
  const params = Object.entries(policy.params ?? {});
  const width = Math.max(0, ...params.map(([name]) => name.length));
  const sections = [
    `${policy.id}: ${policy.title}`,
    `Severity ${policy.severity}${escalations.map((e) => `; ${e}`).join("")}. Subject: ${policy.subject}${policy.each ? `, each of ${policy.each}` : ""}. ${policy.origin.builtin ? "Built in" : "Custom"}: ${policy.origin.file}`,
    policy.description && oneParagraph(policy.description),
    policy.guide && `Why: ${policy.guide}`,
    params.length
      ? [
          `Parameters (default; set them under policies.${policy.id}.params in .archlint.yml):`,
          ...params.map(([name, value]) => `  ${name.padEnd(width)}  ${JSON.stringify(value)}`),
        ].join("\n")
      : "Parameters: none",
    policy.remediation && `How to fix: ${oneParagraph(policy.remediation)}`,
    examples && renderExample("Fires on", examples.fires),
    examples && renderExample("Silent on", examples.silent),
    docs && `Docs: ${docs}`,
  ];
  return `${sections.filter(Boolean).join("\n\n")}\n`;
}

function oneParagraph(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, " ");
}

/** Each file of the case with line numbers; `>` marks a line the policy fires on. */
function renderExample(heading: string, example: PolicyExample): string {
  const lines = [`${heading} (test case ${example.name}):`];
  for (const file of example.files) {
    const firing = new Set(example.fires.filter((f) => f.file === file.path).map((f) => f.line));
    const text = file.text.replace(/\n$/, "").split("\n");
    const width = String(text.length).length;
    lines.push(`  ${file.path}`);
    text.forEach((line, index) => {
      const marker = firing.has(index + 1) ? ">" : " ";
      lines.push(`  ${marker} ${String(index + 1).padStart(width)} | ${line}`.trimEnd());
    });
  }
  return lines.join("\n");
}
