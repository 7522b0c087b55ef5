import { serviceKey } from "../../knowledge/images.js";
import type { SourceRef, WorkloadEntity } from "../../model/types.js";
import { ownershipOf } from "../containers/ownership.js";
import { createEntity, markUnresolved, refAt, setField } from "../entity.js";
import { asNumber, type Dict, isDict, own } from "../values.js";
import { readPodSpec } from "./pod-spec.js";
import { KUBERNETES_FORMAT, metadataOf, type Resource, specOf, stringMap } from "./resource.js";

/** Where each workload kind keeps its pod template, below `spec`. */
const POD_TEMPLATE_PATHS: Record<string, string[]> = {
  Deployment: ["template"],
  StatefulSet: ["template"],
  DaemonSet: ["template"],
  ReplicaSet: ["template"],
  Job: ["template"],
  CronJob: ["jobTemplate", "spec", "template"],
};
const LONG_RUNNING = new Set(["Deployment", "StatefulSet", "DaemonSet"]);
const STATEFUL = new Set(["StatefulSet", "DaemonSet", "Job", "CronJob"]);
const REPLICATED = new Set(["Deployment", "StatefulSet", "ReplicaSet"]);

export const isWorkloadKind = (kind: string) => kind === "Pod" || kind in POD_TEMPLATE_PATHS;

/** The containers (init containers too) of a workload's pod template, as written. */
export function podContainers(resource: Resource): unknown[] {
  const podSpec = podTemplate(resource)?.spec;
  if (!isDict(podSpec)) return [];
  return [podSpec.containers, podSpec.initContainers].flatMap((list) => (Array.isArray(list) ? list : []));
}

function podTemplate(resource: Resource): Dict | undefined {
  const templatePath = own(POD_TEMPLATE_PATHS, resource.kind);
  return templatePath ? dig(specOf(resource.body), templatePath) : resource.body;
}

export function toWorkload(resource: Resource): WorkloadEntity {
  const { kind, body, ref } = resource;
  const spec = specOf(body);
  const templatePath = own(POD_TEMPLATE_PATHS, kind);
  const template = podTemplate(resource);
  const templateRef = templatePath ? refAt(ref, "spec", ...templatePath) : ref;
  const podSpec = isDict(template?.spec) ? template.spec : {};
  const podLabels = stringMap(metadataOf(template ?? {}).labels);

  const workload = createEntity<WorkloadEntity>(
    {
      kind: "workload",
      name: resource.name,
      platform: "kubernetes",
      format: KUBERNETES_FORMAT,
      ref,
      qualifier: qualifier(resource),
    },
    {
      workloadType: kind,
      containers: [],
      podLabels,
      images: [],
      stateless: !STATEFUL.has(kind) && !keepsState(resource.name, podSpec),
    },
  );
  if (resource.namespace) setField(workload, "namespace", resource.namespace, refAt(ref, "metadata", "namespace"));
  if (REPLICATED.has(kind) && "replicas" in spec) readReplicas(workload, spec.replicas, refAt(ref, "spec", "replicas"));
  readPodSpec(workload, podSpec, refAt(templateRef, "spec"), LONG_RUNNING.has(kind));
  Object.assign(workload, ownershipOf(workload.images));
  workload.serviceKey = serviceKey(appName(podLabels, stringMap(metadataOf(body).labels)) ?? resource.name);
  return workload;
}

/**
 * A database run as a Deployment is not stateless: a pod that mounts a PersistentVolumeClaim, or a workload
 * named as a database (`user-db`, `orders-database`), keeps state whatever its kind.
 */
function keepsState(name: string, podSpec: Dict): boolean {
  if (/[-_](db|database)$/i.test(name)) return true;
  const volumes = Array.isArray(podSpec.volumes) ? podSpec.volumes : [];
  return volumes.some((volume) => isDict(volume) && isDict(volume.persistentVolumeClaim));
}

function readReplicas(workload: WorkloadEntity, value: unknown, ref: SourceRef) {
  const replicas = asNumber(value);
  if (replicas === undefined) markUnresolved(workload, "replicas", ref);
  else setField(workload, "replicas", replicas, ref);
}

/** The application's name from the conventional labels, which both Services and tooling use. */
function appName(...labelMaps: Record<string, string>[]): string | undefined {
  for (const labels of labelMaps) {
    const name = labels["app.kubernetes.io/name"] ?? labels.app ?? labels["k8s-app"];
    if (name) return name;
  }
  return undefined;
}

/** Entities of the same name in one file are told apart by kind, namespace and document. */
export const qualifier = (resource: Resource) =>
  [resource.kind, resource.namespace, String(resource.ref.doc), ...resource.ref.path.map(String)]
    .filter(Boolean)
    .join("/");

function dig(root: Dict, path: string[]): Dict | undefined {
  let node: unknown = root;
  for (const key of path) node = isDict(node) ? node[key] : undefined;
  return isDict(node) ? node : undefined;
}
