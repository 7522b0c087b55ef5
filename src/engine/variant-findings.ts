import type { Finding } from "../evaluate/finding.js";

/**
 * One finding per problem: the same policy failing on the same object (and field; the first place's message stands
 * for all) in several deployment variants is reported once, at its first place, with the other places as
 * `related`. Findings in one variant never merge (two namespaces' objects of one name are two problems), except
 * in two compose files of one project: compose has no namespaces, so one service name there is one service (the
 * alternative files `docker-compose_default.yaml`, `docker-compose_https.yaml` of one folder). Expects located
 * findings in report order.
 */
export function mergeAcrossVariants(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (!finding.variantIdentity || !finding.variants) {
      kept.push(finding);
      continue;
    }
    const key = [finding.policy, finding.variantIdentity, finding.field].join("\u0000");
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    const primary = group.find((p) => apart(p, finding));
    if (primary?.location && finding.location) {
      primary.related = [...(primary.related ?? []), finding.location];
      primary.variants = [...(primary.variants ?? []), ...finding.variants];
    } else {
      group.push(finding);
      kept.push(finding);
    }
  }
  return kept;
}

/** Whether two findings on one object are in different places of the system: other variants, or other compose files. */
function apart(first: Finding, other: Finding): boolean {
  const shared = first.variants?.filter((v) => other.variants?.includes(v)) ?? [];
  if (shared.length === 0) return true;
  return shared.every((v) => v.startsWith("compose:")) && first.location?.file !== other.location?.file;
}
