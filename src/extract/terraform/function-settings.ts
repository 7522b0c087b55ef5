import type { FunctionEntity } from "../../model/types.js";
import { setField } from "../entity.js";
import { asNumber } from "../values.js";
import { FieldReader } from "./fields.js";
import type { FunctionIndex } from "./function-index.js";
import { literal, nestedBlock } from "./functions.js";
import type { Block, TerraformModule } from "./module.js";
import { referencesIn } from "./references.js";

/** Settings declared in resources of their own: provisioned concurrency, async on-failure, log group retention. */
export function joinSettings(module: TerraformModule, functions: FunctionIndex): void {
  for (const block of module.all("aws_lambda_provisioned_concurrency_config")) {
    const fn = functions.find(block.body.function_name);
    if (fn) {
      const reader = new FieldReader(module, fn);
      reader.read("provisionedConcurrency", block.body, "provisioned_concurrent_executions", block.ref, asNumber);
    }
  }
  for (const block of module.all("aws_lambda_function_event_invoke_config")) {
    const fn = functions.find(block.body.function_name);
    const destination = nestedBlock(block.body, "destination_config", block.ref);
    const onFailure = destination ? nestedBlock(destination.body, "on_failure", destination.ref) : undefined;
    if (fn && onFailure) setField(fn, "failureDestination", true, onFailure.ref);
  }
  for (const block of module.all("aws_cloudwatch_log_group")) {
    const fn = loggedFunction(block, module, functions);
    if (fn)
      new FieldReader(module, fn).read("logRetentionDays", block.body, "retention_in_days", block.ref, positive, 0);
  }
}

const positive = (value: unknown) => {
  const days = asNumber(value);
  return days === undefined ? undefined : Math.max(days, 0);
};

/**
 * The function a log group belongs to: named `/aws/lambda/${aws_lambda_function.x.function_name}` (or a literal
 * `/aws/lambda/<name>`), or named in the function's own `logging_config.log_group`.
 */
function loggedFunction(group: Block, module: TerraformModule, functions: FunctionIndex): FunctionEntity | undefined {
  const name = group.body.name;
  if (typeof name === "string" && name.startsWith("/aws/lambda/")) {
    const byReference = functions.find(name);
    if (byReference) return byReference;
    const text = literal(name, module);
    if (text) return functions.find(text.slice("/aws/lambda/".length));
  }
  for (const fn of module.all("aws_lambda_function")) {
    const logging = nestedBlock(fn.body, "logging_config", fn.ref);
    const named = referencesIn(logging?.body.log_group).some((r) => r.address === group.address);
    if (named) return functions.find(`\${${fn.address}.arn}`);
  }
  return undefined;
}
