import type { FunctionEntity, SourceRef, Trigger, TriggerKind } from "../../model/types.js";
import { refAt, setField } from "../entity.js";
import { isDict, own, valueAt } from "../values.js";
import { declaredApi, integrationCutoff } from "./gateways.js";
import { queueKey } from "./intrinsics.js";
import { numberAt, type Template } from "./template.js";

/** SAM event source types and the trigger kind each one is. */
const SAM_EVENT_KINDS: Record<string, TriggerKind> = {
  Api: "http-rest",
  HttpApi: "http-api",
  SQS: "queue",
  MQ: "queue",
  Kinesis: "stream",
  DynamoDB: "stream",
  MSK: "stream",
  SelfManagedKafka: "stream",
  DocumentDB: "stream",
  SNS: "pubsub",
  S3: "storage",
  Schedule: "schedule",
  ScheduleV2: "schedule",
  EventBridgeRule: "event-bus",
  CloudWatchEvent: "event-bus",
};

/** Where each event type names what it reads. */
const SOURCE_PROPERTIES = ["Queue", "Stream", "Topic", "Bucket", "Broker", "Cluster", "EventBusName"];

/** One SAM event (`Events.<name>`) as a trigger; stream on-failure destinations count for the function. */
export function samTrigger(
  template: Template,
  event: unknown,
  fn: FunctionEntity,
  ref: SourceRef,
): Trigger | undefined {
  if (!isDict(event) || typeof event.Type !== "string") return undefined;
  const properties = isDict(event.Properties) ? event.Properties : {};
  const kind = own(SAM_EVENT_KINDS, event.Type) ?? "other";
  const trigger: Trigger = { kind, type: event.Type };
  if (kind === "http-rest" || kind === "http-api") {
    trigger.synchronous = true;
    const api = declaredApi(template, properties.RestApiId ?? properties.ApiId);
    if (api) trigger.api = api;
  }
  const property = SOURCE_PROPERTIES.find((name) => properties[name] !== undefined);
  if (property) trigger.source = properties[property];
  if (event.Type === "SQS") {
    const key = queueKey(properties.Queue, template.file, template.intrinsics);
    if (key) trigger.sourceKey = key;
  }
  const schedule = template.intrinsics.resolve(properties.Schedule ?? properties.ScheduleExpression);
  const disabled = properties.Enabled === false || properties.State === "DISABLED";
  if (kind === "schedule" && typeof schedule === "string" && !disabled) trigger.schedule = schedule;
  const maximumConcurrency = numberAt(template, properties, ["ScalingConfig", "MaximumConcurrency"]);
  if (maximumConcurrency !== undefined) trigger.maximumConcurrency = maximumConcurrency;
  const millis = numberAt(template, properties, ["TimeoutInMillis"]);
  if (millis !== undefined)
    trigger.integrationTimeout = integrationCutoff(template, millis, kind, properties.RestApiId);
  const onFailure = valueAt(properties, ["DestinationConfig", "OnFailure"]);
  if (isDict(onFailure) && fn.failureDestination !== true) {
    setField(fn, "failureDestination", true, refAt(ref, "Properties", "DestinationConfig", "OnFailure"));
  }
  return trigger;
}
