import facts from "../../knowledge/platform-facts.json" with { type: "json" };
import type { DocPath, SourceRef } from "../../model/types.js";
import type { ParsedFile } from "../../parse/parsed-file.js";
import { asString, type Dict, isDict } from "../values.js";

export type HostingPlan = "consumption" | "premium" | "dedicated";

export interface PlanEvidence {
  plan: HostingPlan;
  ref: SourceRef;
  /** What was read, for the message: `sku Y1`. */
  sku: string;
}

const MAX_DEPTH = 12;
const FUNCTION_APP_TYPES = ["azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app"];

/** Each plan's default and maximum timeout and instance cap (src/knowledge/platform-facts.json, dated, with its source). */
export interface PlanLimits {
  label: string;
  defaultTimeoutSeconds: number;
  maxTimeoutSeconds?: number;
  maxInstances?: { windows: number; linux: number };
}

export const PLAN_LIMITS = Object.fromEntries(
  Object.entries(facts.platforms["azure-functions"].plans).map(([plan, limits]) => [
    plan,
    {
      label: limits.name,
      defaultTimeoutSeconds: limits.defaultTimeout,
      ...(limits.maxTimeout ? { maxTimeoutSeconds: limits.maxTimeout } : {}),
      ...("maxInstances" in limits ? { maxInstances: limits.maxInstances } : {}),
    },
  ]),
) as Record<HostingPlan, PlanLimits>;

/** Y1 / Dynamic is Consumption, EP* / ElasticPremium is Premium; any other App Service SKU is Dedicated. */
export function planOfSku(sku: string): HostingPlan | undefined {
  if (/^(y1|dynamic)$/i.test(sku)) return "consumption";
  if (/^(ep\d|elasticpremium)$/i.test(sku)) return "premium";
  if (/^(fc1|flexconsumption)$/i.test(sku)) return undefined;
  return "dedicated";
}

/**
 * Hosting plans declared for function apps: `Microsoft.Web/serverfarms` in ARM (and Bicep compiled to JSON)
 * whose kind is `functionapp` or whose tier is Dynamic / ElasticPremium, and Terraform `azurerm_service_plan`
 * (`sku_name`) or `azurerm_app_service_plan` (`sku.tier`) that a function app in the same file uses or that
 * only functions can use. Flex Consumption has other limits and is not mapped.
 */
export function plansIn(file: ParsedFile): PlanEvidence[] {
  const doc = file.documents[0];
  if (file.format === "json" && isDict(doc) && /deploymentTemplate/i.test(asString(doc.$schema) ?? ""))
    return armPlans(doc, file.path, [], 0);
  if (file.format === "hcl" && file.path.endsWith(".tf") && isDict(doc)) return terraformPlans(doc, file.path);
  return [];
}

function armPlans(node: unknown, file: string, path: DocPath, depth: number): PlanEvidence[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(node)) return node.flatMap((item, index) => armPlans(item, file, [...path, index], depth + 1));
  if (!isDict(node)) return [];
  if (asString(node.type)?.toLowerCase() === "microsoft.web/serverfarms" && isDict(node.sku)) {
    const tier = asString(node.sku.tier) ?? "";
    const name = asString(node.sku.name) ?? tier;
    const forFunctions =
      /functionapp|elastic/i.test(asString(node.kind) ?? "") || /^(dynamic|elasticpremium)$/i.test(tier);
    const plan = planOfSku(tier || name);
    return forFunctions && plan ? [{ plan, ref: { file, doc: 0, path: [...path, "sku"] }, sku: name }] : [];
  }
  return Object.entries(node).flatMap(([key, value]) => armPlans(value, file, [...path, key], depth + 1));
}

function terraformPlans(doc: Dict, file: string): PlanEvidence[] {
  const resources = isDict(doc.resource) ? doc.resource : {};
  const used = new Set(
    FUNCTION_APP_TYPES.flatMap((type) => Object.values(isDict(resources[type]) ? resources[type] : {}))
      .filter(isDict)
      .map((app) => asString(app.service_plan_id ?? app.app_service_plan_id) ?? ""),
  );
  const isUsed = (address: string) => [...used].some((reference) => reference.includes(`${address}.`));
  const found: PlanEvidence[] = [];
  const servicePlans = isDict(resources.azurerm_service_plan) ? resources.azurerm_service_plan : {};
  for (const [name, body] of Object.entries(servicePlans)) {
    const sku = isDict(body) ? asString(body.sku_name) : undefined;
    const plan = sku ? planOfSku(sku) : undefined;
    if (!sku || !plan || (plan === "dedicated" && !isUsed(`azurerm_service_plan.${name}`))) continue;
    found.push({ plan, ref: { file, doc: 0, path: ["resource", "azurerm_service_plan", name, "sku_name"] }, sku });
  }
  const legacyPlans = isDict(resources.azurerm_app_service_plan) ? resources.azurerm_app_service_plan : {};
  for (const [name, body] of Object.entries(legacyPlans)) {
    const sku = isDict(body) && Array.isArray(body.sku) && isDict(body.sku[0]) ? asString(body.sku[0].tier) : undefined;
    const plan = sku ? planOfSku(sku) : undefined;
    const forFunctions = isDict(body) && /functionapp|elastic/i.test(asString(body.kind) ?? "");
    if (!sku || !plan || !(forFunctions || isUsed(`azurerm_app_service_plan.${name}`))) continue;
    const path = ["resource", "azurerm_app_service_plan", name, "sku", 0, "tier"];
    found.push({ plan, ref: { file, doc: 0, path }, sku });
  }
  return found;
}

/** What the functions of a scan run on: the one plan the evidence names, else Consumption, assumed and said. */
export interface PlanChoice {
  plan?: HostingPlan;
  /** Where the plan came from, appended to the messages of findings about it. */
  note: string;
  /** The declaration of the plan a Function App names (its SKU), where a finding about the plan points. */
  ref?: SourceRef;
}

export function choosePlan(evidence: PlanEvidence[]): PlanChoice {
  const kinds = [...new Set(evidence.map((e) => e.plan))];
  const first = evidence[0];
  if (kinds.length === 1 && first) {
    const { file } = first.ref;
    return { plan: first.plan, note: `${PLAN_LIMITS[first.plan].label} plan declared in ${file} (sku ${first.sku})` };
  }
  if (kinds.length > 1)
    return { note: `several hosting plans are declared (${kinds.join(", ")}): the plan is unknown` };
  return { plan: "consumption", note: "Consumption plan assumed: no hosting plan is declared in the scanned files" };
}
