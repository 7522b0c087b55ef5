import { posix } from "node:path";
import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import { EVENT_GRID_TOPIC, type FunctionEntity, type SourceRef } from "../../model/types.js";
import type { AdapterFactory } from "../adapter.js";
import { addPublished } from "../cloudformation/buses.js";
import { createEntity, recordOrigin } from "../entity.js";
import { isTerraformFile } from "../terraform/adapter.js";
import { moduleInstances } from "../terraform/local-modules.js";
import { addToModules, type TerraformModule } from "../terraform/module.js";
import { type Dict, isDict } from "../values.js";
import { armDeclarations } from "./arm-apps.js";
import { isArmTemplate } from "./arm-resources.js";
import { bindingTrigger } from "./bindings.js";
import { type AzureDeclarations, mergeByName } from "./declarations.js";
import { apiManagementEntity, appEntity, applyApp, appPlanChoice, tieApps } from "./function-apps.js";
import { AZURE_FORMAT, applyPlan, type Host, readTimeout } from "./host.js";
import { choosePlan, type PlanChoice, type PlanEvidence, plansIn } from "./plans.js";
import { terraformDeclarations } from "./terraform-apps.js";

export { AZURE_FORMAT };

interface FunctionFile {
  path: string;
  bindings: unknown[];
}

/**
 * Azure Functions (function.json model, v1 to v4 scripts): each `<name>/function.json` is a function named by
 * its folder; `functionTimeout` comes from the host.json of the nearest parent folder. The hosting plan comes
 * from ARM or Terraform plan declarations in the scan (see plans.ts); without any, Consumption is assumed and
 * every timeout says so. A Function App is the outermost folder with a host.json: every function under it is
 * deployed with it (`functionApp` on each function), and an app whose functions are declared in code (.NET,
 * Java) has no function.json but still is an app (`function-app` evidence). Function Apps declared in ARM
 * (Bicep compiled to JSON) or Terraform azurerm are tied to their code folder by name (function-apps.ts): their
 * plan, scale limit, runtime, Application Insights connection and API Management front apply to its functions,
 * and an app with no function.json is judged as one entity of its own.
 */
export const azureFunctions: AdapterFactory = {
  name: AZURE_FORMAT,
  create: () => {
    const hosts = new Map<string, Dict>();
    const functions: FunctionFile[] = [];
    const plans: PlanEvidence[] = [];
    const declarations: AzureDeclarations[] = [];
    const terraform: { file: string; doc: Dict }[] = [];
    return {
      extract(file) {
        plans.push(...plansIn(file));
        const doc = file.documents[0];
        if (isTerraformFile(file) && isDict(doc)) terraform.push({ file: file.path, doc });
        if (file.format !== "json" || !isDict(doc)) return;
        if (isArmTemplate(doc)) declarations.push(armDeclarations(doc, file.path));
        const name = posix.basename(file.path);
        if (name === "host.json") hosts.set(posix.dirname(file.path), doc);
        else if (name === "function.json" && Array.isArray(doc.bindings) && file.path.includes("/"))
          functions.push({ path: file.path, bindings: doc.bindings });
      },
      finish(sink, guard) {
        // Without an azurerm resource type in any file, no module instance has one: none is even assembled.
        if (terraform.some(({ doc }) => resourceTypes(doc.resource).some(isAzurerm)))
          for (const module of moduleInstances(terraformModules(terraform)))
            if ([...module.resources.keys()].some(isAzurerm))
              guard(module.files[0] ?? "", () => declarations.push(terraformDeclarations(module)));
        const apps = mergeByName(declarations.flatMap((d) => d.apps));
        const folders = [...hosts.keys()].filter((dir) => outermostHost(`${dir}/host.json`, hosts) === dir);
        const tied = tieApps(apps, folders);
        const fallback = choosePlan(plans);
        const withFunctions = new Set<string>();
        for (const file of functions) {
          const folder = outermostHost(file.path, hosts);
          const app = folder === undefined ? undefined : tied.byFolder.get(folder);
          const fn = azureFunction(file, nearestHost(file.path, hosts), (app && appPlanChoice(app)) ?? fallback);
          if (folder !== undefined) {
            fn.functionApp = folder;
            withFunctions.add(folder);
          }
          if (app) applyApp(fn, app);
          sink.entity(fn);
        }
        for (const app of apps) {
          const folder = tied.byApp.get(app);
          if (folder !== undefined && withFunctions.has(folder)) continue;
          const host = folder === undefined ? undefined : hosts.get(folder);
          const hostRef = folder === undefined ? undefined : folder === "." ? "host.json" : `${folder}/host.json`;
          const entity = appEntity(app, folder, host && hostRef ? { path: hostRef, doc: host } : undefined, fallback);
          if (folder === undefined && tied.uncounted) entity.uncounted = tied.uncounted;
          sink.entity(entity);
        }
        const seen = new Set<string>();
        for (const service of declarations.flatMap((d) => d.apiManagement)) {
          if (seen.has(service.name.toLowerCase())) continue;
          seen.add(service.name.toLowerCase());
          sink.entity(apiManagementEntity(service));
        }
        for (const dir of hosts.keys()) {
          if (outermostHost(`${dir}/host.json`, hosts) !== dir) continue;
          const file = dir === "." ? "host.json" : `${dir}/host.json`;
          sink.evidence({ category: EVIDENCE.functionApp, value: dir, file, line: 1 });
        }
      },
    };
  },
};

