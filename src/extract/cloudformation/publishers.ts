import { EVIDENCE } from "../../knowledge/evidence-categories.js";
import type { IamStatement, PublishedBus, SourceRef } from "../../model/types.js";
import { refAt } from "../entity.js";
import { asList, isDict, valueAt } from "../values.js";
import {
  addPublished,
  type BusKind,
  type BusScope,
  busName,
  declaredEventBuses,
  environmentBuses,
  grantedKinds,
  nameTriggerBus,
  ordinaryPolicy,
  PUBLISH_POLICY_TEMPLATES,
  statementBuses,
} from "./buses.js";
import { functionStatements } from "./iam.js";
import { intrinsicName } from "./intrinsics.js";
import { at, type Resource, resourcesOf, type StackFunction, type Template } from "./template.js";

type Found = [PublishedBus, SourceRef];

/**
 * Both ends of the template's event buses and topics: the buses each function may publish to (IAM statements
 * of its own and of its role, SAM policy templates and connectors, environment variables that hold a bus's
 * address), the bus each of its bus and topic triggers reads, named the same way, and the EventBridge buses the
 * template declares (evidence, so link can name a bus handed in by parameter). An address is not a right: when
 * every permission of the function is in the template and none lets it publish to a bus of that kind, the
 * variable names a bus it only reads about (or a Kafka topic), and is left out.
 */
export function joinPublishers(template: Template, own: StackFunction[], statements: readonly IamStatement[]): void {
  const scope: BusScope = template;
  for (const name of declaredEventBuses(scope))
    template.sink.evidence({ category: EVIDENCE.eventBus, value: name, file: template.file });
  const entities = new Map(own.map((item) => [item.id, item.entity]));
  const globalAddresses = environmentBuses(
    scope,
    valueAt(template.globals, ["Environment", "Variables"]),
    at(template, "Globals", "Function", "Environment", "Variables"),
  );
  for (const resource of resourcesOf(template, "AWS::Lambda::Function", "AWS::Serverless::Function")) {
    const fn = entities.get(resource.id);
    if (!fn) continue;
    for (const trigger of fn.triggers) nameTriggerBus(scope, trigger);
    const sam = resource.type === "AWS::Serverless::Function";
    const held = functionStatements(template, resource, statements);
    const granted: Found[] = [
      ...held.flatMap((statement) => statementBuses(scope, statement).map((bus): Found => [bus, statement.ref])),
      ...(sam ? policyTemplateBuses(scope, resource.properties.Policies, resource.ref("Policies")) : []),
      ...connectorBuses(template, resource),
    ];
    const addresses: Found[] = [
      ...environmentBuses(
        scope,
        valueAt(resource.properties, ["Environment", "Variables"]),
        resource.ref("Environment", "Variables"),
      ),
      ...(sam ? globalAddresses : []),
    ];
    const rights = rightsKnown(template, resource)
      ? new Set<BusKind>([...grantedKinds(held), ...granted.map(([bus]) => bus.kind)])
      : undefined;
    const usable = addresses.filter(([bus]) => rights === undefined || rights.has(bus.kind));
    for (const [bus, ref] of [...granted, ...usable]) addPublished(fn, bus, ref);
  }
}

/**
 * Every permission of the function is in the template: a SAM function's generated role holds only its
 * `Policies`, or its `Role` is a role of the template; unless a managed policy that may grant publishing
 * (`AmazonEventBridgeFullAccess`, `AmazonSNSFullAccess`, an administrator's) is attached.
 */
function rightsKnown(template: Template, resource: Resource): boolean {
  const role = resource.properties.Role;
  const managed: unknown[] = [];
  if (role === undefined) {
    if (resource.type !== "AWS::Serverless::Function") return false;
    managed.push(
      ...asList(resource.properties.Policies).filter(
        (policy) => !isDict(policy) || intrinsicName(policy) !== undefined,
      ),
    );
  } else {
    const [id] = template.intrinsics.references(role);
    const declared = id === undefined ? undefined : template.resources[id];
    if (!isDict(declared) || declared.Type !== "AWS::IAM::Role") return false;
    // A managed policy of the template is read with the role (functionStatements); only outside ones are unknown.
    const ofTemplate = (arn: unknown) =>
      template.intrinsics.references(arn).some((ref) => isDict(template.resources[ref]));
    managed.push(...asList(valueAt(declared, ["Properties", "ManagedPolicyArns"])).filter((arn) => !ofTemplate(arn)));
  }
  return managed.every((policy) => ordinaryPolicy(template.intrinsics.nameKey(policy)));
}

/** SAM policy templates that grant publishing (`EventBridgePutEventsPolicy: { EventBusName: … }`). */
function policyTemplateBuses(scope: BusScope, policies: unknown, ref: SourceRef): Found[] {
  const items = Array.isArray(policies)
    ? policies.map((p, i) => [p, refAt(ref, i)] as const)
    : [[policies, ref] as const];
  return items.flatMap(([policy, itemRef]) =>
    Object.entries(PUBLISH_POLICY_TEMPLATES).flatMap(([template, granted]): Found[] => {
      const value = isDict(policy) ? valueAt(policy, [template, granted.parameter]) : undefined;
      const name = value === undefined ? undefined : busName(scope, value, granted.kind);
      return name === undefined ? [] : [[{ kind: granted.kind, name }, refAt(itemRef, template, granted.parameter)]];
    }),
  );
}

/**
 * SAM connectors that give the function `Write` to a bus or topic: `AWS::Serverless::Connector` resources whose
 * `Source` is the function, and the function's own `Connectors`.
 */
function connectorBuses(template: Template, fn: Resource): Found[] {
  const connectors: [unknown, SourceRef][] = [];
  for (const connector of resourcesOf(template, "AWS::Serverless::Connector"))
    if (valueAt(connector.properties, ["Source", "Id"]) === fn.id)
      connectors.push([connector.properties, connector.ref()]);
  const embedded = isDict(fn.properties.Connectors) ? fn.properties.Connectors : {};
  for (const [name, connector] of Object.entries(embedded))
    connectors.push([valueAt(connector, ["Properties"]), fn.ref("Connectors", name)]);
  return connectors.flatMap(([properties, ref]) => {
    if (!isDict(properties) || !asList(properties.Permissions).includes("Write")) return [];
    return asList(properties.Destination).flatMap((destination): Found[] => {
      if (!isDict(destination)) return [];
      const id = typeof destination.Id === "string" ? destination.Id : undefined;
      const type = id === undefined ? destination.Type : valueAt(template.resources, [id, "Type"]);
      const kind = type === "AWS::Events::EventBus" ? "event-bus" : type === "AWS::SNS::Topic" ? "pubsub" : undefined;
      const value = id === undefined ? destination.Arn : { Ref: id };
      const name = kind === undefined ? undefined : busName(template, value, kind);
      return kind === undefined || name === undefined ? [] : [[{ kind, name }, ref]];
    });
  });
}
