import { posix } from "node:path";
import type { FunctionEntity, SourceRef } from "../../model/types.js";
import type { AdapterFactory } from "../adapter.js";
import { createEntity, markUnresolved, recordOrigin, setField } from "../entity.js";
import { asString, type Dict, isDict } from "../values.js";
import { bindingTrigger, timeSpanSeconds } from "./bindings.js";

export const AZURE_FORMAT = "azure-functions";

/** The Consumption plan's default functionTimeout (its cap, 10 min, is the platform-max policy's). */
export const CONSUMPTION_DEFAULT_TIMEOUT = 300;

const PLAN_ASSUMED = "Consumption plan assumed: no hosting plan is declared in the scanned files";

interface FunctionFile {
  path: string;
  bindings: unknown[];
}

/**
 * Azure Functions (function.json model, v1 to v4 scripts): each `<name>/function.json` is a function named by
 * its folder; `functionTimeout` comes from the host.json of the nearest parent folder. The hosting plan is not
 * declared in these files, so the Consumption plan is assumed, and every timeout says so.
 */
export const azureFunctions: AdapterFactory = {
  name: AZURE_FORMAT,
  create: () => {
    const hosts = new Map<string, Dict>();
    const functions: FunctionFile[] = [];
    return {
      extract(file) {
        const doc = file.documents[0];
        if (file.format !== "json" || !isDict(doc)) return;
        const name = posix.basename(file.path);
        if (name === "host.json") hosts.set(posix.dirname(file.path), doc);
        else if (name === "function.json" && Array.isArray(doc.bindings) && file.path.includes("/"))
          functions.push({ path: file.path, bindings: doc.bindings });
      },
      finish(sink) {
        for (const file of functions) sink.entity(azureFunction(file, nearestHost(file.path, hosts)));
      },
    };
  },
};

function nearestHost(functionPath: string, hosts: Map<string, Dict>): { path: string; doc: Dict } | undefined {
  let dir = posix.dirname(posix.dirname(functionPath));
  for (;;) {
    const doc = hosts.get(dir);
    if (doc) return { path: dir === "." ? "host.json" : `${dir}/host.json`, doc };
    if (dir === "." || dir === "/" || dir === "") return undefined;
    dir = posix.dirname(dir);
  }
}

function azureFunction(file: FunctionFile, host: { path: string; doc: Dict } | undefined): FunctionEntity {
  const ref: SourceRef = { file: file.path, doc: 0, path: [] };
  const name = posix.basename(posix.dirname(file.path));
  const fn = createEntity<FunctionEntity>(
    { kind: "function", name, platform: "azure-functions", format: AZURE_FORMAT, ref },
    { triggers: [] },
  );
  setField(fn, "plan", "consumption", ref, PLAN_ASSUMED);
  const timeout = host?.doc.functionTimeout;
  if (host && timeout !== undefined && timeout !== null) {
    const at: SourceRef = { file: host.path, doc: 0, path: ["functionTimeout"] };
    const seconds = timeSpanSeconds(timeout);
    if (seconds !== undefined) setField(fn, "timeout", seconds, at, PLAN_ASSUMED);
    else if (asString(timeout)?.trim() !== "-1") markUnresolved(fn, "timeout", at);
  } else {
    const note = `functionTimeout not set: the Consumption plan default of 5 min applies; ${PLAN_ASSUMED}`;
    setField(fn, "timeout", CONSUMPTION_DEFAULT_TIMEOUT, host ? { file: host.path, doc: 0, path: [] } : ref, note);
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
