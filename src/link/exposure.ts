import { proxyWordOf } from "../knowledge/images.js";
import type { Entity, Model, WorkloadEntity } from "../model/types.js";
import { WorkloadSelection } from "./selection.js";
import { UnseenObjects } from "./unseen.js";

const EXPOSED_TYPES = new Set(["LoadBalancer", "NodePort", "published"]);
const GATEWAY_KINDS = ["Ingress", "Gateway", "HTTPRoute", "GRPCRoute", "VirtualService", "IngressRoute"];

/**
 * The team's own services reachable from outside the cluster (Kubernetes LoadBalancer / NodePort) or the host
 * (compose ports published on all interfaces; off-the-shelf components such as a database or Grafana are not
 * what an API gateway fronts, and a Service selecting no scanned workload counts), counted per deployment variant (a Kustomize build, a bundle of manifests, a compose project), with whether a gateway
 * is in front: an Ingress, Gateway API or Istio object, or a proxy that is itself exposed (an off-the-shelf
 * ingress controller or nginx, or the team's own proxy named as one: `proxy`, `nginx`, `api-gateway`). `gatewayInFront` is absent when a Helm template may declare one.
 */
export function exposedServices(model: Model): void {
  const workloads = model.entities.filter((e): e is WorkloadEntity => e.kind === "workload");
  const services = model.entities.filter((e) => e.kind === "service" && EXPOSED_TYPES.has(String(e.type)));
  const unseen = new UnseenObjects(model);
  const selection = new WorkloadSelection(workloads);
  const byScope = new Map<string, { exposed: Entity[]; gateway: boolean }>();
  const scopesOf = (service: Entity) => (service.variants as string[] | undefined) ?? [service.source.file];
  for (const service of services) {
    const selected = selection.of(service);
    for (const scope of scopesOf(service)) {
      const group = byScope.get(scope) ?? { exposed: [], gateway: false };
      byScope.set(scope, group);
      if (selected.some(isGatewayWorkload)) group.gateway = true;
      else if (selected.length === 0 || selected.some((w) => w.owned)) group.exposed.push(service);
    }
  }
  for (const gateway of model.entities.filter((e) => e.kind === "gateway"))
    for (const scope of scopesOf(gateway)) byScope.set(scope, { exposed: [], ...byScope.get(scope), gateway: true });
  for (const service of services) {
    const groups = scopesOf(service).flatMap((scope) => byScope.get(scope) ?? []);
    const exposedIn = groups.filter((group) => group.exposed.includes(service));
    if (exposedIn.length === 0) continue;
    const names = new Set(exposedIn.flatMap((group) => group.exposed.map((s) => s.name)));
    service.exposed = true;
    service.exposedServiceCount = names.size;
    service.exposedServiceNames = [...names];
    if (exposedIn.every((group) => group.gateway)) service.gatewayInFront = true;
    else if (!(service.platform === "kubernetes" && unseen.mayHide(service.source.file, ...GATEWAY_KINDS)))
      service.gatewayInFront = false;
  }
}

/** Names teams give the gateway they build themselves (`api-gateway`, `ingress`), besides a proxy's names. */
const GATEWAY_NAME = /(^|[-_])(gateway|ingress)([-_]|$)/;

/** An off-the-shelf proxy, or the team's own one, named as such (`build: ./nginx`, `frontend-proxy`). */
const isGatewayWorkload = (w: WorkloadEntity) =>
  w.component === "proxy" || proxyWordOf(w.name) !== undefined || GATEWAY_NAME.test(w.name);
