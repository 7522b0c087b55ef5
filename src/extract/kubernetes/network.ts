import type { Entity } from "../../model/types.js";
import { createEntity, refAt, setField } from "../entity.js";
import { asNumber, asString, isDict, own } from "../values.js";
import { gatewayBackends } from "./gateway-backends.js";
import { KUBERNETES_FORMAT, type Resource, specOf, stringMap } from "./resource.js";
import { qualifier } from "./workload.js";

/** Kinds that put a gateway in front of services, keyed by `kind`, with the API group that must match. */
const GATEWAY_KINDS: Record<string, RegExp> = {
  Ingress: /^(networking|extensions)\.k8s\.io\//,
  Gateway: /^(gateway\.networking\.k8s\.io|networking\.istio\.io)\//,
  HTTPRoute: /^gateway\.networking\.k8s\.io\//,
  GRPCRoute: /^gateway\.networking\.k8s\.io\//,
  VirtualService: /^networking\.istio\.io\//,
  IngressRoute: /^traefik\.(containo\.us|io)\//,
};

const start = (resource: Resource, kind: "service" | "gateway" | "network-policy") => ({
  kind,
  name: resource.name,
  platform: "kubernetes",
  format: KUBERNETES_FORMAT,
  ref: resource.ref,
  qualifier: qualifier(resource),
});

export function isGateway(resource: Resource): boolean {
  return own(GATEWAY_KINDS, resource.kind)?.test(resource.apiVersion) ?? false;
}

export function toService(resource: Resource): Entity {
  const spec = specOf(resource.body);
  const service = createEntity(start(resource, "service"), {
    type: asString(spec.type) ?? "ClusterIP",
    selector: stringMap(spec.selector),
    ports: (Array.isArray(spec.ports) ? spec.ports : []).flatMap((port) =>
      isDict(port)
        ? [{ port: asNumber(port.port), ...(port.nodePort ? { nodePort: asNumber(port.nodePort) } : {}) }]
        : [],
    ),
  });
  setField(service, "type", service.type, "type" in spec ? refAt(resource.ref, "spec", "type") : resource.ref);
  if (resource.namespace)
    setField(service, "namespace", resource.namespace, refAt(resource.ref, "metadata", "namespace"));
  return service;
}

export function toGateway(resource: Resource): Entity {
  const gateway = createEntity(start(resource, "gateway"), {
    gatewayKind: resource.kind,
    apiVersion: resource.apiVersion,
  });
  const backends = gatewayBackends(resource.kind, specOf(resource.body));
  if (backends.length) setField(gateway, "routesTo", backends, refAt(resource.ref, "spec"));
  if (resource.namespace)
    setField(gateway, "namespace", resource.namespace, refAt(resource.ref, "metadata", "namespace"));
  return gateway;
}

export function isNetworkPolicy(resource: Resource): boolean {
  return resource.kind === "NetworkPolicy" && resource.apiVersion.startsWith("networking.k8s.io/");
}

export function toNetworkPolicy(resource: Resource): Entity {
  const spec = specOf(resource.body);
  const selector = isDict(spec.podSelector) ? spec.podSelector : {};
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  const policy = createEntity(start(resource, "network-policy"), {
    podSelector: {
      matchLabels: stringMap(selector.matchLabels),
      matchExpressions: expressions.flatMap((e) =>
        isDict(e) && typeof e.key === "string"
          ? [
              {
                key: e.key,
                operator: asString(e.operator) ?? "In",
                values: (Array.isArray(e.values) ? e.values : []).map(String),
              },
            ]
          : [],
      ),
    },
    policyTypes: Array.isArray(spec.policyTypes) ? spec.policyTypes.map(String) : ["Ingress"],
  });
  if (resource.namespace)
    setField(policy, "namespace", resource.namespace, refAt(resource.ref, "metadata", "namespace"));
  return policy;
}
