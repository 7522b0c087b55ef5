import type { Trigger } from "../../model/types.js";
import { recordOrigin, setField } from "../entity.js";
import { isDict, valueAt } from "../values.js";
import { queueKey } from "./intrinsics.js";
import { functionFor, numberAt, type Resource, resourcesOf, type StackFunction, type Template } from "./template.js";

/**
 * Resources that attach to a function from outside it: event source mappings (queues and streams), async
 * invoke configs (on-failure destinations), aliases and versions (provisioned concurrency).
 */
export function joinEventSources(template: Template, functions: StackFunction[]): void {
  for (const resource of resourcesOf(template, "AWS::Lambda::EventSourceMapping")) {
    const fn = functionFor(template, functions, resource.properties.FunctionName);
    if (fn) addTrigger(fn, resource, mappingTrigger(template, resource));
    if (fn) addOnFailure(fn, resource);
  }
  for (const resource of resourcesOf(template, "AWS::Lambda::EventInvokeConfig")) {
    const fn = functionFor(template, functions, resource.properties.FunctionName);
    if (fn) addOnFailure(fn, resource);
  }
  for (const resource of resourcesOf(template, "AWS::Lambda::Alias", "AWS::Lambda::Version")) {
    const fn = functionFor(template, functions, resource.properties.FunctionName);
    const path = ["ProvisionedConcurrencyConfig", "ProvisionedConcurrentExecutions"];
    const provisioned = numberAt(template, resource.properties, path);
    if (fn && provisioned !== undefined && fn.entity.provisionedConcurrency === undefined) {
      setField(fn.entity, "provisionedConcurrency", provisioned, resource.ref(...path));
    }
  }
}

export function addTrigger(fn: StackFunction, resource: Resource, trigger: Trigger): void {
  recordOrigin(fn.entity, `triggers.${fn.entity.triggers.length}`, { ref: resource.ref() });
  fn.entity.triggers.push(trigger);
}

/** `DestinationConfig.OnFailure` of a mapping or an invoke config gives the function a failure destination. */
function addOnFailure(fn: StackFunction, resource: Resource): void {
  const onFailure = valueAt(resource.properties, ["DestinationConfig", "OnFailure"]);
  if (isDict(onFailure) && fn.entity.failureDestination !== true) {
    setField(fn.entity, "failureDestination", true, resource.ref("DestinationConfig", "OnFailure"));
  }
}

/** An event source mapping reads a queue (SQS, MQ) or a stream (Kinesis, DynamoDB, Kafka, DocumentDB). */
function mappingTrigger(template: Template, resource: Resource): Trigger {
  const { properties } = resource;
  const source = properties.EventSourceArn;
  const target = template.intrinsics.references(source)[0];
  const targetType = target ? valueAt(template.resources, [target, "Type"]) : undefined;
  const text = template.intrinsics.nameKey(source) ?? "";
  const isQueue = targetType === "AWS::SQS::Queue" || /^arn:[^:]*:(sqs|mq):/.test(text) || "Queues" in properties;
  const trigger: Trigger = { kind: isQueue ? "queue" : "stream", type: resource.type };
  if (source !== undefined) trigger.source = source;
  const key = isQueue ? queueKey(source, template.file, template.intrinsics) : undefined;
  if (key) trigger.sourceKey = key;
  const maximumConcurrency = numberAt(template, properties, ["ScalingConfig", "MaximumConcurrency"]);
  if (maximumConcurrency !== undefined) trigger.maximumConcurrency = maximumConcurrency;
  return trigger;
}
