import { posix } from "node:path";
import type { EntityBase, FunctionEntity } from "../../model/types.js";
import { createEntity, markUnresolved, recordOrigin, setField } from "../entity.js";
import type { ApiManagementDeclaration, FunctionAppDeclaration } from "./declarations.js";
import { AZURE_FORMAT, applyPlan, type Host, readTimeout } from "./host.js";
import { PLAN_LIMITS, type PlanChoice } from "./plans.js";

/** Words that name the kind of thing, not the app: `orders-func-prod` and `src/orders` are both `orders`. */
const GENERIC = new Set([
  "func",
  "function",
  "functions",
  "functionapp",
  "fn",
  "fa",
  "app",
  "apps",
  "api",
  "dev",
  "test",
  "staging",
  "stage",
  "qa",
  "uat",
  "prod",
]);
const MIN_TIE = 3;

export interface Ties {
  byFolder: Map<string, FunctionAppDeclaration>;
  byApp: Map<FunctionAppDeclaration, string>;
  /** Why the declared apps left untied are not counted as services of their own, when the code folders are. */
  uncounted?: string;
}

/**
 * Ties each declared Function App to the code folder (the outermost host.json folder) deployed to it, by name:
 * the longest common ending of the two names, on word boundaries (`RideshareDrivers` and
 * `ServerlessMicroservices.FunctionApp.Drivers` share `drivers`), at least three letters, once trailing generic
 * words (`func`, `app`, `prod`, …) are set aside; a pair ties when each is the other's unique best. One declared
 * app and one folder left over are the same app. Declared apps still untied, when at least as many code folders
 * are left, are not counted again: they are likely those folders under other names.
 */
export function tieApps(apps: FunctionAppDeclaration[], folders: string[]): Ties {
  const byFolder = new Map<string, FunctionAppDeclaration>();
  const byApp = new Map<FunctionAppDeclaration, string>();
  const score = (app: FunctionAppDeclaration, folder: string) => commonEnding(app.name, posix.basename(folder));
  for (const app of apps) {
    const best = uniqueBest(folders, (folder) => score(app, folder));
    if (best === undefined) continue;
    if (uniqueBest(apps, (other) => score(other, best)) !== app) continue;
    byFolder.set(best, app);
    byApp.set(app, best);
  }
  const apps_ = apps.filter((app) => !byApp.has(app));
  const folders_ = folders.filter((folder) => !byFolder.has(folder));
  const [app] = apps_;
  const [folder] = folders_;
  if (apps_.length === 1 && folders_.length === 1 && app && folder !== undefined) {
    byFolder.set(folder, app);
    byApp.set(app, folder);
    return { byFolder, byApp };
  }
  const ties: Ties = { byFolder, byApp };
  if (apps_.length > 0 && folders_.length >= apps_.length)
    ties.uncounted = `a Function App declared in infrastructure code that no code folder could be tied to by name, with ${folders_.length} code folders untied: counted through them`;
  return ties;
}

function uniqueBest<T>(items: T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let top = 0;
  let unique = false;
  for (const item of items) {
    const value = score(item);
    if (value > top) [best, top, unique] = [item, value, true];
    else if (value === top && value > 0) unique = false;
  }
  return unique && top >= MIN_TIE ? best : undefined;
}

/** The words of a name, lower case: `ServerlessMicroservices.FunctionApp.Drivers` → serverless, microservices, … */
function words(name: string): string[] {
  return name
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .filter(Boolean);
}

function significant(name: string): string[] {
  const list = words(name);
  while (list.length > 1 && GENERIC.has(list[list.length - 1] ?? "")) list.pop();
  return list;
}

/** Letters the two names share at their end, starting on a word boundary in both. */
function commonEnding(a: string, b: string): number {
  const left = significant(a);
  const right = significant(b);
  const joinedLeft = left.join("");
  const joinedRight = right.join("");
  const startsLeft = boundaries(left);
  const startsRight = boundaries(right);
  let length = 0;
  while (
    length < joinedLeft.length &&
    length < joinedRight.length &&
    joinedLeft[joinedLeft.length - 1 - length] === joinedRight[joinedRight.length - 1 - length]
  )
    length++;
  for (; length > 0; length--)
    if (startsLeft.has(joinedLeft.length - length) && startsRight.has(joinedRight.length - length)) return length;
  return 0;
}

