import { serviceKey } from "../../knowledge/images.js";
import type { AutoscalerEntity, ContainerInfo, SourceRef, WorkloadEntity } from "../../model/types.js";
import { ownershipOf } from "../containers/ownership.js";
import { describeMissingProbes } from "../containers/probes.js";
import { createEntity, markUnresolved, recordOrigin, refAt, setField } from "../entity.js";
import { asBoolean, asNumber, asString, type Dict, isDict } from "../values.js";

export const HELM_FORMAT = "helm";

/**
 * Whether a values file is laid out as `helm create` scaffolds it, for a chart's own single workload: a top-level
 * `image.repository`. Charts of many services (`image.repo` plus per-service keys) are left to their templates.
 */
export const isScaffoldValues = (values: Dict) => isDict(values.image) && typeof values.image.repository === "string";

/**
 * The chart's workload as its values describe it (`replicaCount`, `image`, `resources`, probes, `autoscaling`),
 * each field's origin on its values line. What only the templates decide stays absent: probes the values do not
 * declare, requests when the values have no `resources` key (`requestsUnknown`).
 */
export function valuesWorkload(chart: string, values: Dict, ref: SourceRef): WorkloadEntity {
  const at = (...path: string[]) => refAt(ref, ...path);
  const image = isDict(values.image) ? values.image : {};
  const repository = asString(image.repository);
  const tag = asString(image.tag);
  const imageName = repository && !repository.includes("{{") ? (tag ? `${repository}:${tag}` : repository) : undefined;
  const container: ContainerInfo = { name: chart, requests: {}, longRunning: true };
  if (imageName) container.image = imageName;
  if (isDict(values.readinessProbe)) container.readinessProbe = true;
  if (isDict(values.livenessProbe)) container.livenessProbe = true;
  if (isDict(values.service)) container.receivesTraffic = true;
  describeMissingProbes(container);

  const workload = createEntity<WorkloadEntity>(
    { kind: "workload", name: chart, platform: "helm", format: HELM_FORMAT, ref },
    {
      workloadType: "helm-values",
      containers: [container],
      podLabels: {},
      images: imageName ? [imageName] : [],
      stateless: true,
    },
  );
  const containerKey = isDict(values.resources) ? "resources" : isDict(values.image) ? "image" : undefined;
  recordOrigin(workload, "containers.0", { ref: containerKey ? at(containerKey) : ref });
  Object.assign(workload, ownershipOf(workload.images));
  workload.serviceKey = serviceKey(chart);
  if ("replicaCount" in values) {
    const replicas = asNumber(values.replicaCount);
    if (replicas === undefined) markUnresolved(workload, "replicas", at("replicaCount"));
    else setField(workload, "replicas", replicas, at("replicaCount"));
  }
  readRequests(workload, container, values, at);
  const autoscaling = isDict(values.autoscaling) ? values.autoscaling : {};
  workload.autoscaled = asBoolean(autoscaling.enabled) === true;
  return workload;
}

function readRequests(
  workload: WorkloadEntity,
  container: ContainerInfo,
  values: Dict,
  _at: (...p: string[]) => SourceRef,
) {
  if (!isDict(values.resources)) {
    workload.requestsUnknown = true;
    return;
  }
  const requests = isDict(values.resources.requests) ? values.resources.requests : {};
  const limits = isDict(values.resources.limits) ? values.resources.limits : {};
  for (const resource of ["cpu", "memory"] as const) {
    const requested = asString(requests[resource]);
    const limited = asString(limits[resource]);
    if (requested !== undefined) container.requests[resource] = requested;
    else if (limited !== undefined) container.requests[resource] = limited;
  }
}

/** `autoscaling.enabled: true` renders the scaffold's autoscaling/v2 HPA for the chart's own Deployment. */
export function valuesAutoscaler(workload: WorkloadEntity, values: Dict, ref: SourceRef): AutoscalerEntity | undefined {
  const autoscaling = isDict(values.autoscaling) ? values.autoscaling : undefined;
  if (!autoscaling || asBoolean(autoscaling.enabled) !== true) return undefined;
  const at = (key: string) => refAt(ref, "autoscaling", key);
  const autoscaler = createEntity<AutoscalerEntity>(
    { kind: "autoscaler", name: workload.name, platform: "helm", format: HELM_FORMAT, ref: refAt(ref, "autoscaling") },
    { scaler: "hpa-v2", effectiveMinReplicas: 1, metrics: [], targetId: workload.id },
  );
  setField(autoscaler, "target", { kind: "Deployment", name: workload.name }, at("enabled"));
  const min = asNumber(autoscaling.minReplicas);
  if (min !== undefined) {
    setField(autoscaler, "minReplicas", min, at("minReplicas"));
    setField(autoscaler, "effectiveMinReplicas", min, at("minReplicas"));
  } else {
    setField(
      autoscaler,
      "effectiveMinReplicas",
      1,
      at("enabled"),
      "autoscaling.minReplicas not set: the HorizontalPodAutoscaler default of 1 applies",
    );
  }
  const max = asNumber(autoscaling.maxReplicas);
  if (max !== undefined) setField(autoscaler, "maxReplicas", max, at("maxReplicas"));
  for (const [key, resource] of [
    ["targetCPUUtilizationPercentage", "cpu"],
    ["targetMemoryUtilizationPercentage", "memory"],
  ] as const) {
    const utilization = asNumber(autoscaling[key]);
    if (utilization === undefined) continue;
    recordOrigin(autoscaler, `metrics.${autoscaler.metrics.length}`, { ref: at(key) });
    autoscaler.metrics.push({ resource, utilization });
  }
  return autoscaler;
}
