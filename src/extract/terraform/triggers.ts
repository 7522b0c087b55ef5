import type { SourceRef, Trigger, TriggerKind } from "../../model/types.js";
import { refAt, setField } from "../entity.js";
import { asNumber, type Dict, isDict, own } from "../values.js";
import { addTrigger, type FunctionIndex } from "./function-index.js";
import { literal, nestedBlock } from "./functions.js";
import type { TerraformModule } from "./module.js";
import { nameTerraformTrigger } from "./publishers.js";
import { queueKey } from "./queues.js";
import { referencesIn, resolveValue } from "./references.js";

const SOURCE_KINDS: Record<string, TriggerKind> = {
  aws_sqs_queue: "queue",
  aws_mq_broker: "queue",
  aws_kinesis_stream: "stream",
  aws_dynamodb_table: "stream",
  aws_msk_cluster: "stream",
  aws_msk_serverless_cluster: "stream",
  aws_docdb_cluster: "stream",
};

const ARN_KINDS: [RegExp, TriggerKind][] = [
  [/^arn:[\w-]+:sqs:/, "queue"],
  [/^arn:[\w-]+:mq:/, "queue"],
  [/^arn:[\w-]+:(kinesis|dynamodb|kafka):/, "stream"],
];

/**
 * An event source mapping as a trigger: the kind from what `event_source_arn` names (an SQS queue reference
 * joins the queue entity through `sourceKey`), `scaling_config.maximum_concurrency`, and the on-failure
 * destination. Serves the resource and the lambda module's `event_source_mapping` entries alike.
 */
export function eventSourceTrigger(body: Dict, ref: SourceRef, module: TerraformModule) {
  const source = body.event_source_arn;
  const reference = referencesIn(source)[0];
  const trigger: Trigger = { kind: "other", type: "aws_lambda_event_source_mapping" };
  if (source !== undefined) trigger.source = source;
  if (reference) {
    trigger.kind = own(SOURCE_KINDS, reference.type) ?? "other";
    if (reference.type === "aws_sqs_queue") trigger.sourceKey = queueKey(module, reference.address);
  } else {
    const arn = literal(source, module);
    trigger.kind = ARN_KINDS.find(([pattern]) => arn && pattern.test(arn))?.[1] ?? "other";
    if (arn && trigger.kind === "queue") trigger.sourceKey = arn;
  }
  if ("self_managed_event_source" in body) trigger.kind = "stream";
  const scaling = nestedBlock(body, "scaling_config", ref);
  const maximum = scaling ? asNumber(resolveValue(scaling.body.maximum_concurrency, module)) : undefined;
  if (maximum !== undefined) trigger.maximumConcurrency = maximum;
  const destination = nestedBlock(body, "destination_config", ref);
  const onFailure = destination ? nestedBlock(destination.body, "on_failure", destination.ref) : undefined;
  let failureRef = onFailure?.ref;
  if (!failureRef && body.destination_arn_on_failure != null) failureRef = refAt(ref, "destination_arn_on_failure");
  return { trigger, failureRef };
}

/** Resources that invoke functions: event source mappings, API Gateway integrations, URLs, SNS, EventBridge, S3. */
export function joinTriggers(module: TerraformModule, functions: FunctionIndex): void {
  for (const block of module.all("aws_lambda_event_source_mapping")) {
    const fn = functions.find(block.body.function_name);
    if (!fn) continue;
    const { trigger, failureRef } = eventSourceTrigger(block.body, block.ref, module);
    addTrigger(fn, trigger, block.ref);
    if (failureRef) setField(fn, "failureDestination", true, failureRef);
  }
  for (const block of module.all("aws_api_gateway_integration")) {
    const fn = functions.find(block.body.uri);
    if (fn) addTrigger(fn, httpTrigger("http-rest", block.body, module, block.type), block.ref);
  }
  for (const block of module.all("aws_apigatewayv2_integration")) {
    const fn = functions.find(block.body.integration_uri);
    if (!fn) continue;
    const api = referencesIn(block.body.api_id).map((r) => module.find(r.address))[0];
    const websocket = literal(api?.body.protocol_type, module)?.toUpperCase() === "WEBSOCKET";
    addTrigger(fn, httpTrigger(websocket ? "http-other" : "http-api", block.body, module, block.type), block.ref);
  }
  for (const block of module.all("aws_lambda_function_url")) {
    const fn = functions.find(block.body.function_name);
    if (fn) addTrigger(fn, { kind: "http-other", type: block.type, synchronous: true }, block.ref);
  }
  for (const block of module.all("aws_sns_topic_subscription")) {
    const fn = literal(block.body.protocol, module) === "lambda" ? functions.find(block.body.endpoint) : undefined;
    const trigger: Trigger = { kind: "pubsub", type: block.type };
    nameTerraformTrigger(module, trigger, block.body.topic_arn);
    if (fn) addTrigger(fn, trigger, block.ref);
  }
  for (const block of module.all("aws_cloudwatch_event_target")) {
    const fn = functions.find(block.body.arn);
    if (!fn) continue;
    const rule = referencesIn(block.body.rule).map((r) => module.find(r.address))[0];
    const trigger = scheduleOrEvent(rule?.body.schedule_expression, module, block.type);
    nameTerraformTrigger(module, trigger, rule?.body.event_bus_name);
    addTrigger(fn, trigger, block.ref);
  }
  for (const block of module.all("aws_scheduler_schedule")) {
    const target = nestedBlock(block.body, "target", block.ref);
    const fn = target ? functions.find(target.body.arn) : undefined;
    if (fn) addTrigger(fn, scheduleOrEvent(block.body.schedule_expression, module, block.type), block.ref);
  }
  for (const block of module.all("aws_s3_bucket_notification")) {
    const notifications = block.body.lambda_function;
    const list = Array.isArray(notifications) ? notifications : [notifications];
    list.forEach((notification, index) => {
      const fn = isDict(notification) ? functions.find(notification.lambda_function_arn) : undefined;
      const at = Array.isArray(notifications) ? refAt(block.ref, "lambda_function", index) : block.ref;
      if (fn) addTrigger(fn, { kind: "storage", type: block.type, source: block.body.bucket }, at);
    });
  }
}

function httpTrigger(kind: TriggerKind, body: Dict, module: TerraformModule, type: string): Trigger {
  const trigger: Trigger = { kind, type, synchronous: !invokedAsynchronously(body, module) };
  const timeout = asNumber(resolveValue(body.timeout_milliseconds, module));
  if (timeout !== undefined) trigger.timeoutMilliseconds = timeout;
  return trigger;
}

/** REST integrations may ask Lambda for an `Event` (asynchronous) invocation through a request header. */
function invokedAsynchronously(body: Dict, module: TerraformModule): boolean {
  const parameters = resolveValue(body.request_parameters, module);
  if (!isDict(parameters)) return false;
  return parameters["integration.request.header.X-Amz-Invocation-Type"] === "'Event'";
}

function scheduleOrEvent(expression: unknown, module: TerraformModule, type: string): Trigger {
  if (expression == null) return { kind: "event-bus", type };
  const trigger: Trigger = { kind: "schedule", type };
  const schedule = literal(expression, module);
  if (schedule) trigger.schedule = schedule;
  return trigger;
}
