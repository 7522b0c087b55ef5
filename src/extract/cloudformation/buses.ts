import { matchesGlob } from "../../model/aws-actions.js";
import {
  DEFAULT_EVENT_BUS,
  type FunctionEntity,
  type IamStatement,
  type PublishedBus,
  type SourceRef,
  type Trigger,
} from "../../model/types.js";
import { recordOrigin, refAt } from "../entity.js";
import { type Dict, isDict } from "../values.js";
import { type Intrinsics, intrinsicName } from "./intrinsics.js";

export type BusKind = PublishedBus["kind"];

/** What a bus is named against: the stack's CloudFormation resources and how its values resolve. */
export interface BusScope {
  resources: Dict;
  intrinsics: Intrinsics;
}

/** Resources that are buses, and the property that names each (a topic without `TopicName` is its logical id). */
const BUS_RESOURCES: Record<string, { kind: BusKind; nameProperty: string }> = {
  "AWS::Events::EventBus": { kind: "event-bus", nameProperty: "Name" },
  "AWS::SNS::Topic": { kind: "pubsub", nameProperty: "TopicName" },
};

/** The actions that put an event on a bus of each kind. */
const PUBLISH_ACTIONS: Record<BusKind, string> = { "event-bus": "events:putevents", pubsub: "sns:publish" };

/** SAM policy templates that grant publishing, and the parameter that names the bus. */
export const PUBLISH_POLICY_TEMPLATES: Record<string, { kind: BusKind; parameter: string }> = {
  EventBridgePutEventsPolicy: { kind: "event-bus", parameter: "EventBusName" },
  SNSPublishMessagePolicy: { kind: "pubsub", parameter: "TopicName" },
  SNSCrudPolicy: { kind: "pubsub", parameter: "TopicName" },
};

/** One part of an ARN, where `${AWS::Region}`-style references keep their colons. */
const PART = String.raw`(?:\$\{[^}]*\}|[^:])*`;
const ARN_NAME: Record<BusKind, RegExp> = {
  "event-bus": new RegExp(`^arn:${PART}:events:${PART}:${PART}:event-bus/(.+)$`),
  pubsub: new RegExp(`^arn:${PART}:sns:${PART}:${PART}:(${PART})$`),
};

/** `${Id}` or `${Id.Attribute}`: a reference the template could not resolve to text. */
const REFERENCE = /^\$\{([^}.:]+)(?:\.[^}]*)?\}$/;

/**
 * The name of the EventBridge bus or SNS topic a value names, the same for every side that names it: a literal
 * name or the name in an ARN; a bus or topic of the same stack by its own `Name`/`TopicName` (else its logical
 * id), however it is referenced (`!Ref`, `!GetAtt .Arn`, inside an ARN's `!Sub`); a parameter with no value
 * the template knows (none, or an SSM lookup's) as `${Parameter}`, which link names (see
 * src/link/repository/buses.ts); an export as its name. Undefined for a wildcard, another service's ARN, or a
 * value that depends on a condition.
 */
export function busName(scope: BusScope, raw: unknown, kind: BusKind): string | undefined {
  const name = intrinsicName(raw);
  const argument = name ? (raw as Dict)[name] : undefined;
  if (name === "Fn::ImportValue") return busNamed(scope, scope.intrinsics.nameKey(argument), kind);
  return busNamed(scope, scope.intrinsics.nameKey(raw), kind);
}

/**
 * The bus a text names, whatever the format: a name, or the name in the bus's or topic's ARN; `default` is the
 * default bus. Undefined for a wildcard or another service's ARN.
 */
export function busInText(text: string | undefined, kind: BusKind): string | undefined {
  if (text === undefined) return undefined;
  const name = ARN_NAME[kind].exec(text)?.[1] ?? (text.startsWith("arn:") ? undefined : text);
  if (name === undefined || name === "" || name.includes("*")) return undefined;
  return kind === "event-bus" && name === "default" ? DEFAULT_EVENT_BUS : name;
}

function busNamed(scope: BusScope, text: string | undefined, kind: BusKind): string | undefined {
  const name = busInText(text, kind);
  if (name === undefined) return undefined;
  const id = REFERENCE.exec(name)?.[1];
  const resource = id === undefined ? undefined : scope.resources[id];
  if (id === undefined || !isDict(resource)) return name;
  const declared = typeof resource.Type === "string" ? BUS_RESOURCES[resource.Type] : undefined;
  if (declared?.kind !== kind) return undefined;
  const properties = isDict(resource.Properties) ? resource.Properties : {};
  const own = properties[declared.nameProperty];
  return own === undefined ? id : (scope.intrinsics.nameKey(own) ?? id);
}

/** The name of each EventBridge bus a stack declares. */
export function declaredEventBuses(scope: BusScope): string[] {
  return Object.entries(scope.resources).flatMap(([id, resource]) =>
    isDict(resource) && resource.Type === "AWS::Events::EventBus"
      ? [busNamed(scope, `\${${id}}`, "event-bus") ?? id]
      : [],
  );
}

