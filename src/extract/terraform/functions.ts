import type { FunctionEntity, SourceRef } from "../../model/types.js";
import { createEntity, markUnresolved, refAt, setField } from "../entity.js";
import { asNumber, asString, type Dict } from "../values.js";
import { FieldReader, TERRAFORM_FORMAT } from "./fields.js";
import { type Block, blocks, hasDynamic, type TerraformModule } from "./module.js";
import { resolveValue, UNRESOLVED } from "./references.js";

export const LAMBDA_DEFAULT_TIMEOUT = 3;

/** A function entity named by its resolved `function_name`, else by its Terraform address. */
export function newFunction(block: Block, module: TerraformModule, nameAttribute: unknown): FunctionEntity {
  const resolved = resolveValue(nameAttribute, module);
  const address = `${module.prefix}${block.address}`;
  const name = typeof resolved === "string" && resolved !== "" ? resolved : address;
  return createEntity<FunctionEntity>(
    {
      kind: "function",
      name,
      platform: "aws-lambda",
      format: TERRAFORM_FORMAT,
      ref: block.ref,
      qualifier: address,
    },
    { triggers: [] },
  );
}

/** `aws_lambda_function`: its own settings; triggers, log groups and destinations are joined later. */
export function lambdaFunction(block: Block, module: TerraformModule): FunctionEntity {
  const { body, ref } = block;
  const fn = newFunction(block, module, body.function_name);
  const reader = new FieldReader(module, fn);
  if (!reader.read("timeout", body, "timeout", ref, asNumber)) {
    const note = `timeout not set: the Lambda default of ${LAMBDA_DEFAULT_TIMEOUT} s applies`;
    setField(fn, "timeout", LAMBDA_DEFAULT_TIMEOUT, ref, note);
  }
  reader.read("memory", body, "memory_size", ref, asNumber);
  reader.read("runtime", body, "runtime", ref, asString);
  reader.read("reservedConcurrency", body, "reserved_concurrent_executions", ref, asNumber, -1);

  const tracing = nestedBlock(body, "tracing_config", ref);
  if (tracing) reader.read("tracing", tracing.body, "mode", tracing.ref, (mode) => isActive(mode));
  else if (hasDynamic(body, "tracing_config")) markUnresolved(fn, "tracing", refAt(ref, "dynamic", "tracing_config"));

  const deadLetter = nestedBlock(body, "dead_letter_config", ref);
  if (deadLetter) setField(fn, "failureDestination", true, deadLetter.ref);
  else if (hasDynamic(body, "dead_letter_config"))
    markUnresolved(fn, "failureDestination", refAt(ref, "dynamic", "dead_letter_config"));

  const snapStart = nestedBlock(body, "snap_start", ref);
  if (snapStart) reader.read("snapStart", snapStart.body, "apply_on", snapStart.ref, (v) => v === "PublishedVersions");
  return fn;
}

export function isActive(mode: unknown): boolean | undefined {
  const text = asString(mode);
  return text === undefined ? undefined : text.toLowerCase() === "active";
}

/** The first nested block of that name, with its reference. */
export function nestedBlock(body: Dict, name: string, ref: SourceRef): { body: Dict; ref: SourceRef } | undefined {
  const first = blocks(body, name, [...ref.path])[0];
  return first ? { body: first.body, ref: { ...ref, path: first.path } } : undefined;
}

/** A literal (or variable-resolved) string, else undefined. */
export function literal(value: unknown, module: TerraformModule): string | undefined {
  const resolved = resolveValue(value, module);
  return resolved === UNRESOLVED ? undefined : asString(resolved);
}
