import { serviceKey } from "../../knowledge/images.js";
import type { GatewayUnit, OwnedService } from "../../model/repository.js";
import type { Entity, WorkloadEntity } from "../../model/types.js";
import { WorkloadSelection } from "../selection.js";
import { sameNamespace } from "../unseen.js";
import { sameVariant } from "../variants.js";
import type { Role } from "./provenance.js";

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

const keyOf = (workload: WorkloadEntity) =>
  typeof workload.serviceKey === "string" ? workload.serviceKey : serviceKey(workload.name);

/**
 * The gateways in front of the owned services, each with the services it routes to: a declared gateway object
 * through the Services it names (an Ingress backend → its Service → the workloads that Service selects, in the
 * same namespace and deployment variant), and a proxy the system runs (nginx, Envoy, the team's own edge proxy)
 * through the services its settings reach. A proxy that reaches no owned service is a backing component
 * (a database proxy, an auth sidecar), not a gateway.
 */
export function gatewayUnits(
  entities: readonly Entity[],
  roles: readonly { workload: WorkloadEntity; role: Role }[],
  services: ReadonlyMap<string, OwnedService>,
): GatewayUnit[] {
  const selection = new WorkloadSelection(roles.map((r) => r.workload));
  const kubernetesServices = entities.filter((e) => e.kind === "service" && e.platform === "kubernetes");
  const owned = (keys: string[]) => [...new Set(keys)].filter((key) => services.has(key));
  const declared = new Map<string, GatewayUnit>();
  for (const gateway of entities.filter((e) => e.kind === "gateway")) {
    const keys = strings(gateway.routesTo).flatMap((name) => {
      const service = kubernetesServices.find(
        (s) => s.name === name && sameNamespace(s.namespace, gateway.namespace) && sameVariant(s, gateway),
      );
      const selected = service ? selection.of(service) : [];
      return selected.length ? selected.map(keyOf) : [serviceKey(name)];
    });
    // The same Ingress in several deployment variants is one gateway.
    const identity = typeof gateway.variantIdentity === "string" ? gateway.variantIdentity : gateway.id;
    const known = declared.get(identity);
    const routes = owned([...(known?.routesTo ?? []), ...keys]);
    if (!known) declared.set(identity, gatewayUnit(gateway, routes));
    else if (routes.length) known.routesTo = routes;
  }
  const proxies = roles.flatMap(({ workload, role }) => {
    if (role.role !== "third-party" || role.category !== "proxy") return [];
    const keys = owned(strings(workload.connections).map(serviceKey));
    return keys.length ? [gatewayUnit(workload, keys)] : [];
  });
  return [...declared.values(), ...proxies];
}

function gatewayUnit(entity: Entity, routesTo: string[]): GatewayUnit {
  const unit: GatewayUnit = { name: entity.name, platform: entity.platform, file: entity.source.file };
  if (routesTo.length) unit.routesTo = routesTo;
  return unit;
}
