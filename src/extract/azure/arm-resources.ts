import type { SourceRef } from "../../model/types.js";
import { refAt } from "../entity.js";
import { asNumber, asString, type Dict, isDict } from "../values.js";
import { type ArmScope, armString, armValue } from "./arm-expressions.js";

/** One resource of an ARM template, its type and name resolved (child resources get their full type and name). */
export interface ArmResource {
  /** Lower case: `microsoft.web/sites`, `microsoft.web/sites/config`. */
  type: string;
  /** The evaluated name (`orders`, `orders/web`), or undefined when it depends on a deployment. */
  name?: string;
  body: Dict;
  ref: SourceRef;
  scope: ArmScope;
}

const MAX_NESTING = 8;
const MAX_COPIES = 100;

export function isArmTemplate(doc: unknown): doc is Dict {
  return isDict(doc) && /deploymentTemplate\.json/i.test(asString(doc.$schema) ?? "");
}

/**
 * Every resource a template deploys: top-level, child (`resources` inside a resource) and those of nested
 * deployments (`Microsoft.Resources/deployments` with an inline `template`, which is how Bicep compiles its
 * modules), each `copy` loop expanded with its index. A nested template with `scope: inner` sees the parameters
 * its deployment passes; otherwise it evaluates in its parent's scope.
 */
export function armResources(doc: Dict, file: string): ArmResource[] {
  const found: ArmResource[] = [];
  visitTemplate(doc, rootScope(doc), { file, doc: 0, path: [] }, found, 0);
  return found;
}

function rootScope(template: Dict): ArmScope {
  const parameters: Dict = {};
  const declared = isDict(template.parameters) ? template.parameters : {};
  for (const [name, parameter] of Object.entries(declared))
    if (isDict(parameter) && "defaultValue" in parameter) parameters[name] = parameter.defaultValue;
  return { parameters, variables: isDict(template.variables) ? template.variables : {} };
}

function visitTemplate(template: Dict, scope: ArmScope, at: SourceRef, found: ArmResource[], depth: number): void {
  if (depth > MAX_NESTING || !Array.isArray(template.resources)) return;
  template.resources.forEach((resource, index) => {
    visitResource(resource, scope, refAt(at, "resources", index), undefined, found, depth);
  });
}

function visitResource(
  resource: unknown,
  scope: ArmScope,
  at: SourceRef,
  parent: { type: string; name?: string } | undefined,
  found: ArmResource[],
  depth: number,
): void {
  if (!isDict(resource)) return;
  const ownType = asString(resource.type)?.toLowerCase();
  if (!ownType) return;
  const type = parent && !ownType.includes("/") ? `${parent.type}/${ownType}` : ownType;
  for (const copyScope of copies(resource, scope)) {
    const ownName = armString(resource.name, copyScope);
    const name = parent && ownName !== undefined && !ownType.includes("/") ? join(parent.name, ownName) : ownName;
    const item: ArmResource = { type, body: resource, ref: at, scope: copyScope };
    if (name !== undefined) item.name = name;
    found.push(item);
    if (type === "microsoft.resources/deployments") visitDeployment(resource, copyScope, at, found, depth);
    if (Array.isArray(resource.resources))
      resource.resources.forEach((child, index) => {
        visitResource(child, copyScope, refAt(at, "resources", index), { type, name }, found, depth);
      });
  }
}

function join(parent: string | undefined, child: string): string | undefined {
  return parent === undefined ? undefined : `${parent}/${child}`;
}

/** A resource's copies: one scope per index of its `copy` loop (bounded), else its own scope. */
function copies(resource: Dict, scope: ArmScope): ArmScope[] {
  if (!isDict(resource.copy)) return [scope];
  const count = asNumber(armValue(resource.copy.count, scope));
  if (count === undefined) return [scope];
  return Array.from({ length: Math.max(0, Math.min(count, MAX_COPIES)) }, (_, index) => ({
    ...scope,
    copyIndex: index,
  }));
}

function visitDeployment(resource: Dict, scope: ArmScope, at: SourceRef, found: ArmResource[], depth: number): void {
  const properties = isDict(resource.properties) ? resource.properties : {};
  const template = properties.template;
  if (!isDict(template)) return;
  const inner = asString(fieldOf(properties.expressionEvaluationOptions, "scope"))?.toLowerCase() === "inner";
  const nested = inner ? innerScope(template, properties.parameters, scope) : scope;
  visitTemplate(template, nested, refAt(at, "properties", "template"), found, depth + 1);
}

/** The nested template's parameters: what the deployment passes (evaluated in the parent), else their defaults. */
function innerScope(template: Dict, passed: unknown, outer: ArmScope): ArmScope {
  const scope = rootScope(template);
  if (isDict(passed))
    for (const [name, parameter] of Object.entries(passed)) {
      if (!isDict(parameter) || !("value" in parameter)) continue;
      scope.parameters[name] = armValue(parameter.value, outer);
    }
  return scope;
}

function fieldOf(node: unknown, key: string): unknown {
  return isDict(node) ? node[key] : undefined;
}
