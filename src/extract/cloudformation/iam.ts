import type { IamStatement, SourceRef } from "../../model/types.js";
import { refAt } from "../entity.js";
import { collectingStatements, documentStatements, managedPolicyStatement, parseJsonDocument } from "../iam.js";
import { isDict, valueAt } from "../values.js";
import { type Resource, resourcesOf, type Template } from "./template.js";

/**
 * Statements of IAM roles, users and groups, then of policies (inline documents and all-granting managed
 * policies), each owned by its resource's logical id.
 */
export function iamStatements(template: Template): IamStatement[] {
  const found: IamStatement[] = [];
  const collecting = collectingInto(template, found);
  for (const resource of resourcesOf(template, "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group")) {
    principalPolicies(collecting, resource);
  }
  for (const resource of resourcesOf(template, ...POLICIES)) {
    documentOf(collecting, resource.id, resource.properties.PolicyDocument, resource.ref("PolicyDocument"));
  }
  return found;
}

const POLICIES = ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"];

/** The template as statement readers see it, with its statements collected into `found`. */
function collectingInto(template: Template, found: IamStatement[]): Template {
  return { ...template, sink: collectingStatements(found) };
}

/** A role's, user's or group's inline policies and all-granting managed policies. */
function principalPolicies(template: Template, resource: Resource): void {
  const policies = Array.isArray(resource.properties.Policies) ? resource.properties.Policies : [];
  policies.forEach((policy, index) => {
    const document = valueAt(policy, ["PolicyDocument"]);
    documentOf(template, resource.id, document, resource.ref("Policies", index, "PolicyDocument"));
  });
  managedPolicies(template, resource.id, resource.properties.ManagedPolicyArns, resource.ref("ManagedPolicyArns"));
}

/**
 * The statements a function holds, read as the template's are: its SAM `Policies`, and those of the
 * `AWS::IAM::Role` its `Role` names in the same template, inline or in an `AWS::IAM::Policy` or
 * `AWS::IAM::ManagedPolicy` of the template attached to it. `statements` are the template's (`iamStatements`).
 */
export function functionStatements(template: Template, fn: Resource, statements: readonly IamStatement[]) {
  const found: IamStatement[] = [];
  if (fn.type === "AWS::Serverless::Function")
    samPolicyStatements(collectingInto(template, found), fn.id, fn.properties.Policies, fn.ref("Policies"));
  const roles = new Set(template.intrinsics.references(fn.properties.Role));
  const ownRoles = new Set<string>();
  const attached = new Set<string>();
  for (const role of resourcesOf(template, "AWS::IAM::Role").filter((r) => roles.has(r.id))) {
    ownRoles.add(role.id);
    for (const id of template.intrinsics.references(role.properties.ManagedPolicyArns)) attached.add(id);
  }
  const policies = new Set<string>();
  for (const policy of resourcesOf(template, ...POLICIES)) {
    const attachedToRole = template.intrinsics.references(policy.properties.Roles).some((id) => roles.has(id));
    if (attachedToRole || attached.has(policy.id)) policies.add(policy.id);
  }
  const ownedBy = (owners: Set<string>) => statements.filter((statement) => owners.has(statement.owner));
  return [...found, ...ownedBy(ownRoles), ...ownedBy(policies)];
}

/**
 * A policy document: a mapping, or JSON written as text (`PolicyDocument: |`, or inside `!Sub`), whose statements
 * point at their own lines inside the text.
 */
function documentOf(template: Template, owner: string, document: unknown, ref: SourceRef): void {
  const sub = isDict(document) ? document["Fn::Sub"] : undefined;
  const text = typeof document === "string" ? document : typeof sub === "string" ? sub : undefined;
  if (text === undefined) {
    const statements = valueAt(document, ["Statement"]);
    if (statements !== undefined) statementsOf(template, owner, statements, refAt(ref, "Statement"));
    return;
  }
  const parsed = parseJsonDocument(text);
  const at = typeof document === "string" ? ref : refAt(ref, "Fn::Sub");
  if (parsed?.Statement !== undefined)
    statementsOf(template, owner, parsed.Statement, { ...at, embedded: ["Statement"] });
}

/**
 * SAM `Policies`: a managed policy name or ARN, an inline document, or a list of those and of policy templates
 * (`DynamoDBCrudPolicy: { TableName: … }`, scoped by construction, so not statements here).
 */
export function samPolicyStatements(template: Template, owner: string, policies: unknown, ref: SourceRef): void {
  const items = Array.isArray(policies)
    ? policies.map((p, i) => [p, refAt(ref, i)] as const)
    : [[policies, ref] as const];
  for (const [policy, itemRef] of items) {
    if (isDict(policy) && "Statement" in policy) {
      statementsOf(template, owner, policy.Statement, refAt(itemRef, "Statement"));
    } else if (policy !== undefined && !isDict(policy)) {
      managedPolicies(template, owner, [policy], itemRef, false);
    }
  }
}

function statementsOf(template: Template, owner: string, statements: unknown, ref: SourceRef): void {
  documentStatements(statements, owner, ref, template.intrinsics, template.sink);
}

function managedPolicies(template: Template, owner: string, arns: unknown, ref: SourceRef, indexed = true): void {
  if (!Array.isArray(arns)) return;
  arns.forEach((arn, index) => {
    const name = template.intrinsics.nameKey(arn);
    const statement =
      name === undefined ? undefined : managedPolicyStatement(name, owner, indexed ? refAt(ref, index) : ref);
    if (statement) template.sink.statement(statement);
  });
}
