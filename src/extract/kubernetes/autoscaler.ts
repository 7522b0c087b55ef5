import type { AutoscalerEntity, SourceRef } from "../../model/types.js";
import { createEntity, markUnresolved, refAt, setField } from "../entity.js";
import { asNumber, asString, type Dict, isDict } from "../values.js";
import { KUBERNETES_FORMAT, type Resource, specOf } from "./resource.js";
import { qualifier } from "./workload.js";

type Metric = AutoscalerEntity["metrics"][number];

/** Kubernetes scales on 80% CPU when an HPA names no metric. */
const DEFAULT_METRIC: Metric = { resource: "cpu", utilization: 80 };

export function isAutoscaler(resource: Resource): boolean {
  return (
    (resource.kind === "HorizontalPodAutoscaler" && resource.apiVersion.startsWith("autoscaling/")) ||
    (resource.kind === "ScaledObject" && resource.apiVersion.startsWith("keda.sh/"))
  );
}

export function toAutoscaler(resource: Resource): AutoscalerEntity {
  const { ref } = resource;
  const spec = specOf(resource.body);
  const keda = resource.kind === "ScaledObject";
  const scaler = keda ? "keda" : resource.apiVersion === "autoscaling/v1" ? "hpa-v1" : "hpa-v2";
  const autoscaler = createEntity<AutoscalerEntity>(
    {
      kind: "autoscaler",
      name: resource.name,
      platform: "kubernetes",
      format: KUBERNETES_FORMAT,
      ref,
      qualifier: qualifier(resource),
    },
    { scaler, effectiveMinReplicas: keda ? 0 : 1, metrics: [] },
  );
  const at = (...path: (string | number)[]) => refAt(ref, "spec", ...path);
  if (resource.namespace) setField(autoscaler, "namespace", resource.namespace, refAt(ref, "metadata", "namespace"));

  const minKey = keda ? "minReplicaCount" : "minReplicas";
  const maxKey = keda ? "maxReplicaCount" : "maxReplicas";
  readCount(autoscaler, "minReplicas", spec[minKey], at(minKey));
  if (autoscaler.minReplicas !== undefined) {
    setField(autoscaler, "effectiveMinReplicas", autoscaler.minReplicas, at(minKey));
  } else if (!autoscaler.unresolved?.includes("minReplicas")) {
    const note = keda
      ? "minReplicaCount not set: KEDA scales to zero by default"
      : "minReplicas not set: the HorizontalPodAutoscaler default of 1 applies";
    setField(autoscaler, "effectiveMinReplicas", autoscaler.effectiveMinReplicas, refAt(ref, "spec"), note);
  }
  readCount(autoscaler, "maxReplicas", spec[maxKey], at(maxKey));
  if (keda && autoscaler.maxReplicas === undefined && !(maxKey in spec)) autoscaler.maxReplicas = 100;

  const target = isDict(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
  const targetName = asString(target.name);
  if (targetName) {
    const kind = asString(target.kind) ?? "Deployment";
    setField(autoscaler, "target", { kind, name: targetName }, at("scaleTargetRef", "name"));
  }
  readMetrics(autoscaler, spec, keda, at);
  return autoscaler;
}

function readCount(autoscaler: AutoscalerEntity, field: string, value: unknown, ref: SourceRef) {
  if (value === undefined) return;
  const count = asNumber(value);
  if (count === undefined) markUnresolved(autoscaler, field, ref);
  else setField(autoscaler, field, count, ref);
}

function readMetrics(
  autoscaler: AutoscalerEntity,
  spec: Dict,
  keda: boolean,
  at: (...p: (string | number)[]) => SourceRef,
) {
  const add = (metric: Metric, ref: SourceRef, note?: string) => {
    autoscaler.origins[`metrics.${autoscaler.metrics.length}`] = note ? { ref, note } : { ref };
    autoscaler.metrics.push(metric);
  };
  if (keda) {
    (Array.isArray(spec.triggers) ? spec.triggers : []).forEach((trigger, index) => {
      const type = isDict(trigger) ? asString(trigger.type) : undefined;
      if (type !== "cpu" && type !== "memory") return;
      const metadata = isDict(trigger.metadata) ? trigger.metadata : {};
      const metricType = asString(trigger.metricType) ?? asString(metadata.type) ?? "Utilization";
      const metric: Metric = { resource: type };
      if (metricType === "Utilization") metric.utilization = asNumber(metadata.value) ?? 0;
      add(metric, at("triggers", index));
    });
    return;
  }
  if ("targetCPUUtilizationPercentage" in spec) {
    const utilization = asNumber(spec.targetCPUUtilizationPercentage);
    add(
      { resource: "cpu", ...(utilization !== undefined ? { utilization } : {}) },
      at("targetCPUUtilizationPercentage"),
    );
  }
  (Array.isArray(spec.metrics) ? spec.metrics : []).forEach((metric, index) => {
    const read = isDict(metric) ? resourceMetric(metric) : undefined;
    if (read) add(read, at("metrics", index));
  });
  const declaresMetrics =
    "targetCPUUtilizationPercentage" in spec || (Array.isArray(spec.metrics) && spec.metrics.length > 0);
  if (!declaresMetrics)
    add(DEFAULT_METRIC, refAt(autoscaler.ref, "spec"), "no metric set: Kubernetes scales on 80% CPU utilization");
}

/** `Resource` and `ContainerResource` metrics (v2 `target.averageUtilization`, v2beta1 `targetAverageUtilization`). */
function resourceMetric(metric: Dict): Metric | undefined {
  const body = isDict(metric.resource)
    ? metric.resource
    : isDict(metric.containerResource)
      ? metric.containerResource
      : undefined;
  const resource = body ? asString(body.name) : undefined;
  if (!body || !resource) return undefined;
  const target = isDict(body.target) ? body.target : {};
  const utilization = asNumber(target.averageUtilization) ?? asNumber(body.targetAverageUtilization);
  const byUtilization = utilization !== undefined || asString(target.type) === "Utilization";
  return byUtilization ? { resource, utilization: utilization ?? 0 } : { resource };
}
