import type { Entity, Model, WorkloadEntity } from "../model/types.js";
import { matchesSelector } from "./network-isolation.js";
import { sameNamespace, UnseenObjects } from "./unseen.js";

const EXPOSED_TYPES = new Set(["LoadBalancer", "NodePort", "published"]);
const GATEWAY_KINDS = ["Ingress", "Gateway", "HTTPRoute", "GRPCRoute", "VirtualService", "IngressRoute"];

/**
 * The team's own services reachable from outside the cluster (Kubernetes LoadBalancer / NodePort) or the host
 * (compose ports published on all interfaces; off-the-shelf components such as a database or Grafana are not
 * what an API gateway fronts, and a Service selecting no scanned workload counts), counted per scope (all of Kubernetes; each compose file), with whether a gateway
 * is in front: an Ingress, Gateway API or Istio object, or a proxy that is itself exposed (an off-the-shelf
 * ingress controller or nginx, or the team's own proxy named as one: `proxy`, `nginx`, `api-gateway`). `gatewayInFront` is absent when a Helm template may declare one.
 */
export function exposedServices(model: Model): void {
  const workloads = model.entities.filter((e): e is WorkloadEntity => e.kind === "workload");
  const services = model.entities.filter((e) => e.kind === "service" && EXPOSED_TYPES.has(String(e.type)));
  const unseen = new UnseenObjects(model);
  const byScope = new Map<string, { exposed: Entity[]; gateway: boolean }>();
  for (const service of services) {
    const scope = service.platform === "kubernetes" ? "kubernetes" : service.source.file;
    const group = byScope.get(scope) ?? { exposed: [], gateway: false };
    byScope.set(scope, group);
    const selected = selectedWorkloads(service, workloads);
    if (selected.some(isGatewayWorkload)) group.gateway = true;
    else if (selected.length === 0 || selected.some((w) => w.owned)) group.exposed.push(service);
  }
  const kubernetesGateway = model.entities.some((e) => e.kind === "gateway");
  for (const [scope, group] of byScope) {
    const gateway = group.gateway || (scope === "kubernetes" && kubernetesGateway);
    for (const service of group.exposed) {
      service.exposed = true;
      service.exposedServiceCount = group.exposed.length;
      service.exposedServiceNames = group.exposed.map((s) => s.name);
      if (gateway) service.gatewayInFront = true;
      else if (!(scope === "kubernetes" && unseen.mayHide(service.source.file, ...GATEWAY_KINDS)))
        service.gatewayInFront = false;
    }
  }
}

/** Names teams give the reverse proxy they build themselves (`build: ./nginx`, a service called `proxy`). */
const GATEWAY_NAME = /(^|[-_])(proxy|gateway|nginx|traefik|envoy|haproxy|caddy|ingress|edge-router)([-_]|$)/;

/** An off-the-shelf proxy, or the team's own one, named as such. */
const isGatewayWorkload = (w: WorkloadEntity) => w.component === "proxy" || GATEWAY_NAME.test(w.name);

/** The workloads a Service selects (a compose service's own workload); empty when none is in the scan. */
export function selectedWorkloads(service: Entity, workloads: WorkloadEntity[]): WorkloadEntity[] {
  if (typeof service.workloadId === "string") return workloads.filter((w) => w.id === service.workloadId);
  const selector = service.selector as Record<string, string>;
  if (Object.keys(selector).length === 0) return [];
  return workloads.filter(
    (w) =>
      w.platform === "kubernetes" &&
      sameNamespace(w.namespace, service.namespace) &&
      matchesSelector({ matchLabels: selector, matchExpressions: [] }, w.podLabels),
  );
}
