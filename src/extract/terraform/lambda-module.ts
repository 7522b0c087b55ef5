import type { FunctionEntity, Trigger, TriggerKind } from "../../model/types.js";
import { markUnresolved, refAt, setField } from "../entity.js";
import { asBoolean, asNumber, asString, isDict, namedEntries, own } from "../values.js";
import { FieldReader } from "./fields.js";
import { addTrigger } from "./function-index.js";
import { isActive, LAMBDA_DEFAULT_TIMEOUT, literal, newFunction } from "./functions.js";
import type { Block, TerraformModule } from "./module.js";
import { resolveValue } from "./references.js";
import { eventSourceTrigger } from "./triggers.js";

/** The registry module (`terraform-aws-modules/lambda/aws`) or its Git source, not its submodules (`//modules/…`). */
const LAMBDA_MODULE_SOURCE =
  /^((registry\.terraform\.io\/)?terraform-aws-modules\/lambda\/aws|(git::)?(https:\/\/|git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-lambda(\.git)?)(\?.*)?$/;

/** `allowed_triggers` entries name a service; what kind of event that service sends. */
const SERVICE_KINDS: Record<string, TriggerKind> = {
  apigateway: "http-other",
  elasticloadbalancing: "http-other",
  sns: "pubsub",
  s3: "storage",
  events: "event-bus",
  scheduler: "schedule",
};

/** Whether the module block declares a function (not a layer, not switched off). */
export function isLambdaModule(block: Block, module: TerraformModule): boolean {
  const source = literal(block.body.source, module);
  if (!source || !LAMBDA_MODULE_SOURCE.test(source)) return false;
  const create = (name: string) => asBoolean(resolveValue(block.body[name], module));
  return create("create") !== false && create("create_function") !== false && create("create_layer") !== true;
}

/**
 * A function declared through terraform-aws-modules/lambda. Its defaults (variables.tf of the module): timeout
 * 3 s, reserved and provisioned concurrency -1 (unset), tracing_mode null (no active tracing),
 * cloudwatch_logs_retention_in_days null (the log group it creates never expires), snap_start false.
 */
export function lambdaModuleFunction(block: Block, module: TerraformModule): FunctionEntity {
  const { body, ref } = block;
  const fn = newFunction(block, module, body.function_name);
  const reader = new FieldReader(module, fn);
  if (!reader.read("timeout", body, "timeout", ref, asNumber)) {
    const note = `timeout not set: the terraform-aws-modules/lambda default of ${LAMBDA_DEFAULT_TIMEOUT} s applies`;
    setField(fn, "timeout", LAMBDA_DEFAULT_TIMEOUT, ref, note);
  }
  reader.read("memory", body, "memory_size", ref, asNumber);
  reader.read("runtime", body, "runtime", ref, asString);
  reader.read("reservedConcurrency", body, "reserved_concurrent_executions", ref, asNumber, -1);
  reader.read("provisionedConcurrency", body, "provisioned_concurrent_executions", ref, asNumber, -1);
  reader.read("tracing", body, "tracing_mode", ref, isActive);
  reader.read("snapStart", body, "snap_start", ref, asBoolean, false);
  if (asBoolean(resolveValue(body.use_existing_cloudwatch_log_group, module)) === true) {
    markUnresolved(fn, "logRetentionDays", refAt(ref, "use_existing_cloudwatch_log_group"));
  } else reader.read("logRetentionDays", body, "cloudwatch_logs_retention_in_days", ref, asNumber, 0);
  if (body.dead_letter_target_arn != null)
    setField(fn, "failureDestination", true, refAt(ref, "dead_letter_target_arn"));
  const asyncConfig = asBoolean(resolveValue(body.create_async_event_config, module)) === true;
  if (asyncConfig && body.destination_on_failure != null)
    setField(fn, "failureDestination", true, refAt(ref, "destination_on_failure"));
  addModuleTriggers(fn, block, module);
  return fn;
}

function addModuleTriggers(fn: FunctionEntity, block: Block, module: TerraformModule): void {
  const { body, ref } = block;
  for (const [key, entry, path] of namedEntries(resolveValue(body.event_source_mapping, module))) {
    if (!isDict(entry)) continue;
    const at = refAt(ref, "event_source_mapping", ...path);
    const { trigger, failureRef } = eventSourceTrigger(entry, at, module);
    addTrigger(fn, { ...trigger, type: `event_source_mapping.${key}` }, at);
    if (failureRef) setField(fn, "failureDestination", true, failureRef);
  }
  for (const [key, entry, path] of namedEntries(resolveValue(body.allowed_triggers, module))) {
    if (!isDict(entry)) continue;
    const service = literal(entry.service, module) ?? literal(entry.principal, module)?.split(".")[0];
    const kind = own(SERVICE_KINDS, service) ?? "other";
    const trigger: Trigger = { kind, type: `allowed_triggers.${key}` };
    if (kind === "http-other") trigger.synchronous = true;
    addTrigger(fn, trigger, refAt(ref, "allowed_triggers", ...path));
  }
}
