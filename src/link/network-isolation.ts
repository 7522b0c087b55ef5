import type { Entity, Model, WorkloadEntity } from "../model/types.js";
import { sameNamespace, UnseenObjects } from "./unseen.js";
import { sameVariant } from "./variants.js";

interface Expression {
  key: string;
  operator: string;
  values: string[];
}
interface PodSelector {
  matchLabels: Record<string, string>;
  matchExpressions: Expression[];
}

/** Workload types that are services rather than one-off work: what the owned-services count counts. */
const SERVICE_TYPES = new Set([
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "compose-service",
  "helm-values",
]);

/**
 * A pod on the host network shares the node's network namespace: NetworkPolicies do not apply to it (the API
 * leaves it undefined and the common CNIs ignore such pods), so no policy isolates it, selected or not.
 */
const HOST_NETWORK_GAP =
  "runs with hostNetwork: true, where no NetworkPolicy can isolate it (it shares the node's network namespace)";

/**
 * Which Kubernetes workloads a NetworkPolicy selects (`networkIsolated`; absent when none does but a Helm
 * template may declare one; false on the host network, with `isolationGap` saying why), and how many owned services the repository runs (`ownedServiceCount`, distinct
 * `serviceKey`s of owned long-running workloads across formats), the gate of the isolation policy.
 */
export function networkIsolation(model: Model): void {
  const workloads = model.entities.filter((e): e is WorkloadEntity => e.kind === "workload");
  const policies = model.entities.filter((e) => e.kind === "network-policy");
  const unseen = new UnseenObjects(model);
  const owned = new Set(workloads.filter((w) => w.owned && SERVICE_TYPES.has(w.workloadType)).map((w) => w.serviceKey));
  for (const workload of workloads) {
    if (workload.platform !== "kubernetes" || !SERVICE_TYPES.has(workload.workloadType)) continue;
    workload.ownedServiceCount = owned.size;
    const selecting = policies.filter((policy) => selects(policy, workload));
    if (workload.hostNetwork === true) {
      workload.networkIsolated = false;
      workload.isolationGap = HOST_NETWORK_GAP;
      workload.origins.networkIsolated = workload.origins.hostNetwork ?? { ref: workload.ref };
    } else if (selecting.length > 0) {
      workload.networkIsolated = true;
      workload.networkPolicies = selecting.map((p) => p.name);
    } else if (!unseen.mayHide(workload.source.file, "NetworkPolicy")) {
      workload.networkIsolated = false;
      workload.isolationGap = "is selected by no NetworkPolicy";
    }
  }
}

function selects(policy: Entity, workload: WorkloadEntity): boolean {
  if (!sameNamespace(policy.namespace, workload.namespace) || !sameVariant(policy, workload)) return false;
  return matchesSelector(policy.podSelector as PodSelector, workload.podLabels);
}

/** Label-selector semantics: every matchLabels pair and every expression must hold; `{}` selects every pod. */
export function matchesSelector(selector: PodSelector, labels: Record<string, string>): boolean {
  const pairs = Object.entries(selector.matchLabels ?? {});
  if (!pairs.every(([key, value]) => labels[key] === value)) return false;
  return (selector.matchExpressions ?? []).every(({ key, operator, values }) => {
    const present = Object.hasOwn(labels, key);
    switch (operator) {
      case "In":
        return present && values.includes(labels[key] as string);
      case "NotIn":
        return !present || !values.includes(labels[key] as string);
      case "Exists":
        return present;
      case "DoesNotExist":
        return !present;
      default:
        return false;
    }
  });
}
