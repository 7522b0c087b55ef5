import type { SourceRef } from "../../model/types.js";
import { refAt } from "../entity.js";
import { documentStatements, managedPolicyStatement } from "../iam.js";
import { isDict } from "../values.js";
import { resourcesOf, type Template } from "./template.js";

/** Statements of IAM roles, users, groups and policies (inline documents and all-granting managed policies). */
export function extractIamStatements(template: Template): void {
  for (const resource of resourcesOf(template, "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group")) {
    const policies = Array.isArray(resource.properties.Policies) ? resource.properties.Policies : [];
    policies.forEach((policy, index) => {
      if (!isDict(policy)) return;
      policyDocument(template, resource.id, policy.PolicyDocument, resource.ref("Policies", index, "PolicyDocument"));
    });
    managedPolicies(template, resource.id, resource.properties.ManagedPolicyArns, resource.ref("ManagedPolicyArns"));
  }
  for (const resource of resourcesOf(template, "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")) {
    policyDocument(template, resource.id, resource.properties.PolicyDocument, resource.ref("PolicyDocument"));
  }
}

/** A `PolicyDocument`: an object, or JSON text (`PolicyDocument: |`), whose statements are then found inside it. */
function policyDocument(template: Template, owner: string, document: unknown, ref: SourceRef): void {
  const parsed = typeof document === "string" ? jsonObject(document) : document;
  if (!isDict(parsed) || parsed.Statement === undefined) return;
  const base = parsed === document ? ref : { ...ref, embedded: ref.path.length };
  statementsOf(template, owner, parsed.Statement, refAt(base, "Statement"));
}

function jsonObject(text: string): unknown {
  if (!text.trimStart().startsWith("{")) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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
