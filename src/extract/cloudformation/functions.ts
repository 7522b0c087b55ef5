import type { DocPath, FunctionEntity } from "../../model/types.js";
import { createEntity, recordOrigin, setField } from "../entity.js";
import { asNumber, asString, isDict, valueAt } from "../values.js";
import { samTrigger } from "./events.js";
import { samPolicyStatements } from "./iam.js";
import { intrinsicName } from "./intrinsics.js";
import { assign, at, resourcesOf, type StackFunction, type Template } from "./template.js";

export const LAMBDA_DEFAULT_TIMEOUT = 3;

/**
 * The part of `path` that is set in `root`: the whole path, or the prefix where an intrinsic function stands
 * for the rest (`ProvisionedConcurrencyConfig: !If […]`), whose value then stays unresolved.
 */
function presentPath(root: unknown, path: DocPath): DocPath | undefined {
  for (let length = 1; length <= path.length; length++) {
    const value = valueAt(root, path.slice(0, length));
    if (value === undefined) return undefined;
    if (intrinsicName(value) !== undefined) return path.slice(0, length);
  }
  return path;
}

/** `AWS::Lambda::Function` and SAM's `AWS::Serverless::Function`, with what SAM functions inherit from Globals. */
export function extractFunctions(template: Template): StackFunction[] {
  return resourcesOf(template, "AWS::Lambda::Function", "AWS::Serverless::Function").map((resource) => {
    const sam = resource.type === "AWS::Serverless::Function";
    const own = resource.properties;
    const fn = createEntity<FunctionEntity>(
      { kind: "function", name: resource.id, platform: "aws-lambda", format: template.format, ref: resource.ref() },
      { triggers: [] },
    );

    /** The function's own property, else (SAM) the Globals one; true when either was present. */
    const read = (field: string, path: DocPath, convert: (value: unknown) => unknown): boolean => {
      const ownPath = presentPath(own, path);
      if (ownPath) {
        assign(template, fn, field, valueAt(own, ownPath), resource.ref(...ownPath), convert);
        return true;
      }
      const inheritedPath = sam ? presentPath(template.globals, path) : undefined;
      if (!inheritedPath) return false;
      const note = `inherited from Globals.Function.${path.join(".")}`;
      const ref = at(template, "Globals", "Function", ...inheritedPath);
      assign(template, fn, field, valueAt(template.globals, inheritedPath), ref, convert, note);
      return true;
    };

    if (!read("timeout", ["Timeout"], asNumber)) {
      const note = `timeout not set: the AWS Lambda default of ${LAMBDA_DEFAULT_TIMEOUT} s applies`;
      setField(fn, "timeout", LAMBDA_DEFAULT_TIMEOUT, resource.ref(), note);
    }
    read("memory", ["MemorySize"], asNumber);
    read("runtime", ["Runtime"], asString);
    read("reservedConcurrency", ["ReservedConcurrentExecutions"], asNumber);
    read("provisionedConcurrency", ["ProvisionedConcurrencyConfig", "ProvisionedConcurrentExecutions"], asNumber);
    read("snapStart", ["SnapStart", "ApplyOn"], (v) => v === "PublishedVersions");
    read("durable", ["DurableConfig"], isDict);
    read("tracing", ["Tracing"], (v) => v === "Active") ||
      read("tracing", ["TracingConfig", "Mode"], (v) => v === "Active");
    read("failureDestination", ["DeadLetterQueue"], isDict) ||
      read("failureDestination", ["DeadLetterConfig"], (v) => isDict(v) && "TargetArn" in v) ||
      read("failureDestination", ["EventInvokeConfig", "DestinationConfig", "OnFailure"], isDict);

    const events = isDict(own.Events) ? own.Events : {};
    for (const [name, event] of Object.entries(events)) {
      const ref = resource.ref("Events", name);
      const trigger = samTrigger(template, event, fn, ref);
      if (!trigger) continue;
      recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref });
      fn.triggers.push(trigger);
    }
    if (sam && isDict(own.FunctionUrlConfig)) {
      recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: resource.ref("FunctionUrlConfig") });
      fn.triggers.push({ kind: "http-other", type: "FunctionUrlConfig", synchronous: true });
    }
    if (sam) samPolicyStatements(template, resource.id, own.Policies, resource.ref("Policies"));

    const functionName = own.FunctionName === undefined ? undefined : template.intrinsics.nameKey(own.FunctionName);
    const nameKeys = [`\${${resource.id}}`, ...(functionName === undefined ? [] : [functionName])];
    const logGroup =
      valueAt(own, ["LoggingConfig", "LogGroup"]) ??
      (sam ? valueAt(template.globals, ["LoggingConfig", "LogGroup"]) : undefined);
    return { id: resource.id, entity: fn, nameKeys, logGroup };
  });
}
