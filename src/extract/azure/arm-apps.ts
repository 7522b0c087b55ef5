import type { SourceRef } from "../../model/types.js";
import { refAt } from "../entity.js";
import { asNumber, asString, type Dict, isDict } from "../values.js";
import { armString, armValue, UNKNOWN } from "./arm-expressions.js";
import { type ArmResource, armResources } from "./arm-resources.js";
import {
  type AzureDeclarations,
  type FunctionAppDeclaration,
  INSIGHTS_SETTINGS,
  mentionsApp,
  type Setting,
} from "./declarations.js";
import { planOfSku } from "./plans.js";

const SITES = "microsoft.web/sites";

/**
 * Function Apps of an ARM template (Bicep compiled to JSON included): `Microsoft.Web/sites` whose kind contains
 * `functionapp`, their plan through `serverFarmId`, `siteConfig` (and `sites/config` children: `web`,
 * `appsettings`) for `functionAppScaleLimit`, the runtime and the Application Insights settings, and the API
 * Management services whose APIs or backends call them.
 */
export function armDeclarations(doc: Dict, file: string): AzureDeclarations {
  const resources = armResources(doc, file);
  const farms = resources.filter((r) => r.type === "microsoft.web/serverfarms" && r.name !== undefined);
  const apps: FunctionAppDeclaration[] = [];
  for (const site of resources.filter((r) => r.type === SITES && /functionapp/i.test(asString(r.body.kind) ?? ""))) {
    const name = site.name ?? asString(site.body.name) ?? "(unnamed)";
    const app: FunctionAppDeclaration = { name, ref: site.ref };
    app.os = /linux/i.test(asString(site.body.kind) ?? "") ? "linux" : "windows";
    const properties = isDict(site.body.properties) ? site.body.properties : {};
    const farmId = armString(properties.serverFarmId, site.scope) ?? "";
    const farm = farms.find((f) => farmId.includes(`'${f.name}'`) || farmId.endsWith(`/${f.name}`));
    const plan = farm && farmPlan(farm);
    if (plan) app.plan = plan;
    const configs = [siteConfig(site, refAt(site.ref, "properties", "siteConfig"), properties.siteConfig)];
    for (const child of resources.filter((r) => r.type === `${SITES}/config` && r.name?.startsWith(`${name}/`))) {
      const kind = child.name?.slice(name.length + 1).toLowerCase();
      const body = child.body.properties;
      const at = refAt(child.ref, "properties");
      if (kind === "web") configs.push(siteConfig(child, at, body));
      if (kind === "appsettings" && isDict(body)) configs.push(settingsMap(child, at, body));
    }
    for (const config of configs) Object.assign(app, { ...config, ...pick(app) });
    apps.push(app);
  }
  const apiManagement = resources
    .filter((r) => r.type === "microsoft.apimanagement/service")
    .map((r) => ({ name: r.name ?? "(unnamed)", ref: r.ref, type: "Microsoft.ApiManagement/service" }));
  for (const call of resources.filter((r) => /^microsoft\.apimanagement\/service\/(apis|backends)$/.test(r.type)))
    joinApiManagement(call, apps);
  return { apps, apiManagement };
}

/** Fields already set on an app win over a later config resource. */
function pick<T extends object>(app: T): Partial<T> {
  return Object.fromEntries(Object.entries(app).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function farmPlan(farm: ArmResource) {
  const sku = farm.body.sku;
  if (!isDict(sku)) return undefined;
  const tier = armString(sku.tier, farm.scope) ?? "";
  const name = armString(sku.name, farm.scope) ?? tier;
  const plan = planOfSku(tier || name);
  return plan ? { plan, ref: refAt(farm.ref, "sku"), sku: name } : undefined;
}

type ConfigFields = Pick<FunctionAppDeclaration, "scaleLimit" | "runtime" | "insights">;

/** `siteConfig`: `functionAppScaleLimit` and the `appSettings` list of `{ name, value }`. */
function siteConfig(resource: ArmResource, at: SourceRef, config: unknown): ConfigFields {
  if (!isDict(config)) return {};
  const found: ConfigFields = {};
  if (config.functionAppScaleLimit !== undefined && config.functionAppScaleLimit !== null) {
    const value = asNumber(armValue(config.functionAppScaleLimit, resource.scope));
    const ref = refAt(at, "functionAppScaleLimit");
    found.scaleLimit = value === undefined ? { ref, unresolved: true } : { value, ref };
  }
  if (Array.isArray(config.appSettings))
    config.appSettings.forEach((setting, index) => {
      if (!isDict(setting)) return;
      const name = armString(setting.name, resource.scope);
      if (name)
        Object.assign(found, appSetting(name, setting.value, resource, refAt(at, "appSettings", index)), pick(found));
    });
  return found;
}

/** A `sites/config` named `appsettings`: its properties are the settings. */
function settingsMap(resource: ArmResource, at: SourceRef, settings: Dict): ConfigFields {
  const found: ConfigFields = {};
  for (const [name, value] of Object.entries(settings))
    Object.assign(found, appSetting(name, value, resource, refAt(at, name)), pick(found));
  return found;
}

function appSetting(name: string, value: unknown, resource: ArmResource, ref: SourceRef): ConfigFields {
  const upper = name.toUpperCase();
  if (INSIGHTS_SETTINGS.includes(upper) && value !== null && value !== "") return { insights: ref };
  if (upper === "FUNCTIONS_WORKER_RUNTIME") {
    const runtime = armValue(value, resource.scope);
    const setting: Setting<string> =
      typeof runtime === "string" && runtime !== "" ? { value: runtime, ref } : { ref, unresolved: true };
    return { runtime: setting };
  }
  return {};
}

/** An API (`serviceUrl`) or backend (`url`, `resourceId`) that names an app's host or resource puts APIM in front. */
function joinApiManagement(call: ArmResource, apps: FunctionAppDeclaration[]): void {
  const properties = isDict(call.body.properties) ? call.body.properties : {};
  const targets = [properties.serviceUrl, properties.url, properties.resourceId]
    .map((value) => armValue(value, call.scope))
    .filter((value): value is string => value !== UNKNOWN && typeof value === "string");
  const service = call.name?.split("/")[0] ?? "(unnamed)";
  for (const app of apps)
    if (!app.apiManagement && targets.some((target) => mentionsApp(target, app.name)))
      app.apiManagement = { name: service, ref: call.ref };
}
