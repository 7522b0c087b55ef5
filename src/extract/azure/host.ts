import type { FunctionEntity, SourceRef } from "../../model/types.js";
import { markUnresolved, setField } from "../entity.js";
import { asString, type Dict } from "../values.js";
import { timeSpanSeconds } from "./bindings.js";
import { PLAN_LIMITS, type PlanChoice } from "./plans.js";

export const AZURE_FORMAT = "azure-functions";

/** A host.json: the Function App's root, where `functionTimeout` is set. */
export interface Host {
  path: string;
  doc: Dict;
}

/** The plan a function runs on, and its hard timeout cap (Consumption's 10 min) from the plans' data. */
export function applyPlan(fn: FunctionEntity, choice: PlanChoice, ref: SourceRef): void {
  if (!choice.plan) return;
  const at = choice.ref ?? ref;
  setField(fn, "plan", choice.plan, at, choice.note);
  const cap = PLAN_LIMITS[choice.plan].maxTimeoutSeconds;
  if (cap !== undefined) setField(fn, "platformMaxTimeout", cap, at, choice.note);
}

/** functionTimeout from host.json, else the plan's default (said in the message), else unknown. */
export function readTimeout(fn: FunctionEntity, host: Host | undefined, choice: PlanChoice, ref: SourceRef): void {
  const timeout = host?.doc.functionTimeout;
  if (host && timeout !== undefined && timeout !== null) {
    const at: SourceRef = { file: host.path, doc: 0, path: ["functionTimeout"] };
    const seconds = timeSpanSeconds(timeout);
    if (seconds !== undefined) setField(fn, "timeout", seconds, at, choice.note);
    else if (asString(timeout)?.trim() !== "-1") markUnresolved(fn, "timeout", at);
  } else if (choice.plan) {
    const seconds = PLAN_LIMITS[choice.plan].defaultTimeoutSeconds;
    const note = `functionTimeout not set: the plan's default of ${seconds / 60} min applies; ${choice.note}`;
    setField(fn, "timeout", seconds, host ? { file: host.path, doc: 0, path: [] } : ref, note);
    fn.timeoutIsDefault = true;
  }
}
