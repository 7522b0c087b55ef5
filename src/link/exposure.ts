import type { Entity, Model, WorkloadEntity } from "../model/types.js";
import { matchesSelector } from "./network-isolation.js";
import { kindsArchlintCannotSee, sameNamespace } from "./unseen.js";

const EXPOSED_TYPES = new Set(["LoadBalancer", "NodePort", "published"]);
const GATEWAY_KINDS = ["Ingress", "Gateway", "HTTPRoute", "GRPCRoute", "VirtualService", "IngressRoute"];

/**
 * Services reachable from outside the cluster (Kubernetes LoadBalancer / NodePort) or the host (compose ports
 * published on all interfaces), counted per scope (all of Kubernetes; each compose file), with whether a gateway
 * is in front: an Ingress, Gateway API or Istio object, or an off-the-shelf proxy that is itself exposed (an
 * ingress controller, an nginx in front). `gatewayInFront` is absent when a Helm template may declare one.
 */
export function exposedServices(model: Model): void {
  const workloads = model.entities.filter((e): e is WorkloadEntity => e.kind === "workload");
  const services = model.entities.filter((e) => e.kind === "service" && EXPOSED_TYPES.has(String(e.type)));
  const gatewaysUnseen = GATEWAY_KINDS.some((kind) => kindsArchlintCannotSee(model).has(kind));
  const byScope = new Map<string, { exposed: Entity[]; gateway: boolean }>();
  for (const service of services) {
    const scope = service.platform === "kubernetes" ? "kubernetes" : service.source.file;
    const group = byScope.get(scope) ?? { exposed: [], gateway: false };
    byScope.set(scope, group);
    if (frontsAProxy(service, workloads)) group.gateway = true;
    else group.exposed.push(service);
  }
  const kubernetesGateway = model.entities.some((e) => e.kind === "gateway");
  for (const [scope, group] of byScope) {
    const gateway = group.gateway || (scope === "kubernetes" && kubernetesGateway);
    for (const service of group.exposed) {
      service.exposed = true;
      service.exposedServiceCount = group.exposed.length;
      service.exposedServiceNames = group.exposed.map((s) => s.name);
      if (gateway) service.gatewayInFront = true;
      else if (!(scope === "kubernetes" && gatewaysUnseen)) service.gatewayInFront = false;
    }
  }
}

function frontsAProxy(service: Entity, workloads: WorkloadEntity[]): boolean {
  if (typeof service.workloadId === "string") {
    return workloads.some((w) => w.id === service.workloadId && w.component === "proxy");
  }
  const selector = service.selector as Record<string, string>;
  if (Object.keys(selector).length === 0) return false;
  return workloads.some(
    (w) =>
      w.component === "proxy" &&
      w.platform === "kubernetes" &&
      sameNamespace(w.namespace, service.namespace) &&
      matchesSelector({ matchLabels: selector, matchExpressions: [] }, w.podLabels),
  );
}
