import type { Entity, WorkloadEntity } from "../model/types.js";
import { matchesSelector } from "./network-isolation.js";
import { sameNamespace } from "./unseen.js";
import { sameVariant } from "./variants.js";

/**
 * The workloads Services select, with the workloads indexed once by id (a compose service's own workload) and
 * by each pod label (a Kubernetes selector's first label narrows the candidates): every Service of a large
 * repository is matched without going through every workload.
 */
export class WorkloadSelection {
  private readonly byId = new Map<string, WorkloadEntity[]>();
  private readonly byLabel = new Map<string, WorkloadEntity[]>();

  constructor(workloads: readonly WorkloadEntity[]) {
    for (const workload of workloads) {
      add(this.byId, workload.id, workload);
      if (workload.platform !== "kubernetes") continue;
      for (const [key, value] of Object.entries(workload.podLabels ?? {}))
        add(this.byLabel, label(key, value), workload);
    }
  }

  /** The workloads a Service selects, in the model's order; empty when none is in the scan. */
  of(service: Entity): WorkloadEntity[] {
    if (typeof service.workloadId === "string") return this.byId.get(service.workloadId) ?? [];
    const selector = (service.selector ?? {}) as Record<string, string>;
    const first = Object.entries(selector)[0];
    if (!first) return [];
    return (this.byLabel.get(label(...first)) ?? []).filter(
      (w) =>
        sameVariant(w, service) &&
        sameNamespace(w.namespace, service.namespace) &&
        matchesSelector({ matchLabels: selector, matchExpressions: [] }, w.podLabels),
    );
  }
}

const label = (key: string, value: unknown) => `${key}\u0000${String(value)}`;

function add(index: Map<string, WorkloadEntity[]>, key: string, workload: WorkloadEntity): void {
  const list = index.get(key);
  if (list) list.push(workload);
  else index.set(key, [workload]);
}