function nearestHost(functionPath: string, hosts: Map<string, Dict>): Host | undefined {
  let dir = posix.dirname(posix.dirname(functionPath));
  for (;;) {
    const doc = hosts.get(dir);
    if (doc) return { path: dir === "." ? "host.json" : `${dir}/host.json`, doc };
    if (dir === "." || dir === "/" || dir === "") return undefined;
    dir = posix.dirname(dir);
  }
}

/** The folder of the outermost host.json above a file (its own folder included): the Function App's root. */
function outermostHost(path: string, hosts: Map<string, Dict>): string | undefined {
  let found: string | undefined;
  for (let dir = posix.dirname(path); ; dir = posix.dirname(dir)) {
    if (hosts.has(dir)) found = dir;
    if (dir === "." || dir === "/" || dir === "") return found;
  }
}

function azureFunction(file: FunctionFile, host: Host | undefined, choice: PlanChoice): FunctionEntity {
  const ref: SourceRef = { file: file.path, doc: 0, path: [] };
  const name = posix.basename(posix.dirname(file.path));
  const fn = createEntity<FunctionEntity>(
    { kind: "function", name, platform: "azure-functions", format: AZURE_FORMAT, ref },
    { triggers: [] },
  );
  applyPlan(fn, choice, ref);
  readTimeout(fn, host, choice, ref);
  file.bindings.forEach((binding, index) => {
    if (isDict(binding) && binding.direction === "out" && /^eventgrid$/i.test(String(binding.type)))
      addPublished(fn, { kind: "event-bus", name: EVENT_GRID_TOPIC }, { ...ref, path: ["bindings", index] });
    if (!isDict(binding) || (binding.direction !== undefined && binding.direction !== "in")) return;
    const trigger = bindingTrigger(binding);
    if (!trigger) return;
    recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: { ...ref, path: ["bindings", index] } });
    fn.triggers.push(trigger);
  });
  return fn;
}

const isAzurerm = (type: string) => type.startsWith("azurerm_");

/** The types a file's `resource` blocks declare (a `.tf.json` file may wrap them in a list). */
const resourceTypes = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(resourceTypes) : isDict(value) ? Object.keys(value) : [];

/** The files of each directory, as one Terraform module. */
function terraformModules(files: { file: string; doc: Dict }[]): Map<string, TerraformModule> {
  const modules = new Map<string, TerraformModule>();
  for (const { file, doc } of files) addToModules(modules, file, doc);
  return modules;
}
