import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import type { PublishedBus, SourceRef } from "../../model/types.js";
import { refAt } from "../entity.js";
import { isDict, valueAt } from "../values.js";
import {
  addPublished,
  type BusScope,
  busName,
  declaredEventBuses,
  environmentBuses,
  nameTriggerBus,
  PUBLISH_POLICY_TEMPLATES,
  statementBuses,
} from "./buses.js";
import { functionStatements } from "./iam.js";
import { at, resourcesOf, type StackFunction, type Template } from "./template.js";

/**
 * Both ends of the template's event buses and topics: the buses each function may publish to (IAM statements
 * of its own and of its role, SAM policy templates, environment variables that hold a bus's address), the bus
 * each of its bus and topic triggers reads, named the same way, and the EventBridge buses the template declares
 * (evidence, so link can name a bus handed in by parameter).
 */
export function joinPublishers(template: Template, own: StackFunction[]): void {
  const scope: BusScope = template;
  for (const name of declaredEventBuses(scope))
    template.sink.evidence({ category: EVIDENCE.eventBus, value: name, file: template.file });
  for (const resource of resourcesOf(template, "AWS::Lambda::Function", "AWS::Serverless::Function")) {
    const fn = own.find((item) => item.id === resource.id)?.entity;
    if (!fn) continue;
    for (const trigger of fn.triggers) nameTriggerBus(scope, trigger);
    const sam = resource.type === "AWS::Serverless::Function";
    const found: [PublishedBus, SourceRef][] = [
      ...functionStatements(template, resource).flatMap((statement) =>
        statementBuses(scope, statement).map((bus): [PublishedBus, SourceRef] => [bus, statement.ref]),
      ),
      ...(sam ? policyTemplateBuses(scope, resource.properties.Policies, resource.ref("Policies")) : []),
      ...environmentBuses(
        scope,
        valueAt(resource.properties, ["Environment", "Variables"]),
        resource.ref("Environment", "Variables"),
      ),
      ...(sam
        ? environmentBuses(
            scope,
            valueAt(template.globals, ["Environment", "Variables"]),
            at(template, "Globals", "Function", "Environment", "Variables"),
          )
        : []),
    ];
    for (const [bus, ref] of found) addPublished(fn, bus, ref);
  }
}

/** SAM policy templates that grant publishing (`EventBridgePutEventsPolicy: { EventBusName: … }`). */
function policyTemplateBuses(scope: BusScope, policies: unknown, ref: SourceRef): [PublishedBus, SourceRef][] {
  const items = Array.isArray(policies)
    ? policies.map((p, i) => [p, refAt(ref, i)] as const)
    : [[policies, ref] as const];
  return items.flatMap(([policy, itemRef]) =>
    Object.entries(PUBLISH_POLICY_TEMPLATES).flatMap(([template, granted]): [PublishedBus, SourceRef][] => {
      const value = isDict(policy) ? valueAt(policy, [template, granted.parameter]) : undefined;
      const name = value === undefined ? undefined : busName(scope, value, granted.kind);
      return name === undefined ? [] : [[{ kind: granted.kind, name }, refAt(itemRef, template, granted.parameter)]];
    }),
  );
}