function boundaries(list: string[]): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const word of list) {
    starts.add(at);
    at += word.length;
  }
  return starts;
}

/** The plan a declared app runs on, as the policies' messages say it. */
export function appPlanChoice(app: FunctionAppDeclaration): PlanChoice | undefined {
  const { plan } = app;
  if (!plan) return undefined;
  const label = PLAN_LIMITS[plan.plan].label;
  return { plan: plan.plan, note: `${label} plan declared in ${plan.ref.file} (sku ${plan.sku})`, ref: plan.ref };
}

/**
 * What the app's declaration says about every function it runs: where it is declared, its Application Insights
 * connection (`tracing`), `functionAppScaleLimit` (`scaleLimit`), the plan's caps, the runtime.
 */
export function applyApp(fn: FunctionEntity, app: FunctionAppDeclaration): void {
  setField(fn, "appDeclaredIn", app.ref.file, app.ref);
  if (app.insights) setField(fn, "tracing", true, app.insights);
  else
    setField(
      fn,
      "tracing",
      false,
      app.ref,
      `the Function App ${app.name} has no Application Insights connection (no APPLICATIONINSIGHTS_CONNECTION_STRING or APPINSIGHTS_INSTRUMENTATIONKEY app setting, no site_config application_insights_*)`,
    );
  const { scaleLimit, runtime } = app;
  if (runtime?.value !== undefined && fn.runtime === undefined) setField(fn, "runtime", runtime.value, runtime.ref);
  const limits = typeof fn.plan === "string" ? PLAN_LIMITS[fn.plan as keyof typeof PLAN_LIMITS] : undefined;
  const instances = limits?.maxInstances?.[app.os ?? "windows"];
  if (instances !== undefined) setField(fn, "planMaxInstances", instances, fn.origins.plan?.ref ?? app.ref);
  if (scaleLimit?.value !== undefined) setField(fn, "scaleLimit", scaleLimit.value, scaleLimit.ref);
  else if (scaleLimit?.unresolved) markUnresolved(fn, "scaleLimit", scaleLimit.ref);
  else {
    const cap =
      instances === undefined ? "" : `: the ${limits?.label} plan lets it scale out to ${instances} instances`;
    const note = `the Function App ${app.name} sets no functionAppScaleLimit / app_scale_limit${cap}`;
    recordOrigin(fn, "reservedConcurrency", { ref: app.ref, note });
  }
  if (app.apiManagement) setField(fn, "apiManagement", app.apiManagement.name, app.apiManagement.ref);
}

/**
 * A declared Function App whose functions archlint cannot see (declared in code, or no code folder tied to it):
 * one entity for the app, so its plan, timeout, scale limit and tracing are judged once. Behind API Management it
 * answers HTTP (a synchronous trigger at the API or backend that names it).
 */
export function appEntity(
  app: FunctionAppDeclaration,
  folder: string | undefined,
  host: Host | undefined,
  fallback: PlanChoice,
): FunctionEntity {
  const fn = createEntity<FunctionEntity>(
    { kind: "function", name: app.name, platform: "azure-functions", format: AZURE_FORMAT, ref: app.ref },
    { triggers: [] },
  );
  fn.functionsInCode = true;
  if (folder !== undefined) fn.functionApp = folder;
  else fn.stack = app.name;
  const choice = appPlanChoice(app) ?? fallback;
  applyPlan(fn, choice, app.ref);
  readTimeout(fn, host, choice, app.ref);
  applyApp(fn, app);
  if (app.apiManagement) {
    recordOrigin(fn, "triggers.0", { ref: app.apiManagement.ref });
    fn.triggers.push({ kind: "http-other", type: "api-management", synchronous: true, source: app.apiManagement.name });
  }
  return fn;
}

/** An API Management service: a gateway entity. */
export function apiManagementEntity(service: ApiManagementDeclaration): EntityBase {
  return createEntity(
    { kind: "gateway", name: service.name, platform: "azure-api-management", format: AZURE_FORMAT, ref: service.ref },
    { gatewayKind: service.type },
  );
}
