import type { DocPath, IamStatement, PublishedBus, SourceRef } from "../../model/types.js";
import {
  addPublished,
  type BusScope,
  environmentBuses,
  grantedKinds,
  nameTriggerBus,
  ordinaryPolicy,
  statementBuses,
} from "../cloudformation/buses.js";
import { intrinsicName } from "../cloudformation/intrinsics.js";
import type { StackFunction } from "../cloudformation/template.js";
import { collectingStatements, documentStatements } from "../iam.js";
import { asList, type Dict, isDict, namedEntries, valueAt } from "../values.js";
import type { Stack } from "./functions.js";
import { providerStatements } from "./iam.js";

/**
 * Both ends of a stack's event buses and topics, named as CloudFormation names them (src/extract/cloudformation/buses.ts)
 * against the stack's `resources:`: the buses each function may publish to (the statements of the role the
 * functions share and of its own, `provider.environment` and its own `environment`), and the bus each of its
 * `eventBridge` and `sns` events reads.
 */
export function joinServerlessPublishers(doc: Dict, stack: Stack, functions: StackFunction[]): void {
  const scope: BusScope = { resources: resourcesOf(doc.resources), intrinsics: stack.intrinsics };
  const at = (...path: DocPath): SourceRef => ({ file: stack.file, doc: 0, path });
  const shared: IamStatement[] = [];
  providerStatements(doc, stack.service, at, stack.intrinsics, collectingStatements(shared));
  const sharedVariables = environmentBuses(
    scope,
    valueAt(stack.provider, ["environment"]),
    at("provider", "environment"),
  );
  const sharedRoleKnown = rolesKnown(stack);
  for (const [name, definition, keyPath] of namedEntries(doc.functions)) {
    const fn = functions.find((item) => item.entity.name === name)?.entity;
    if (!fn || !isDict(definition)) continue;
    for (const trigger of fn.triggers) nameTriggerBus(scope, trigger);
    const own: IamStatement[] = [];
    const ownAt = at("functions", ...keyPath, "iamRoleStatements");
    if (Array.isArray(definition.iamRoleStatements))
      documentStatements(definition.iamRoleStatements, name, ownAt, stack.intrinsics, collectingStatements(own));
    const statements = [...shared, ...own];
    const granted = statements.flatMap((statement) =>
      statementBuses(scope, statement).map((bus): [PublishedBus, SourceRef] => [bus, statement.ref]),
    );
    const addresses = [
      ...sharedVariables,
      ...environmentBuses(scope, definition.environment, at("functions", ...keyPath, "environment")),
    ];
    const rights = definition.role === undefined && sharedRoleKnown ? new Set(grantedKinds(statements)) : undefined;
    const usable = addresses.filter(([bus]) => rights === undefined || rights.has(bus.kind));
    for (const [bus, ref] of [...granted, ...usable]) addPublished(fn, bus, ref);
  }
}

/**
 * The functions' permissions are all in the manifest (see src/extract/cloudformation/publishers.ts): the role
 * the Framework generates, not one named by `provider.iam.role`, with no managed policy that may grant publishing.
 */
function rolesKnown(stack: Stack): boolean {
  const role = stack.variables.resolve(valueAt(stack.provider, ["iam", "role"]) ?? stack.provider.role);
  if (role !== undefined && !isDict(role)) return false;
  if (intrinsicName(role) !== undefined) return false;
  const managed = [
    ...asList(valueAt(stack.provider, ["iam", "role", "managedPolicies"])),
    ...asList(stack.provider.iamManagedPolicies),
  ];
  return managed.every((policy) => ordinaryPolicy(stack.intrinsics.nameKey(policy)));
}

/** The `Resources` of `resources:`, one template or a list of them. */
function resourcesOf(resources: unknown): Dict {
  const parts = Array.isArray(resources) ? resources : [resources];
  return Object.assign({}, ...parts.map((part) => (isDict(part) && isDict(part.Resources) ? part.Resources : {})));
}
