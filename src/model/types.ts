import type { RepositoryFacts } from "./repository.js";
/** A path into a parsed document: mapping keys and sequence indexes. */
export type DocPath = readonly (string | number)[];

/** Where a value came from, resolved to a line and column only when a finding needs it. */
export interface SourceRef {
  /** POSIX path relative to the scanned root. */
  file: string;
  /** Index of the document within a multi-document file (0 for single-document formats). */
  doc: number;
  path: DocPath;
  /** A line already known (evidence found by searching a file's text); it wins over `path`. */
  line?: number;
  /** A path inside the JSON document that the string at `path` holds (an IAM policy written as text). */
  embedded?: DocPath;
}

/** 1-based line and column; the end is inclusive of the last character's column + 1 (exclusive column). */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** How a field's value was obtained; `note` is appended to a finding's message when the finding points at it. */
export interface FieldOrigin {
  ref: SourceRef;
  note?: string;
}

export type EntityKind =
  | "function"
  | "workload"
  | "autoscaler"
  | "service"
  | "gateway"
  | "queue"
  | "network-policy"
  | "repository";

export type TriggerKind =
  | "http-rest"
  | "http-api"
  | "http-other"
  | "queue"
  | "stream"
  | "pubsub"
  | "storage"
  | "schedule"
  | "event-bus"
  | "other";

/**
 * Every entity is plain data that policies read through JSON Schema. `origins` maps a field name (dotted for
 * nested values, e.g. `triggers.0`) to where it was read; `ref` is the declaration of the entity itself.
 */
export interface EntityBase {
  kind: EntityKind;
  /** Unique within a scan: `${kind}:${file}#${name}` unless an adapter needs more. */
  id: string;
  name: string;
  platform: string;
  source: { file: string; format: string };
  ref: SourceRef;
  origins: Record<string, FieldOrigin>;
  /** Fields that were set in the manifest but could not be resolved to a plain value (e.g. `!If`). */
  unresolved?: string[];
  [field: string]: unknown;
}

export interface Trigger {
  kind: TriggerKind;
  /** The manifest's own name for the event type (`http`, `SQS`, `aws_lambda_event_source_mapping`, …). */
  type: string;
  /** Whether the caller waits for the function's answer (HTTP). */
  synchronous?: boolean;
  /** The queue, stream or topic it reads, as the manifest names it (an ARN, a name, or a reference object). */
  source?: unknown;
  /** A key that joins the trigger to a queue entity's `keys` (see QueueEntity). */
  sourceKey?: string;
  /** Schedule expression (`rate(5 minutes)`, `cron(…)`); link derives `intervalMinutes` from it. */
  schedule?: string;
  /** Seconds the gateway's integration waits, when the manifest sets its own cut-off. */
  integrationTimeout?: number;
  /** The event bus or topic it reads, named as the functions that publish to it name it (see PublishedBus). */
  bus?: string;
  [setting: string]: unknown;
}

/**
 * An event bus or topic a function is given the right (an IAM statement, a SAM policy template) or the address
 * (an environment variable) to publish to. `name` is the bus's own name, `default event bus`, or `${Parameter}`
 * for one handed in by a parameter whose value the manifest does not hold (link names it).
 */
export interface PublishedBus {
  kind: "event-bus" | "pubsub";
  name: string;
}

/** The name the default EventBridge bus has on both sides of the map (a rule that names no bus is on it). */
export const DEFAULT_EVENT_BUS = "default event bus";
/** An Azure function's Event Grid trigger or output binding: function.json names no topic. */
export const EVENT_GRID_TOPIC = "Event Grid topic";

export interface FunctionEntity extends EntityBase {
  kind: "function";
  runtime?: string;
  /** Seconds, resolved from the explicit value, the stack/global default or the platform default. */
  timeout?: number;
  /** The timeout is a platform's or framework's default, not a value the manifest sets. */
  timeoutIsDefault?: boolean;
  memory?: number;
  reservedConcurrency?: number;
  provisionedConcurrency?: number;
  tracing?: boolean;
  snapStart?: boolean;
  /** A Lambda durable function: it checkpoints and resumes across invocations, long-running by design. */
  durable?: boolean;
  /** CloudFormation calls it while deploying (a custom resource's handler), not a request. */
  deployTime?: boolean;
  /** Seconds the function's logs are kept; absent when they never expire. */
  logRetentionDays?: number;
  /** A DLQ or an on-failure destination exists for asynchronous and stream invocations. */
  failureDestination?: boolean;
  /** Azure hosting plan: consumption, premium or dedicated. */
  plan?: string;
  /** Knative / Cloud Run scale bounds and per-instance concurrency. */
  minScale?: number;
  maxScale?: number;
  containerConcurrency?: number;
  triggers: Trigger[];
  /** The event buses and topics it may publish to. */
  publishes?: PublishedBus[];
  /** Link (src/knowledge/platform-facts.json), unless an extractor knows a more specific cap: seconds. */
  platformMaxTimeout?: number;
  platformLabel?: string;
  timeoutShareOfPlatformMax?: number;
  /** Link: the strictest gateway in front of a synchronous HTTP trigger, its name and its cut-off in seconds. */
  gateway?: string;
  gatewayLabel?: string;
  gatewayTimeout?: number;
  /** Link: the cut-off, when the strictest gateway's integration sets its own (`Trigger.integrationTimeout`). */
  gatewayIntegrationTimeout?: number;
}

