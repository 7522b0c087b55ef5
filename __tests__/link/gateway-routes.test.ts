import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { architectureFlowchart } from "../../src/report/architecture-map.js";
import { makeRepo } from "../helpers/repo.js";
import { scanFolder } from "../helpers/scan.js";

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

function repository(files: Record<string, string>): string {
  root = makeRepo(files);
  return root;
}

const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: server
          image: registry.example.com/shop/${name}:1.0
---
apiVersion: v1
kind: Service
metadata: { name: ${name}-svc }
spec:
  selector: { app: ${name} }
  ports: [{ port: 80 }]
`;

describe("gateways and the services they route to", () => {
  it("follows an Ingress backend and a VirtualService destination through their Services to the workloads", () => {
    const report = scanFolder(
      repository({
        "k8s/frontend.yaml": deployment("frontend"),
        "k8s/cart.yaml": deployment("cart"),
        "k8s/orders.yaml": deployment("orders"),
        "k8s/ingress.yaml": `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop }
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: frontend-svc, port: { number: 80 } } }
---
apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata: { name: cart-routes }
spec:
  hosts: [cart]
  http:
    - route:
        - destination: { host: cart-svc.default.svc.cluster.local }
`,
      }),
    );
    const gateways = report.inventory.gateways.map((g) => [g.name, g.routesTo]);
    expect(gateways).toEqual([
      ["shop", ["frontend"]],
      ["cart-routes", ["cart"]],
    ]);
    const map = architectureFlowchart(report);
    const node = (shape: RegExp) => shape.exec(map)?.[1];
    const edge = `${node(/(n\d+)\{\{"shop"\}\}/)} --> ${node(/(n\d+)\["frontend"\]/)}`;
    expect(map.split("\n")).toContain(`  ${edge}`);
  });

  it("draws the proxy a compose project builds as its gateway, with the services it depends on or names", () => {
    const report = scanFolder(
      repository({
        "compose.yaml": `services:
  frontend-proxy:
    build: { context: ., dockerfile: src/frontend-proxy/Dockerfile }
    ports: ["8080:8080"]
    environment:
      - FRONTEND_HOST
      - IMAGE_PROVIDER_ADDR=\${IMAGE_PROVIDER_HOST}:8081
    depends_on: [checkout]
  frontend:
    build: ./src/frontend
    environment:
      - CART_ADDR
    depends_on:
      cart: { condition: service_started }
  cart: { build: ./src/cart }
  checkout: { build: ./src/checkout }
  image-provider: { build: ./src/image-provider }
`,
      }),
    );
    const { ownedServices, gateways } = report.inventory;
    expect(ownedServices.map((s) => s.name)).toEqual(["frontend", "cart", "checkout", "image-provider"]);
    expect(gateways).toEqual([
      {
        name: "frontend-proxy",
        platform: "compose",
        file: "compose.yaml",
        routesTo: ["frontend", "image-provider", "checkout"],
      },
    ]);
    expect(ownedServices.find((s) => s.name === "frontend")?.calls).toEqual(["cart"]);
  });

  it("keeps a proxy that reaches no owned service out of the gateways", () => {
    const report = scanFolder(
      repository({
        "compose.yaml": `services:
  api: { build: ./api }
  db-proxy:
    image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2
    environment: [INSTANCE_HOST=db.internal]
`,
      }),
    );
    expect(report.inventory.gateways).toEqual([]);
    expect(report.inventory.thirdParty.map((c) => [c.name, c.category])).toEqual([["db-proxy", "proxy"]]);
  });

  it("puts a function behind the API its template declares it on, and behind the implied API otherwise", () => {
    const template = (folder: string) => `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
  GetOrder:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: main.handler
      Events:
        Get: { Type: Api, Properties: { Path: /${folder}, Method: get, RestApiId: !Ref Api } }
  Health:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: health.handler
      Events:
        Ping: { Type: Api, Properties: { Path: /ping, Method: get } }
`;
    const report = scanFolder(
      repository({ "orders/template.yaml": template("orders"), "users/template.yaml": template("users") }),
    );
    expect(report.inventory.gateways.map((g) => [g.name, g.file, g.routesTo])).toEqual([
      ["Api", "orders/template.yaml", ["stack:orders"]],
      ["Api", "users/template.yaml", ["stack:users"]],
      ["API Gateway REST API", "orders/template.yaml", ["stack:orders"]],
      ["API Gateway REST API", "users/template.yaml", ["stack:users"]],
    ]);
    expect(architectureFlowchart(report)).toContain('{{"Api (orders)"}}');
  });
});
