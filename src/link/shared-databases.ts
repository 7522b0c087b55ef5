import type { Model, WorkloadEntity } from "../model/types.js";

/** `orders-db.shop.svc.cluster.local` and `orders-db.shop.svc` name the Service `orders-db`; other hosts stay. */
function hostKey(host: string): string {
  const inCluster = /^([^.]+)(\.[^.]+)?\.svc(\.cluster\.local)?$/.exec(host);
  return inCluster ? (inCluster[1] as string) : host;
}

/**
 * Owned services configured with the same database host and name: each such workload gets `databaseSharedWith`
 * (the other services' keys). The same service declared in two formats shares its `serviceKey`, so it is never
 * counted twice; a database without a readable name is not compared. Host names are compared within a scope:
 * each compose file is its own project (its own network and DNS names); Kubernetes manifests are one scope.
 */
export function sharedDatabases(model: Model): void {
  const groups = new Map<string, WorkloadEntity[]>();
  for (const entity of model.entities) {
    if (entity.kind !== "workload") continue;
    const workload = entity as WorkloadEntity;
    if (!workload.owned || !workload.database?.name) continue;
    const scope = workload.platform === "compose" ? workload.source.file : workload.platform;
    const key = `${scope}#${hostKey(workload.database.host)}/${workload.database.name}`;
    groups.set(key, [...(groups.get(key) ?? []), workload]);
  }
  for (const members of groups.values()) {
    const keys = new Set(members.map((w) => w.serviceKey));
    if (keys.size < 2) continue;
    for (const workload of members) {
      workload.databaseSharedWith = [...keys].filter((k) => k !== workload.serviceKey).sort();
    }
  }
}
