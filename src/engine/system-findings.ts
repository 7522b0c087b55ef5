import type { Finding } from "../evaluate/finding.js";

/**
 * A repository of several systems is judged per system, so a problem they share (no metrics stack in any of 400
 * samples) would be one finding per system. It is reported once per policy and severity, at the first system's
 * place, naming how many systems share it, with every other system's place as `related`. Findings on one item
 * of a system (an IAM statement) are each their own problem, as are findings about anything else. Expects located
 * findings in report order.
 */
export function mergeAcrossSystems(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (!finding.system || finding.item || !finding.location) {
      kept.push(finding);
      continue;
    }
    const key = `${finding.policy}\u0000${finding.severity}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else {
      groups.set(key, [finding]);
      kept.push(finding);
    }
  }
  return kept.map((finding) => {
    const group = finding.system && !finding.item && groups.get(`${finding.policy}\u0000${finding.severity}`);
    if (!group || group.length === 1 || group[0] !== finding) return finding;
    const others = group.slice(1);
    return {
      ...finding,
      message: `${finding.message} (and ${others.length} other system${others.length === 1 ? "" : "s"}: ${names(others)})`,
      related: [...(finding.related ?? []), ...others.flatMap((other) => (other.location ? [other.location] : []))],
    };
  });
}

const NAMES_SHOWN = 3;

function names(findings: Finding[]): string {
  const shown = findings.slice(0, NAMES_SHOWN).map((f) => f.system);
  const more = findings.length - shown.length;
  return `${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}
