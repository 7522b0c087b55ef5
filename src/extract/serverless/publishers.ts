import type { DocPath, IamStatement, PublishedBus, SourceRef } from "../../model/types.js";
import {
  addPublished,
  type BusScope,
  environmentBuses,
  nameTriggerBus,
  statementBuses,
} from "../cloudformation/buses.js";
import type { StackFunction } from "../cloudformation/template.js";
import { documentStatements } from "../iam.js";
import { type Dict, isDict, namedEntries, valueAt } from "../values.js";
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
  providerStatements(doc, stack.service, at, stack.intrinsics, collecting(shared));
  const sharedVariables = environmentBuses(
    scope,
    valueAt(stack.provider, ["environment"]),
    at("provider", "environment"),
  );
  for (const [name, definition, keyPath] of namedEntries(doc.functions)) {
    const fn = functions.find((item) => item.entity.name === name)?.entity;
    if (!fn || !isDict(definition)) continue;
    for (const trigger of fn.triggers) nameTriggerBus(scope, trigger);
    const own: IamStatement[] = [];
    const ownAt = at("functions", ...keyPath, "iamRoleStatements");
    if (Array.isArray(definition.iamRoleStatements))
      documentStatements(definition.iamRoleStatements, name, ownAt, stack.intrinsics, collecting(own));
    const found: [PublishedBus, SourceRef][] = [
      ...[...shared, ...own].flatMap((statement) =>
        statementBuses(scope, statement).map((bus): [PublishedBus, SourceRef] => [bus, statement.ref]),
      ),
      ...sharedVariables,
      ...environmentBuses(scope, definition.environment, at("functions", ...keyPath, "environment")),
    ];
    for (const [bus, ref] of found) addPublished(fn, bus, ref);
  }
}

/** The `Resources` of `resources:`, one template or a list of them. */
function resourcesOf(resources: unknown): Dict {
  const parts = Array.isArray(resources) ? resources : [resources];
  return Object.assign({}, ...parts.map((part) => (isDict(part) && isDict(part.Resources) ? part.Resources : {})));
}

function collecting(found: IamStatement[]) {
  return { entity: () => {}, evidence: () => {}, statement: (statement: IamStatement) => found.push(statement) };
}
