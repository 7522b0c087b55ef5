import type { SourceRef } from "../../model/types.js";
import type { PlanEvidence } from "./plans.js";

/** A value read from an app's declaration, with where it was set; `unresolved` when it is an expression. */
export interface Setting<T> {
  value?: T;
  ref: SourceRef;
  unresolved?: boolean;
}

/**
 * A Function App as ARM (or Bicep compiled to JSON) or Terraform azurerm declares it: the hosting plan it runs on,
 * its scale-out limit, its runtime, whether it reports to Application Insights, and the API Management
 * service in front of it.
 */
export interface FunctionAppDeclaration {
  /** The app's resolved name, else its Terraform address or ARM name expression. */
  name: string;
  ref: SourceRef;
  os?: "linux" | "windows";
  plan?: PlanEvidence;
  scaleLimit?: Setting<number>;
  runtime?: Setting<string>;
  /** Where the Application Insights connection is set (an app setting or site_config attribute). */
  insights?: SourceRef;
  /** The API Management service whose API or backend calls this app, and where. */
  apiManagement?: { name: string; ref: SourceRef };
}

/** An API Management service: a gateway in front of the apps its APIs and backends name. */
export interface ApiManagementDeclaration {
  name: string;
  ref: SourceRef;
  /** `Microsoft.ApiManagement/service` or `azurerm_api_management`. */
  type: string;
}

export interface AzureDeclarations {
  apps: FunctionAppDeclaration[];
  apiManagement: ApiManagementDeclaration[];
}

/** Settings that connect a Function App to Application Insights. */
export const INSIGHTS_SETTINGS = ["APPLICATIONINSIGHTS_CONNECTION_STRING", "APPINSIGHTS_INSTRUMENTATIONKEY"];

/** A hostname or a resource reference mentions the app by name (`orders.azurewebsites.net`, `…/sites','orders'`). */
export function mentionsApp(text: string, app: string): boolean {
  const lower = text.toLowerCase();
  const name = app.toLowerCase();
  return (
    lower.includes(`${name}.azurewebsites.net`) ||
    lower.includes(`microsoft.web/sites','${name}'`) ||
    lower.includes(`microsoft.web/sites/${name}`)
  );
}

/**
 * The same app declared twice (an exported ARM template beside the Bicep that replaced it) is one app: merged by
 * name, each field from the first declaration (in path order) that sets it.
 */
export function mergeByName(apps: FunctionAppDeclaration[]): FunctionAppDeclaration[] {
  const merged = new Map<string, FunctionAppDeclaration>();
  for (const app of apps) {
    const key = app.name.toLowerCase();
    const known = merged.get(key);
    if (!known) merged.set(key, { ...app });
    else
      for (const field of ["os", "plan", "scaleLimit", "runtime", "insights", "apiManagement"] as const)
        if (known[field] === undefined && app[field] !== undefined) Object.assign(known, { [field]: app[field] });
  }
  return [...merged.values()];
}
