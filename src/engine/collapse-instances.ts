import type { Finding } from "../evaluate/finding.js";
import type { SourceRef } from "../model/types.js";

const NAMES_SHOWN = 3;

/**
 * One declaration instantiated several times (a local Terraform module called twice) gives entities that share
 * their declaration; a problem that lies in the declaration itself, not in what one instance passed, is then the
 * same finding (policy, field, place) for each. An entity gives at most one finding per policy and field, so a
 * group of several is several instances: it is reported once, naming the others.
 */
export function collapseInstances(findings: Finding[]): Finding[] {
  const groups = new Map<string, [Finding, ...Finding[]]>();
  for (const finding of findings) {
    const declaration = finding.subjectRef ? place(finding.subjectRef) : finding.subject.name;
    const key = [finding.policy, finding.field, place(finding.ref), declaration].join("\n");
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups.values()].map(([first, ...others]) => {
    if (others.length === 0) return first;
    const names = [...new Set(others.map((other) => other.subject.name))].filter((name) => name !== first.subject.name);
    const shown = names.slice(0, NAMES_SHOWN).join(", ");
    const more = names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : "";
    const also = names.length > 0 ? `; also ${shown}${more}` : "";
    return { ...first, message: `${first.message} (${others.length + 1} instances of this declaration${also})` };
  });
}

function place(ref: SourceRef): string {
  return `${ref.file}#${ref.doc}#${ref.line ?? ""}#${ref.path.join("/")}`;
}
