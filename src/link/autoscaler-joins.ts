import { ECS_PLATFORM } from "../extract/containers/ecs-service.js";
import type { AutoscalerEntity, Model, WorkloadEntity } from "../model/types.js";
import { sameNamespace, UnseenObjects } from "./unseen.js";
import { sameVariant } from "./variants.js";

const SCALABLE = new Set(["Deployment", "StatefulSet", "ReplicaSet", "helm-values"]);
const AUTOSCALER_KINDS = ["HorizontalPodAutoscaler", "ScaledObject"];

/**
 * Joins each autoscaler to the workload it scales: `targetFound` (absent when the target could be an object
 * archlint cannot read: a chart beside it renders that kind under a name that can match), `targetMissingRequests` (containers lacking a request for a resource the autoscaler
 * scales on by utilization, each pointing at its container), and on the workload `autoscaledBy` and `autoscaled`
 * (unless its adapter knew already, as Helm values do).
 */
export function joinAutoscalers(model: Model): void {
  const workloads = model.entities.filter((e): e is WorkloadEntity => e.kind === "workload");
  const autoscalers = model.entities.filter((e): e is AutoscalerEntity => e.kind === "autoscaler");
  const unseen = new UnseenObjects(model);
  for (const autoscaler of autoscalers) {
    const targets = findTargets(autoscaler, workloads);
    for (const target of targets) {
      autoscaler.targetFound = true;
      const scaledBy = (target.autoscaledBy as string[] | undefined) ?? [];
      target.autoscaledBy = [...scaledBy, autoscaler.name];
    }
    if (targets[0]) addMissingRequests(autoscaler, targets[0]);
    else if (
      autoscaler.target &&
      SCALABLE.has(autoscaler.target.kind) &&
      !unseen.mayHideNamed(autoscaler.source.file, autoscaler.target.kind, autoscaler.target.name)
    ) {
      autoscaler.targetFound = false;
    }
  }
  for (const workload of workloads) {
    if (workload.autoscaledBy) workload.autoscaled = true;
    else if (workload.autoscaled === undefined && !unseen.mayHide(workload.source.file, ...AUTOSCALER_KINDS))
      workload.autoscaled = false;
  }
}

/** The workload it scales, in each deployment variant the autoscaler belongs to (an add-on joins several). */
function findTargets(autoscaler: AutoscalerEntity, workloads: WorkloadEntity[]): WorkloadEntity[] {
  if (typeof autoscaler.targetId === "string") return workloads.filter((w) => w.id === autoscaler.targetId);
  const target = autoscaler.target;
  if (!target) return [];
  return workloads.filter(
    (w) =>
      w.platform === "kubernetes" &&
      w.workloadType === target.kind &&
      w.name === target.name &&
      sameVariant(w, autoscaler) &&
      sameNamespace(w.namespace, autoscaler.namespace),
  );
}

function addMissingRequests(autoscaler: AutoscalerEntity, target: WorkloadEntity): void {
  // ECS measures utilization against the task definition's CPU and memory, not each container's reservation.
  if (target.requestsUnknown === true || target.platform === ECS_PLATFORM) return;
  const resources = [...new Set(autoscaler.metrics.filter((m) => m.utilization !== undefined).map((m) => m.resource))];
  const missing: { container: string; workload: string; resources: string[] }[] = [];
  target.containers.forEach((container, index) => {
    const lacking = resources.filter((r) => (r === "cpu" || r === "memory") && container.requests[r] === undefined);
    if (lacking.length === 0) return;
    autoscaler.origins[`targetMissingRequests.${missing.length}`] = target.origins[`containers.${index}`] ?? {
      ref: target.ref,
    };
    missing.push({ container: container.name, workload: target.name, resources: lacking });
  });
  autoscaler.targetMissingRequests = missing;
}
