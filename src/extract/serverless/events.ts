import type { Trigger, TriggerKind } from "../../model/types.js";
import { type Intrinsics, queueKey } from "../cloudformation/intrinsics.js";
import { type Dict, isDict, own, UNRESOLVED, valueAt } from "../values.js";
import type { VariableResolver } from "./variables.js";

/** Serverless Framework event names and the trigger kind each one is (AWS provider). */
const EVENT_KINDS: Record<string, TriggerKind> = {
  http: "http-rest",
  httpApi: "http-api",
  websocket: "http-other",
  alb: "http-other",
  sqs: "queue",
  activemq: "queue",
  rabbitmq: "queue",
  stream: "stream",
  kafka: "stream",
  msk: "stream",
  sns: "pubsub",
  s3: "storage",
  schedule: "schedule",
  eventBridge: "event-bus",
  cloudwatchEvent: "event-bus",
  cloudwatchLog: "other",
  cognitoUserPool: "other",
  iot: "other",
  iotFleetProvisioning: "other",
  alexaSkill: "other",
  alexaSmartHome: "other",
  cloudFront: "http-other",
};

/** `provider.name: google`: HTTP functions sit behind Google's front end, not API Gateway; events are Pub/Sub or storage. */
const GOOGLE_EVENT_KINDS: Record<string, TriggerKind> = { http: "http-other", event: "pubsub" };

/** `provider.name: azure` (serverless-azure-functions): the bindings its events become. */
const AZURE_EVENT_KINDS: Record<string, TriggerKind> = {
  http: "http-other",
  timer: "schedule",
  queue: "queue",
  serviceBus: "queue",
  eventHub: "stream",
  blob: "storage",
  cosmosDB: "stream",
};

/** `provider.name: knative` (serverless-knative): every service answers HTTP; events reach it through sources. */
const KNATIVE_EVENT_KINDS: Record<string, TriggerKind> = {
  cronJob: "schedule",
  kafka: "stream",
  awsSqs: "queue",
  gcpPubSub: "pubsub",
  custom: "event-bus",
};

/**
 * Event names are read only for the providers whose platforms archlint models; another provider's (Cloudflare,
 * OpenWhisk, Fn, Kubeless, …) are kept as `other`: their gateways, limits and settings are not Lambda's.
 */
const EVENT_KINDS_BY_PLATFORM: Record<string, Record<string, TriggerKind>> = {
  "aws-lambda": EVENT_KINDS,
  "gcp-functions": GOOGLE_EVENT_KINDS,
  "azure-functions": AZURE_EVENT_KINDS,
  knative: KNATIVE_EVENT_KINDS,
};

export interface EventContext {
  platform: string;
  file: string;
  intrinsics: Intrinsics;
}

export function toTrigger(
  type: string,
  settings: unknown,
  variables: VariableResolver,
  context: EventContext,
): Trigger {
  const kinds = own(EVENT_KINDS_BY_PLATFORM, context.platform);
  const kind = (kinds && own(kinds, type)) ?? "other";
  const trigger: Trigger = { kind, type };
  const resolved = variables.resolve(settings);
  const options: Dict = isDict(resolved) ? resolved : {};
  if (kind === "http-rest" || kind === "http-api") trigger.synchronous = options.async !== true;
  if (context.platform === "gcp-functions" && type === "event" && /storage/i.test(String(options.eventType))) {
    trigger.kind = "storage";
  }
  const source = sourceOf(kind, resolved, options);
  if (source !== undefined) trigger.source = source;
  if (type === "sqs" && source !== undefined) {
    const key = queueKey(source, context.file, context.intrinsics);
    if (key) trigger.sourceKey = key;
  }
  if (kind === "schedule" && options.enabled !== false) {
    const rate =
      typeof resolved === "string"
        ? resolved
        : (options.rate ?? options.schedule ?? valueAt(options, ["x-azure-settings", "schedule"]));
    const first = Array.isArray(rate) ? rate[0] : rate;
    if (typeof first === "string") trigger.schedule = first;
  }
  for (const key of [
    "batchSize",
    "maximumConcurrency",
    "maximumRetryAttempts",
    "destinations",
    "functionResponseType",
  ]) {
    const value = options[key];
    if (value !== undefined && value !== UNRESOLVED) trigger[key] = value;
  }
  return trigger;
}

function sourceOf(kind: TriggerKind, resolved: unknown, options: Dict): unknown {
  if (typeof resolved === "string" && kind !== "schedule") return resolved;
  const value =
    options.arn ??
    options.queue ??
    options.topicName ??
    options.eventBus ??
    options.bucket ??
    options.stream ??
    options.resource;
  return value === UNRESOLVED ? undefined : value;
}
