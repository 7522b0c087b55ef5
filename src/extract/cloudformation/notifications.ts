import type { Trigger } from "../../model/types.js";
import { isDict } from "../values.js";
import { addTrigger } from "./sources.js";
import { functionFor, type Resource, resourcesOf, type StackFunction, type Template } from "./template.js";

/**
 * Services that invoke a function they name: EventBridge rules (a schedule or an event pattern), SNS
 * subscriptions, S3 bucket notifications, and function URLs (HTTP without API Gateway).
 */
export function joinNotifications(template: Template, functions: StackFunction[]): void {
  const attach = (resource: Resource, target: unknown, trigger: Trigger) => {
    const fn = functionFor(template, functions, target);
    if (fn) addTrigger(fn, resource, trigger);
  };
  for (const resource of resourcesOf(template, "AWS::Events::Rule")) {
    const schedule = template.intrinsics.resolve(resource.properties.ScheduleExpression);
    const disabled = resource.properties.State === "DISABLED";
    const trigger: Trigger =
      typeof schedule === "string"
        ? { kind: "schedule", type: resource.type, ...(disabled ? {} : { schedule }) }
        : { kind: "event-bus", type: resource.type, ...busSource(resource.properties.EventBusName) };
    for (const target of listOf(resource.properties.Targets)) attach(resource, target.Arn, trigger);
  }
  for (const resource of resourcesOf(template, "AWS::SNS::Subscription")) {
    if (resource.properties.Protocol !== "lambda") continue;
    const trigger: Trigger = { kind: "pubsub", type: resource.type, ...busSource(resource.properties.TopicArn) };
    attach(resource, resource.properties.Endpoint, trigger);
  }
  for (const resource of resourcesOf(template, "AWS::SNS::Topic")) {
    for (const subscription of listOf(resource.properties.Subscription)) {
      if (subscription.Protocol === "lambda")
        attach(resource, subscription.Endpoint, { kind: "pubsub", type: resource.type, source: { Ref: resource.id } });
    }
  }
  for (const resource of resourcesOf(template, "AWS::S3::Bucket")) {
    const configurations = isDict(resource.properties.NotificationConfiguration)
      ? resource.properties.NotificationConfiguration.LambdaConfigurations
      : undefined;
    for (const configuration of listOf(configurations)) {
      attach(resource, configuration.Function, { kind: "storage", type: resource.type });
    }
  }
  for (const resource of resourcesOf(template, "AWS::Lambda::Url")) {
    const trigger: Trigger = { kind: "http-other", type: resource.type, synchronous: true };
    attach(resource, resource.properties.TargetFunctionArn, trigger);
  }
}

/** The bus or topic a rule or subscription names, as its trigger's `source`. */
function busSource(value: unknown): Pick<Trigger, "source"> {
  return value === undefined ? {} : { source: value };
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isDict) : [];
}
