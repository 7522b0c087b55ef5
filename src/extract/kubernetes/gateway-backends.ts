import { asString, type Dict, isDict } from "../values.js";

const list = (value: unknown): Dict[] => (Array.isArray(value) ? value.filter(isDict) : []);

/** `cart.shop.svc.cluster.local` or `cart.shop` → `cart`: the Service name of an in-cluster host. */
const serviceOfHost = (host: string): string => host.split(".")[0] ?? host;

/** An Ingress backend: `service.name` (networking.k8s.io/v1) or `serviceName` (v1beta1). */
const ingressBackend = (backend: unknown): string[] => {
  if (!isDict(backend)) return [];
  const name = isDict(backend.service) ? asString(backend.service.name) : asString(backend.serviceName);
  return name ? [name] : [];
};

/** Gateway API `backendRefs` that name a Service (the default kind). */
const backendRefs = (rules: unknown): string[] =>
  list(rules).flatMap((rule) =>
    list(rule.backendRefs).flatMap((ref) => {
      const name = asString(ref.name);
      return name && (ref.kind === undefined || ref.kind === "Service") ? [name] : [];
    }),
  );

const READERS: Record<string, (spec: Dict) => string[]> = {
  Ingress: (spec) => [
    ...ingressBackend(spec.defaultBackend ?? spec.backend),
    ...list(spec.rules).flatMap((rule) =>
      list(isDict(rule.http) ? rule.http.paths : undefined).flatMap((path) => ingressBackend(path.backend)),
    ),
  ],
  HTTPRoute: (spec) => backendRefs(spec.rules),
  GRPCRoute: (spec) => backendRefs(spec.rules),
  VirtualService: (spec) =>
    ["http", "tcp", "tls", "grpc"].flatMap((protocol) =>
      list(spec[protocol]).flatMap((route) =>
        list(route.route).flatMap((target) => {
          const host = isDict(target.destination) ? asString(target.destination.host) : undefined;
          return host ? [serviceOfHost(host)] : [];
        }),
      ),
    ),
  IngressRoute: (spec) =>
    list(spec.routes).flatMap((route) =>
      list(route.services).flatMap((service) => {
        const name = asString(service.name);
        return name && (service.kind === undefined || service.kind === "Service") ? [name] : [];
      }),
    ),
};

/**
 * The Services a gateway object routes to, by name, in the order written: Ingress backends, Gateway API and
 * Traefik route backends, Istio VirtualService destinations. A Gateway (Istio or Gateway API) only listens: the
 * routes bound to it name the backends.
 */
export function gatewayBackends(kind: string, spec: Dict): string[] {
  const read = Object.hasOwn(READERS, kind) ? READERS[kind] : undefined;
  return read ? [...new Set(read(spec))] : [];
}