/**
 * A message queue. `keys` are the names references use to reach it (e.g. `arn:aws:sqs:…:jobs`,
 * `sqs:jobs`, `cfn:template.yml#JobsQueue`, `tf:infra#aws_sqs_queue.jobs`); a trigger's `sourceKey` joins on them.
 */
export interface QueueEntity extends EntityBase {
  kind: "queue";
  keys: string[];
  /** Seconds; the SQS default of 30 applies (with a note on its origin) when the manifest sets none. */
  visibilityTimeout?: number;
  hasRedrive?: boolean;
}

export type Entity = EntityBase;

export type Severity = "error" | "warning" | "notice";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "notice"];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** A repository-level piece of evidence found by a detector: which pillar or tool, and which file proves it. */
export interface Evidence {
  category: string;
  value: string;
  file: string;
  line?: number;
}

/** One IAM policy statement, wherever it was declared (a function's role, a standalone policy or role). */
export interface IamStatement {
  /** The role, policy or function the statement belongs to. */
  owner: string;
  effect: string;
  actions: string[];
  resources: string[];
  ref: SourceRef;
}

/** A file not judged as part of the deployed system: an opt-in add-on or example, or a test's input. */
export interface SetAsideFile {
  path: string;
  role: "optional" | "test";
  reason: string;
}

export interface Model {
  entities: Entity[];
  evidence: Evidence[];
  statements: IamStatement[];
  /** Files whose entities were left out of the deployed system (see src/link/variants.ts). */
  setAside?: SetAsideFile[];
  /** The whole repository's facts, with its systems (set by link's last step; the inventory shows them). */
  facts?: RepositoryFacts;
}

/** One container of a workload; `readinessProbe` is absent when the manifest cannot show it (a Helm template). */
export interface ContainerInfo {
  name: string;
  image?: string;
  readinessProbe?: boolean;
  livenessProbe?: boolean;
  requests: { cpu?: string; memory?: string };
  /** The workload runs continuously (Deployment, StatefulSet, DaemonSet, a Helm chart's main workload). */
  longRunning: boolean;
  /** An off-the-shelf helper (a proxy, a log shipper) in a pod whose own container has a readiness probe. */
  sidecar?: boolean;
  /** Which probes are missing, in words (`no readiness probe (and no liveness probe)`); absent when none is. */
  missingProbes?: string;
  /**
   * Requests reach the pod through a Service (link), or the Helm scaffold's `service` values; false when the
   * scan's Services all select other pods; absent when unknown (no Service scanned, or a chart may declare it).
   */
  receivesTraffic?: boolean;
}

/** A containerised deployable unit: a Kubernetes workload, a compose service, or a Helm chart's values. */
export interface WorkloadEntity extends EntityBase {
  kind: "workload";
  workloadType: string;
  namespace?: string;
  replicas?: number;
  containers: ContainerInfo[];
  podLabels: Record<string, string>;
  images: string[];
  owned: boolean;
  ownedReason: string;
  /** Set for a third-party workload: the off-the-shelf category of its image (database, cache, …). */
  component?: string;
  serviceKey: string;
  stateless: boolean;
  database?: { host: string; name?: string };
}

/** A HorizontalPodAutoscaler (autoscaling/v1, v2), a KEDA ScaledObject, or a Helm chart's `autoscaling` values. */
export interface AutoscalerEntity extends EntityBase {
  kind: "autoscaler";
  scaler: "hpa-v1" | "hpa-v2" | "keda" | "application-autoscaling";
  namespace?: string;
  minReplicas?: number;
  /** The minimum in force (a default when none is set); absent when the declared minimum cannot be resolved. */
  effectiveMinReplicas?: number;
  maxReplicas?: number;
  target?: { kind: string; name: string };
  metrics: { resource: string; utilization?: number }[];
}
