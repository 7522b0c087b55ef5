import type { SourceRef } from "../../model/types.js";
import { refAt } from "../entity.js";
import { nestedBlock } from "../terraform/functions.js";
import type { Block, TerraformModule } from "../terraform/module.js";
import { resolveValue, UNRESOLVED } from "../terraform/references.js";
import { asNumber, asString, type Dict, isDict } from "../values.js";
import {
  type AzureDeclarations,
  type FunctionAppDeclaration,
  INSIGHTS_SETTINGS,
  mentionsApp,
  type Setting,
} from "./declarations.js";
import { type PlanEvidence, planOfSku } from "./plans.js";

export const FUNCTION_APP_TYPES = [
  "azurerm_linux_function_app",
  "azurerm_windows_function_app",
  "azurerm_function_app",
];

/** `application_stack` attributes and the FUNCTIONS_WORKER_RUNTIME each one means. */
const STACK_RUNTIMES: [string, string][] = [
  ["use_dotnet_isolated_runtime", "dotnet-isolated"],
  ["dotnet_version", "dotnet"],
  ["java_version", "java"],
  ["node_version", "node"],
  ["python_version", "python"],
  ["powershell_core_version", "powershell"],
];

/**
 * Function Apps of one Terraform module: `azurerm_linux_function_app`, `azurerm_windows_function_app` and the
 * legacy `azurerm_function_app` that the module's defaults create, their plan through `service_plan_id` /
 * `app_service_plan_id`, `site_config` (`app_scale_limit`, `application_insights_connection_string` / `_key`,
 * `application_stack`), `app_settings`, and the `azurerm_api_management_api` / `_backend` that call them.
 */
export function terraformDeclarations(module: TerraformModule): AzureDeclarations {
  const apps: { block: Block; app: FunctionAppDeclaration }[] = [];
  for (const block of module.all(...FUNCTION_APP_TYPES)) {
    const { body, ref } = block;
    const resolved = resolveValue(body.name, module);
    const name = typeof resolved === "string" && resolved !== "" ? resolved : `${module.prefix}${block.address}`;
    const app: FunctionAppDeclaration = { name, ref };
    const os = block.type === "azurerm_function_app" ? asString(resolveValue(body.os_type, module)) : block.type;
    app.os = /linux/i.test(os ?? "") ? "linux" : "windows";
    const plan = planOf(body.service_plan_id ?? body.app_service_plan_id, module);
    if (plan) app.plan = plan;
    const config = nestedBlock(body, "site_config", ref);
    if (config) readSiteConfig(app, config.body, config.ref, module);
    if (isDict(body.app_settings)) readSettings(app, body.app_settings, refAt(ref, "app_settings"), module);
    apps.push({ block, app });
  }
  const apiManagement = module
    .all("azurerm_api_management")
    .map((block) => ({ name: nameOf(block, module), ref: block.ref, type: "azurerm_api_management" }));
  for (const call of module.all("azurerm_api_management_api", "azurerm_api_management_backend")) {
    const service = serviceOf(call, module);
    const targets = [call.body.service_url, call.body.url, call.body.resource_id]
      .map((value) => asString(value))
      .filter((value): value is string => value !== undefined);
    for (const { block, app } of apps) {
      const named = targets.some(
        (target) =>
          target.includes(`${block.address}.`) || mentionsApp(asString(resolveValue(target, module)) ?? "", app.name),
      );
      if (named && !app.apiManagement) app.apiManagement = { name: service, ref: call.ref };
    }
  }
  return { apps: apps.map(({ app }) => app), apiManagement };
}

function nameOf(block: Block, module: TerraformModule): string {
  const resolved = resolveValue(block.body.name, module);
  return typeof resolved === "string" && resolved !== "" ? resolved : `${module.prefix}${block.address}`;
}

/** The APIM service an API or backend belongs to: its `api_management_name`, resolved or by reference. */
function serviceOf(call: Block, module: TerraformModule): string {
  const raw = asString(call.body.api_management_name) ?? "";
  const reference = /\$\{\s*(azurerm_api_management\.[\w-]+)\./.exec(raw)?.[1];
  const block = reference ? module.find(reference) : undefined;
  if (block) return nameOf(block, module);
  const resolved = resolveValue(raw, module);
  return typeof resolved === "string" && resolved !== "" ? resolved : "(unnamed)";
}

/** The plan a `service_plan_id` reference names: `azurerm_service_plan.sku_name` or the legacy `sku.tier`. */
function planOf(reference: unknown, module: TerraformModule): PlanEvidence | undefined {
  const address = /\$\{\s*(azurerm_(?:service_plan|app_service_plan)\.[\w-]+)\./.exec(asString(reference) ?? "")?.[1];
  const block = address ? module.find(address) : undefined;
  if (!block) return undefined;
  if (block.type === "azurerm_service_plan") {
    const sku = asString(resolveValue(block.body.sku_name, module));
    const plan = sku ? planOfSku(sku) : undefined;
    return sku && plan ? { plan, ref: refAt(block.ref, "sku_name"), sku } : undefined;
  }
  const sku = nestedBlock(block.body, "sku", block.ref);
  const tier = sku ? asString(resolveValue(sku.body.tier, module)) : undefined;
  const plan = tier ? planOfSku(tier) : undefined;
  return sku && tier && plan ? { plan, ref: refAt(sku.ref, "tier"), sku: tier } : undefined;
}

function readSiteConfig(app: FunctionAppDeclaration, config: Dict, at: SourceRef, module: TerraformModule): void {
  if (config.app_scale_limit !== undefined && config.app_scale_limit !== null) {
    const value = asNumber(resolveValue(config.app_scale_limit, module));
    const ref = refAt(at, "app_scale_limit");
    app.scaleLimit = value === undefined ? { ref, unresolved: true } : { value, ref };
  }
  for (const attribute of ["application_insights_connection_string", "application_insights_key"])
    if (typeof config[attribute] === "string" && config[attribute] !== "" && !app.insights)
      app.insights = refAt(at, attribute);
  const stack = nestedBlock(config, "application_stack", at);
  if (!stack) return;
  for (const [attribute, runtime] of STACK_RUNTIMES) {
    const value = stack.body[attribute];
    if (value === undefined || value === null || value === false) continue;
    app.runtime = { value: runtime, ref: refAt(stack.ref, attribute) };
    return;
  }
}

function readSettings(app: FunctionAppDeclaration, settings: Dict, at: SourceRef, module: TerraformModule): void {
  for (const [name, value] of Object.entries(settings)) {
    const upper = name.toUpperCase();
    const ref = refAt(at, name);
    if (INSIGHTS_SETTINGS.includes(upper) && value !== null && value !== "" && !app.insights) app.insights = ref;
    if (upper === "FUNCTIONS_WORKER_RUNTIME" && !app.runtime) {
      const runtime = resolveValue(value, module);
      const setting: Setting<string> =
        runtime === UNRESOLVED || typeof runtime !== "string" ? { ref, unresolved: true } : { value: runtime, ref };
      app.runtime = setting;
    }
  }
}