/** The bus a consumer trigger reads, named as a publisher would name it. */
export function nameTriggerBus(scope: BusScope, trigger: Trigger): void {
  if ((trigger.kind !== "event-bus" && trigger.kind !== "pubsub") || trigger.source === undefined) return;
  const name = busName(scope, trigger.source, trigger.kind);
  if (name !== undefined) trigger.bus = name;
}

/** The buses an Allow statement lets its holder publish to, by the resources it names. */
export function statementBuses(scope: BusScope, statement: IamStatement): PublishedBus[] {
  return publishedIn(statement, (resource, kind) => busNamed(scope, resource, kind));
}

/** The buses an Allow statement lets its holder publish to, each resource named by `name`. */
export function publishedIn(
  statement: IamStatement,
  name: (resource: string, kind: BusKind) => string | undefined,
): PublishedBus[] {
  if (statement.effect !== "Allow") return [];
  const kinds = (Object.keys(PUBLISH_ACTIONS) as BusKind[]).filter((kind) =>
    statement.actions.some((action) => actionMatches(action, PUBLISH_ACTIONS[kind])),
  );
  return kinds.flatMap((kind) =>
    statement.resources.flatMap((resource) => {
      const named = name(resource, kind);
      return named === undefined ? [] : [{ kind, name: named }];
    }),
  );
}

/** The kinds of bus some Allow statement lets its holder publish to, on any resource. */
export function grantedKinds(statements: IamStatement[]): BusKind[] {
  return (Object.keys(PUBLISH_ACTIONS) as BusKind[]).filter((kind) =>
    statements.some(
      (statement) =>
        statement.effect === "Allow" &&
        (statement.actions.includes("*") ||
          statement.actions.some((action) => actionMatches(action, PUBLISH_ACTIONS[kind]))),
    ),
  );
}

/** Managed policies that may let a role publish: archlint does not read their documents. */
const MAY_GRANT_PUBLISHING = /EventBridge|Events|SNS|Admin|PowerUser/i;

/** A managed policy, by name or ARN, known not to let a role publish (`AWSLambdaBasicExecutionRole`). */
export function ordinaryPolicy(name: string | undefined): boolean {
  const last = name?.split("/").pop();
  return last !== undefined && !last.includes("${") && !MAY_GRANT_PUBLISHING.test(last);
}

/** `events:PutEvents`, `events:Put*`, `events:*`: IAM action patterns, case-insensitive. */
function actionMatches(pattern: string, action: string): boolean {
  return pattern !== "*" && matchesGlob(pattern.toLowerCase(), action);
}

/** Variable and parameter names that say they hold a bus's or a topic's name or ARN. */
export const NAMES_A_BUS: [RegExp, BusKind][] = [
  [/event_?bus|(^|_)bus_?(name|arn)?$/i, "event-bus"],
  [/topic/i, "pubsub"],
];

/**
 * The bus an environment variable gives a function the address of: its value references a bus or topic of the
 * stack, or the variable (or the parameter its value references) is named for one (`EVENT_BUS_NAME`,
 * `ORDERS_TOPIC_ARN`, `!Ref EventBusName`).
 */
function variableBus(scope: BusScope, variable: string, value: unknown): PublishedBus | undefined {
  const references = scope.intrinsics.references(value);
  for (const id of references) {
    const resource = scope.resources[id];
    const declared = isDict(resource) && typeof resource.Type === "string" ? BUS_RESOURCES[resource.Type] : undefined;
    const name = declared ? busName(scope, value, declared.kind) : undefined;
    if (declared && name !== undefined) return { kind: declared.kind, name };
  }
  const words = [variable, ...references.filter((id) => !isDict(scope.resources[id]))].map((word) =>
    word.replace(/([a-z0-9])([A-Z])/g, "$1_$2"),
  );
  const kind = NAMES_A_BUS.find(([pattern]) => words.some((word) => pattern.test(word)))?.[1];
  const name = kind === undefined ? undefined : busName(scope, value, kind);
  return kind === undefined || name === undefined ? undefined : { kind, name };
}

/** The buses the variables of an environment (`{ NAME: value }`, at `ref`) hand a function the address of. */
export function environmentBuses(scope: BusScope, variables: unknown, ref: SourceRef): [PublishedBus, SourceRef][] {
  return Object.entries(isDict(variables) ? variables : {}).flatMap(([variable, value]) => {
    const bus = variableBus(scope, variable, value);
    return bus ? [[bus, refAt(ref, variable)] as [PublishedBus, SourceRef]] : [];
  });
}

/** Adds a bus the function publishes to, once, with where that was read. */
export function addPublished(fn: FunctionEntity, bus: PublishedBus, ref: SourceRef): void {
  const list = fn.publishes ?? [];
  if (list.some((item) => item.kind === bus.kind && item.name === bus.name)) return;
  recordOrigin(fn, `publishes.${list.length}`, { ref });
  fn.publishes = [...list, bus];
}
