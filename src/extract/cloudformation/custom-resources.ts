import type { DocPath } from "../../model/types.js";
import { setField } from "../entity.js";
import { isDict, valueAt } from "../values.js";
import { at, functionFor, type StackFunction, type Template } from "./template.js";

const CUSTOM_RESOURCE = /^(Custom::.+|AWS::CloudFormation::CustomResource)$/;

/**
 * The environment variables through which a CDK provider framework's `onEvent` / `isComplete` functions call
 * the user's handlers: those run at deploy time too.
 */
const PROVIDER_FRAMEWORK_TARGETS = ["USER_ON_EVENT_FUNCTION_ARN", "USER_IS_COMPLETE_FUNCTION_ARN"];

/**
 * Functions CloudFormation calls while it deploys the stack, not on a request path: the handler a custom
 * resource's `ServiceToken` names, and the handlers a CDK provider framework function calls for it. They get
 * `deployTime`, which the tracing, cold-start and long-running policies leave alone.
 */
export function markDeployTimeFunctions(template: Template, functions: StackFunction[]): void {
  const mark = (target: unknown, path: DocPath) => {
    const fn = functionFor(template, functions, target);
    if (fn && fn.entity.deployTime !== true) setField(fn.entity, "deployTime", true, at(template, ...path));
  };
  for (const [id, resource] of Object.entries(template.resources)) {
    if (!isDict(resource) || typeof resource.Type !== "string" || !CUSTOM_RESOURCE.test(resource.Type)) continue;
    const token = valueAt(resource, ["Properties", "ServiceToken"]);
    if (token !== undefined) mark(token, ["Resources", id, "Properties", "ServiceToken"]);
  }
  for (const fn of functions) {
    if (fn.entity.deployTime !== true) continue;
    const resource = template.resources[fn.id];
    const variables = valueAt(resource, ["Properties", "Environment", "Variables"]);
    if (!isDict(variables)) continue;
    for (const name of PROVIDER_FRAMEWORK_TARGETS) {
      if (variables[name] !== undefined)
        mark(variables[name], ["Resources", fn.id, "Properties", "Environment", "Variables", name]);
    }
  }
}
