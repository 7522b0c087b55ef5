import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { armValue, UNKNOWN } from "../../src/extract/azure/arm-expressions.js";
import type { FunctionAppDeclaration } from "../../src/extract/azure/declarations.js";
import { tieApps } from "../../src/extract/azure/function-apps.js";
import { scanFolder } from "../helpers/scan.js";

describe("ARM template expressions", () => {
  const scope = {
    parameters: { prefix: "Rideshare", apps: ["Trips", "Drivers"], plan: "[format('{0}Plan', parameters('prefix'))]" },
    variables: { suffix: "-func" },
    copyIndex: 1,
  };
  it.each([
    ["plain", "plain"],
    ["[[literal]", "[[literal]"],
    ["[parameters('prefix')]", "Rideshare"],
    ["[parameters('plan')]", "RidesharePlan"],
    ["[format('{0}{1}', parameters('prefix'), parameters('apps')[copyIndex()])]", "RideshareDrivers"],
    ["[concat(toLower(parameters('prefix')), variables('suffix'))]", "rideshare-func"],
    ["[length(parameters('apps'))]", 2],
    ["[resourceId('Microsoft.Web/sites', parameters('prefix'))]", "resourceId('Microsoft.Web/sites','Rideshare')"],
    [
      "[reference(resourceId('Microsoft.Web/sites', 'orders')).defaultHostName]",
      "reference('resourceId('Microsoft.Web/sites','orders')').defaultHostName",
    ],
  ])("%s is %j", (expression, value) => {
    expect(armValue(expression, scope)).toEqual(value);
  });

  it("leaves what needs a deployment or is malformed unknown, and never throws", () => {
    expect(armValue("[parameters('missing')]", scope)).toBe(UNKNOWN);
    expect(armValue("[concat('a', parameters('missing'))]", scope)).toBe(UNKNOWN);
    expect(armValue("[format('{0}', 'a']", scope)).toBe(UNKNOWN);
    expect(armValue("[parameters('apps')[7]]", scope)).toBe(UNKNOWN);
    expect(armValue(`[${"concat(".repeat(500)}'a'${")".repeat(500)}]`, scope)).toBe(UNKNOWN);
  });
});

describe("tying declared Function Apps to their code folders", () => {
  const app = (name: string): FunctionAppDeclaration => ({ name, ref: { file: "infra/main.json", doc: 0, path: [] } });
  const names = (ties: ReturnType<typeof tieApps>) =>
    Object.fromEntries([...ties.byFolder].map(([folder, declared]) => [folder, declared.name]));

  it("ties by the common ending of the names on word boundaries, so Trips is not TripArchiver", () => {
    const apps = ["RideshareTrips", "RideshareDrivers", "RideshareTripArchiver"].map(app);
    const folders = [
      "dotnet/ServerlessMicroservices.FunctionApp.Trips",
      "dotnet/ServerlessMicroservices.FunctionApp.Drivers",
      "nodejs/serverless-microservices-functionapp-triparchiver",
    ];
    expect(names(tieApps(apps, folders))).toEqual({
      "dotnet/ServerlessMicroservices.FunctionApp.Trips": "RideshareTrips",
      "dotnet/ServerlessMicroservices.FunctionApp.Drivers": "RideshareDrivers",
      "nodejs/serverless-microservices-functionapp-triparchiver": "RideshareTripArchiver",
    });
  });

  it("sets generic endings (func, app, environment) aside, and one app left with one folder is that folder", () => {
    expect(names(tieApps([app("func-orders-prod"), app("billing-api")], ["src/orders", "legacy"]))).toEqual({
      "src/orders": "func-orders-prod",
      legacy: "billing-api",
    });
  });

  it("does not tie on a shared generic word, and does not count untied apps again when code folders are left", () => {
    const ties = tieApps([app("orders-func"), app("billing-func")], ["a/func", "b/func", "c/func"]);
    expect(ties.byFolder.size).toBe(0);
    expect(ties.uncounted).toContain("3 code folders untied");
    expect(tieApps([app("orders"), app("billing")], ["web"]).uncounted).toBeUndefined();
  });
});

