import { describe, expect, it } from "vitest";
import { gatewayBackends } from "../../src/extract/kubernetes/gateway-backends.js";

describe("the Services a gateway object routes to", () => {
  it("reads Ingress backends of both API versions, the default backend first", () => {
    const spec = {
      defaultBackend: { service: { name: "web" } },
      rules: [
        { http: { paths: [{ backend: { service: { name: "api" } } }, { backend: { serviceName: "legacy" } }] } },
        { host: "no-http.example.com" },
      ],
    };
    expect(gatewayBackends("Ingress", spec)).toEqual(["web", "api", "legacy"]);
  });

  it("reads Gateway API and Traefik backends that are Services, not other kinds", () => {
    const rules = [{ backendRefs: [{ name: "cart" }, { name: "bucket", kind: "Backend" }, { name: "cart" }] }];
    expect(gatewayBackends("HTTPRoute", { rules })).toEqual(["cart"]);
    expect(gatewayBackends("GRPCRoute", { rules: [{ backendRefs: [{ name: "checkout", kind: "Service" }] }] })).toEqual(
      ["checkout"],
    );
    const routes = [{ services: [{ name: "whoami" }, { name: "auth", kind: "TraefikService" }] }];
    expect(gatewayBackends("IngressRoute", { routes })).toEqual(["whoami"]);
  });

  it("reads Istio destinations by the host's first label, and nothing from a Gateway that only listens", () => {
    const spec = {
      http: [{ route: [{ destination: { host: "reviews.shop.svc.cluster.local" } }, { destination: {} }] }],
      tcp: [{ route: [{ destination: { host: "ratings" } }] }],
    };
    expect(gatewayBackends("VirtualService", spec)).toEqual(["reviews", "ratings"]);
    expect(gatewayBackends("Gateway", { servers: [{ port: { number: 80 } }] })).toEqual([]);
    expect(gatewayBackends("constructor", {})).toEqual([]);
  });
});
