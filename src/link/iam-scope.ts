import type { ActionCatalog, ActionFacts } from "../model/aws-actions.js";

/**
 * Lambda's network interfaces for a function in a VPC: the execution role needs these on `Resource: "*"` (the
 * Lambda developer guide, "Execution role permissions" for VPC access; AWS's AWSLambdaVPCAccessExecutionRole),
 * though the reference lists resource types for some of them. The data set cannot say so.
 */
const LAMBDA_VPC_ACTIONS = new Set(
  [
    "ec2:CreateNetworkInterface",
    "ec2:DescribeNetworkInterfaces",
    "ec2:DeleteNetworkInterface",
    "ec2:AssignPrivateIpAddresses",
    "ec2:UnassignPrivateIpAddresses",
  ].map((action) => action.toLowerCase()),
);

/** Reads that hand out secrets: read access level, but on every resource they are every secret of the account. */
const SECRET_READS = new Set(
  [
    "secretsmanager:GetSecretValue",
    "secretsmanager:BatchGetSecretValue",
    "ssm:GetParameter",
    "ssm:GetParameters",
    "ssm:GetParametersByPath",
    "ssm:GetParameterHistory",
    "kms:Decrypt",
  ].map((action) => action.toLowerCase()),
);

// `*`, or an ARN whose resource part is only wildcards (`arn:aws:s3:::*`, `arn:aws:s3:::*/*`): every resource.
const EVERY_RESOURCE = /^(\*|arn:[^:]*:[^:]*:[^:]*:[^:]*:[*/]+)$/;
const SERVICE_WILDCARD = /^[a-z0-9-]+:\*$/i;

export interface StatementScope {
  /** `*` or `service:*` among the actions. */
  wildcardAction: boolean;
  /** The statement names every resource (of a service). */
  anyResource: boolean;
  /** Actions as written that change something or read secrets on every resource although they could be scoped. */
  unscopedActions: string[];
  /** Why the statement is too broad, in words; empty when it is not. */
  scopeAdvice: string;
}

/**
 * How far an Allow statement reaches. Actions the catalog does not know are left unjudged (a newer action, a
 * typo, an unresolved reference): the data set is the authority on what an action can be limited to.
 */
export function statementScope(actions: string[], resources: string[], catalog?: ActionCatalog): StatementScope {
  const wildcards = actions.filter((action) => action === "*" || SERVICE_WILDCARD.test(action));
  const anyResource = resources.some((resource) => EVERY_RESOURCE.test(resource.trim()));
  const unscopedActions =
    anyResource && catalog
      ? actions.filter((action) => !wildcards.includes(action) && catalog.actions(action).some(couldBeScoped))
      : [];
  const advice = [
    ...wildcards.map((action) =>
      action === "*" ? "* grants every action" : `${action} grants every ${action.split(":")[0]} action`,
    ),
    ...(unscopedActions.length > 0 ? [`${unscopedActions.join(", ")} could be limited to named resources`] : []),
  ];
  return { wildcardAction: wildcards.length > 0, anyResource, unscopedActions, scopeAdvice: advice.join("; ") };
}

function couldBeScoped(facts: ActionFacts): boolean {
  const name = facts.name.toLowerCase();
  if (facts.anyResourceOnly || LAMBDA_VPC_ACTIONS.has(name)) return false;
  return SECRET_READS.has(name) || (facts.access !== "read" && facts.access !== "list");
}
