import type { FunctionEntity, IamStatement, PublishedBus, SourceRef, Trigger } from "../../model/types.js";
import { addPublished, type BusKind, busInText, NAMES_A_BUS, publishedIn } from "../cloudformation/buses.js";
import { refAt } from "../entity.js";
import { isDict } from "../values.js";
import type { FunctionIndex } from "./function-index.js";
import { literal, nestedBlock } from "./functions.js";
import type { TerraformModule } from "./module.js";
import { expressionOf, type Reference, referencesIn, variableOf, wholeExpression } from "./references.js";

const BUS_TYPES: Record<string, BusKind> = { aws_cloudwatch_event_bus: "event-bus", aws_sns_topic: "pubsub" };

/**
 * The bus or topic a value names, as CloudFormation's are named (src/extract/cloudformation/buses.ts): a bus or
 * topic of the module, or a data source that looks one up, by its `name`, else its label; a literal name or ARN; a variable with no value as
 * `${variable}`, which link names.
 */
export function terraformBusName(module: TerraformModule, value: unknown, kind: BusKind): string | undefined {
  const references = referencesIn(value);
  const reference = references.find((item) => BUS_TYPES[item.type] === kind);
  if (reference) {
    const block = reference.address.startsWith("data.")
      ? module.data.get(reference.type)?.find((item) => item.name === reference.name)
      : module.find(reference.address);
    const name = literal(block?.body.name, module);
    return name === undefined ? reference.name : busInText(name, kind);
  }
  if (references.length > 0) return undefined;
  const text = literal(value, module);
  if (text !== undefined) return busInText(text, kind);
  const variable = variableOf(wholeExpression(expressionOf(value)));
  return variable?.kind === "var" ? `\${${variable.name}}` : undefined;
}

/** The bus a trigger reads (an EventBridge rule's `event_bus_name`, a subscription's `topic_arn`), named. */
export function nameTerraformTrigger(module: TerraformModule, trigger: Trigger, value: unknown): void {
  if (value === undefined || value === null || (trigger.kind !== "event-bus" && trigger.kind !== "pubsub")) return;
  trigger.source = value;
  const name = terraformBusName(module, value, trigger.kind);
  if (name !== undefined) trigger.bus = name;
}

/**
 * The buses each `aws_lambda_function` of the module may publish to: statements of the module's IAM role it
 * runs as (inline, `aws_iam_role_policy`, an attached `aws_iam_policy`, the policy documents they use) that
 * allow `events:PutEvents` or `sns:Publish`, and `environment.variables` that hold a bus's or topic's address.
 */
export function joinTerraformPublishers(
  module: TerraformModule,
  functions: FunctionIndex,
  statements: readonly IamStatement[],
): void {
  const lambdas = module.all("aws_lambda_function");
  if (lambdas.length === 0) return;
  const policies = roleGrants(module, "aws_iam_role_policy", "policy");
  const attachments = roleGrants(module, "aws_iam_role_policy_attachment", "policy_arn");
  for (const block of lambdas) {
    const fn = functions.get(block.address);
    if (!fn) continue;
    const owners = roleOwners(module, block.body.role, policies, attachments);
    for (const statement of statements.filter((item) => owners.has(item.owner)))
      for (const bus of publishedIn(statement, (resource, kind) => terraformBusName(module, resource, kind)))
        addPublished(fn, bus, statement.ref);
    const environment = nestedBlock(block.body, "environment", block.ref);
    const variables = environment?.body.variables;
    if (environment && isDict(variables)) variableBuses(module, fn, variables, refAt(environment.ref, "variables"));
  }
}

/** A role policy or a policy attachment of the module: the roles it names, and what it refers to. */
interface RoleGrant {
  address: string;
  roles: Reference[];
  /** The policy documents a role policy's `policy` refers to, or the policies an attachment attaches. */
  refers: Reference[];
}

/** The module's role policies and policy attachments, read once for all its functions. */
function roleGrants(module: TerraformModule, type: string, attribute: string): RoleGrant[] {
  return module.all(type).map((block) => ({
    address: block.address,
    roles: referencesIn(block.body.role),
    refers: referencesIn(block.body[attribute]),
  }));
}

/** The role a function runs as, and the policies and policy documents that give it its statements. */
function roleOwners(module: TerraformModule, role: unknown, policies: RoleGrant[], attachments: RoleGrant[]) {
  const roles = referencesIn(role).filter((reference) => reference.type === "aws_iam_role");
  const owners = new Set(roles.map((reference) => reference.address));
  const attached = (grant: RoleGrant) => grant.roles.some((reference) => owners.has(reference.address));
  const documents = (value: unknown) => {
    for (const reference of referencesIn(value)) owners.add(reference.address);
  };
  for (const policy of policies.filter(attached)) {
    owners.add(policy.address);
    for (const reference of policy.refers) owners.add(reference.address);
  }
  for (const attachment of attachments.filter(attached)) {
    for (const reference of attachment.refers) {
      owners.add(reference.address);
      documents(module.find(reference.address)?.body.policy);
    }
  }
  for (const reference of roles) documents(module.find(reference.address)?.body.inline_policy);
  return owners;
}

function variableBuses(
  module: TerraformModule,
  fn: FunctionEntity,
  variables: Record<string, unknown>,
  ref: SourceRef,
) {
  for (const [variable, value] of Object.entries(variables)) {
    const referenced = referencesIn(value)
      .map((reference) => BUS_TYPES[reference.type])
      .find((kind) => kind !== undefined);
    const named = NAMES_A_BUS.find(([pattern]) => pattern.test(variable.replace(/([a-z0-9])([A-Z])/g, "$1_$2")));
    const kind = referenced ?? named?.[1];
    const name = kind === undefined ? undefined : terraformBusName(module, value, kind);
    if (kind !== undefined && name !== undefined)
      addPublished(fn, { kind, name } as PublishedBus, refAt(ref, variable));
  }
}
