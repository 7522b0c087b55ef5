import { posix } from "node:path";
import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import type { FunctionEntity, SourceRef } from "../../model/types.js";
import type { AdapterFactory } from "../adapter.js";
import { createEntity, markUnresolved, recordOrigin, setField } from "../entity.js";
import { asString, type Dict, isDict } from "../values.js";
import { bindingTrigger, timeSpanSeconds } from "./bindings.js";
import { choosePlan, type HostingPlan, type PlanChoice, type PlanEvidence, plansIn } from "./plans.js";

export const AZURE_FORMAT = "azure-functions";

/** functionTimeout when host.json sets none: 5 min on Consumption, 30 min on Premium and Dedicated. */
const DEFAULT_TIMEOUTS: Record<HostingPlan, number> = { consumption: 300, premium: 1800, dedicated: 1800 };

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
 * Java) has no function.json but still is an app (`function-app` evidence).
 */
export const azureFunctions: AdapterFactory = {
  name: AZURE_FORMAT,
  create: () => {
    const hosts = new Map<string, Dict>();
    const functions: FunctionFile[] = [];
    const plans: PlanEvidence[] = [];
    return {
      extract(file) {
        plans.push(...plansIn(file));
        const doc = file.documents[0];
        if (file.format !== "json" || !isDict(doc)) return;
        const name = posix.basename(file.path);
        if (name === "host.json") hosts.set(posix.dirname(file.path), doc);
        else if (name === "function.json" && Array.isArray(doc.bindings) && file.path.includes("/"))
          functions.push({ path: file.path, bindings: doc.bindings });
      },
      finish(sink) {
        const plan = choosePlan(plans);
        for (const file of functions) {
          const fn = azureFunction(file, nearestHost(file.path, hosts), plan);
          const app = outermostHost(file.path, hosts);
          if (app !== undefined) fn.functionApp = app;
          sink.entity(fn);
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

interface Host {
  path: string;
  doc: Dict;
}

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
  if (choice.plan) setField(fn, "plan", choice.plan, ref, choice.note);
  const timeout = host?.doc.functionTimeout;
  if (host && timeout !== undefined && timeout !== null) {
    const at: SourceRef = { file: host.path, doc: 0, path: ["functionTimeout"] };
    const seconds = timeSpanSeconds(timeout);
    if (seconds !== undefined) setField(fn, "timeout", seconds, at, choice.note);
    else if (asString(timeout)?.trim() !== "-1") markUnresolved(fn, "timeout", at);
  } else if (choice.plan) {
    const seconds = DEFAULT_TIMEOUTS[choice.plan];
    const note = `functionTimeout not set: the plan's default of ${seconds / 60} min applies; ${choice.note}`;
    setField(fn, "timeout", seconds, host ? { file: host.path, doc: 0, path: [] } : ref, note);
    fn.timeoutIsDefault = true;
  }
  file.bindings.forEach((binding, index) => {
    if (!isDict(binding) || (binding.direction !== undefined && binding.direction !== "in")) return;
    const trigger = bindingTrigger(binding);
    if (!trigger) return;
    recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: { ...ref, path: ["bindings", index] } });
    fn.triggers.push(trigger);
  });
  return fn;
}
