import type { Evidence, SourceRef } from "../../model/types.js";
import { refAt } from "../entity.js";
import { isDict } from "../values.js";
import { metadataOf, type Resource, stringMap } from "./resource.js";

/** Kinds that prove a metrics pipeline, by API group. */
const METRICS_KINDS: [RegExp, RegExp][] = [
  [/^monitoring\.coreos\.com\//, /^(ServiceMonitor|PodMonitor|PrometheusRule|Prometheus|Probe)$/],
  [/^monitoring\.googleapis\.com\//, /^(PodMonitoring|ClusterPodMonitoring)$/],
];
const MESH_GROUPS: [RegExp, string][] = [
  [/^(networking|security|telemetry)\.istio\.io\//, "Istio"],
  [/^(linkerd\.io|policy\.linkerd\.io|split\.smi-spec\.io)\//, "Linkerd"],
];
const MESH_ANNOTATIONS: [string, string][] = [
  ["sidecar.istio.io/inject", "Istio"],
  ["linkerd.io/inject", "Linkerd"],
];

export type EvidenceAt = (category: string, value: string, ref: SourceRef) => Evidence;

/** Monitoring and mesh evidence of one object: its kind, its Prometheus scrape annotations, its mesh injection. */
export function evidenceOf(resource: Resource, at: EvidenceAt): Evidence[] {
  const found: Evidence[] = [];
  const { apiVersion, kind, body, ref } = resource;
  if (METRICS_KINDS.some(([group, kinds]) => group.test(apiVersion) && kinds.test(kind)))
    found.push(at("metrics", kind, ref));
  const mesh = MESH_GROUPS.find(([group]) => group.test(apiVersion));
  if (mesh) found.push(at("mesh", `${mesh[1]} ${kind}`, ref));
  if (kind === "PodDisruptionBudget") found.push(at("disruption-budget", resource.name, ref));

  const metadata = metadataOf(body);
  const spec = isDict(body.spec) ? body.spec : {};
  const template = isDict(spec.template) ? spec.template : {};
  const places: [Record<string, string>, SourceRef][] = [
    [stringMap(metadata.annotations), refAt(ref, "metadata", "annotations")],
    [stringMap(metadataOf(template).annotations), refAt(ref, "spec", "template", "metadata", "annotations")],
  ];
  for (const [annotations, place] of places) {
    if (annotations["prometheus.io/scrape"] === "true") found.push(at("metrics", "prometheus.io/scrape", place));
    for (const [key, meshName] of MESH_ANNOTATIONS) {
      if (annotations[key] === "enabled" || annotations[key] === "true")
        found.push(at("mesh", `${meshName} ${key}`, place));
    }
  }
  const labels = stringMap(metadata.labels);
  if (kind === "Namespace" && labels["istio-injection"] === "enabled") {
    found.push(at("mesh", "Istio istio-injection", refAt(ref, "metadata", "labels")));
  }
  return found;
}
