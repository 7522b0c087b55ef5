import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import {
  DEFAULT_EVENT_BUS,
  EVENT_GRID_TOPIC,
  type Evidence,
  type PublishedBus,
  type Trigger,
} from "../../model/types.js";

/** A bus or topic as the map names it, from its name as the manifest gives it (see PublishedBus). */
export type BusNames = (name: string, kind: PublishedBus["kind"]) => string;

const HANDED_IN = /^\$\{([^}.:]+)\}$/;

/**
 * Names buses the same on the publishing and the triggered side, so one bus is one node. A bus handed in by a
 * parameter whose value no manifest holds (`EventBusName: Type: AWS::SSM::Parameter::Value<String>`) is the
 * EventBridge bus the system declares when it declares exactly one (the shared-bus pattern: one stack creates
 * it, the others receive it); otherwise it is named by the parameter (or Terraform variable), without an `Arn`/`Name` (`_arn`/`_name`) ending, so
 * `EventBusArn` and `EventBusName` are one node: `EventBus (parameter)`.
 */
export function busNames(evidence: readonly Evidence[]): BusNames {
  const declared = [...new Set(evidence.filter((e) => e.category === EVIDENCE.eventBus).map((e) => e.value))];
  const [onlyBus] = declared.length === 1 ? declared : [];
  return (name, kind) => {
    const parameter = HANDED_IN.exec(name)?.[1];
    if (parameter === undefined) return name;
    if (kind === "event-bus" && onlyBus !== undefined) return onlyBus;
    return `${parameter.replace(/(.)(?:Arn|Name|[_-](?:arn|name))$/, "$1")} (parameter)`;
  };
}

/**
 * The bus or topic whose events a trigger delivers, by name: the one it names (see `Trigger.bus`), else its
 * source as written; an Event Grid trigger (function.json names no topic) is `Event Grid topic`; a rule that
 * names no bus is on the default bus, one whose bus cannot be read is unnamed.
 */
export function triggeringBus(trigger: Trigger, names: BusNames): string | undefined {
  if (trigger.kind !== "event-bus" && trigger.kind !== "pubsub") return undefined;
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  const named = text(trigger.bus) ?? text(trigger.source) ?? text(trigger.sourceKey);
  if (named) return names(named, trigger.kind);
  if (trigger.kind === "pubsub") return `${trigger.type} topic`;
  if (/^eventgrid/i.test(trigger.type)) return EVENT_GRID_TOPIC;
  return trigger.source === undefined ? DEFAULT_EVENT_BUS : "unnamed event bus";
}