const root = mkdtempSync(join(tmpdir(), "archlint-azure-apps-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, content: unknown) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), typeof content === "string" ? content : JSON.stringify(content, null, 2));
};

describe("a repository of Function Apps declared twice (exported ARM and Bicep compiled to JSON)", () => {
  const schema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
  const site = (name: string, extra: object = {}) => ({
    type: "Microsoft.Web/sites",
    apiVersion: "2022-09-01",
    name,
    kind: "functionapp",
    properties: { serverFarmId: "[resourceId('Microsoft.Web/serverfarms', 'plan')]", ...extra },
  });
  const plan = {
    type: "Microsoft.Web/serverfarms",
    name: "plan",
    kind: "functionapp",
    sku: { name: "Y1", tier: "Dynamic" },
  };
  write("arm/template.json", {
    $schema: schema,
    parameters: { orders: { type: "string", defaultValue: "ShopOrders" } },
    resources: [plan, site("[parameters('orders')]"), site("ShopPayments")],
  });
  write("bicep/main.json", {
    $schema: schema,
    variables: { apps: ["Orders", "Payments", "Catalog"] },
    resources: [
      {
        type: "Microsoft.Resources/deployments",
        name: "functions",
        properties: {
          expressionEvaluationOptions: { scope: "inner" },
          parameters: { prefix: { value: "Shop" }, apps: { value: "[variables('apps')]" } },
          template: {
            $schema: schema,
            parameters: { prefix: { type: "string" }, apps: { type: "array" } },
            resources: [
              plan,
              {
                ...site("[format('{0}{1}', parameters('prefix'), parameters('apps')[copyIndex()])]", {
                  siteConfig: {
                    functionAppScaleLimit: 20,
                    appSettings: [{ name: "APPLICATIONINSIGHTS_CONNECTION_STRING", value: "[parameters('prefix')]" }],
                  },
                }),
                copy: { name: "apps", count: "[length(parameters('apps'))]" },
              },
              {
                type: "Microsoft.ApiManagement/service",
                name: "shop-apim",
                sku: { name: "Developer", capacity: 1 },
              },
              {
                type: "Microsoft.ApiManagement/service/apis",
                name: "shop-apim/orders",
                properties: { serviceUrl: "https://shoporders.azurewebsites.net/api", path: "orders" },
              },
            ],
          },
        },
      },
    ],
  });
  write("src/Shop.Orders/host.json", { version: "2.0", functionTimeout: "00:04:00" });
  write("src/Shop.Payments/host.json", { version: "2.0" });
  write("src/Shop.Payments/Charge/function.json", {
    bindings: [{ type: "queueTrigger", direction: "in", name: "m", queueName: "charges" }],
  });

  const report = scanFolder(root);
  const services = report.inventory.ownedServices;

  it("counts each app once: two tied to their code folders, one declared only (functions in code)", () => {
    expect(services.map((s) => s.name).sort()).toEqual(["Shop.Orders", "Shop.Payments", "ShopCatalog"]);
    expect(services.find((s) => s.name === "ShopCatalog")?.evidence).toEqual([
      "Azure Function App ShopCatalog declared in bicep/main.json (functions declared in code)",
    ]);
    expect(report.inventory.style.value).toBe("serverless");
    expect(report.inventory.functions.map((f) => f.name)).toEqual(["Charge"]);
    expect(report.inventory.gateways.map((g) => g.name)).toEqual(["shop-apim"]);
  });

  it("merges the two declarations field by field: the Bicep scale limit and Application Insights apply", () => {
    const policies = report.findings.map((f) => `${f.policy} ${f.subject.name}`);
    expect(policies).not.toContain("function-concurrency-unbounded Charge");
    expect(policies).not.toContain("function-tracing-disabled Charge");
    // Behind API Management the .NET Orders app answers HTTP on a Consumption plan: a cold start, and its
    // host.json timeout of 240 s outlives the Functions front end's 230 s.
    expect(policies).toContain("cold-start-unmitigated ShopOrders");
    expect(policies).toContain("function-timeout-exceeds-gateway-limit ShopOrders");
  });
});
