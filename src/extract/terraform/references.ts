import { type Expression, parseTemplate, type TemplatePart } from "../../parse/hcl/expression-tree.js";
import { UNRESOLVED } from "../values.js";
import type { TerraformModule } from "./module.js";

export { UNRESOLVED };

const MAX_DEPTH = 8;

/** A value as Terraform reads it: a string holding `${…}` is a template, parsed into its expression tree. */
export function expressionOf(value: unknown): Expression | undefined {
  return typeof value === "string" && value.includes("${") ? parseTemplate(value) : undefined;
}

/** The one expression a template is when it is nothing but `${expression}`. */
export function wholeExpression(template: Expression | undefined): Expression | undefined {
  if (template?.kind !== "template" || template.parts.length !== 1) return undefined;
  const [part] = template.parts as [TemplatePart];
  return part.kind === "text" || part.kind === "directive" ? undefined : part;
}

/** `var.x` or `local.x` and nothing more. */
export function variableOf(expression: Expression | undefined): { kind: "var" | "local"; name: string } | undefined {
  if (expression?.kind !== "traversal" || (expression.root !== "var" && expression.root !== "local")) return undefined;
  const [step, ...rest] = expression.steps;
  return step?.kind === "attribute" && rest.length === 0 ? { kind: expression.root, name: step.name } : undefined;
}

/**
 * Resolves `var.x` to the variable's default and `local.x` to the local's value, also inside a string template
 * (`"/aws/lambda/${var.name}"`). Anything else (resources, data sources, functions, operators, variables with
 * no default) is UNRESOLVED: a scan never guesses a value.
 */
export function resolveValue(value: unknown, module: TerraformModule, depth = 0): unknown {
  const template = expressionOf(value);
  if (!template) return value;
  if (depth > MAX_DEPTH || template.kind !== "template") return UNRESOLVED;
  const whole = variableOf(wholeExpression(template));
  if (whole) return lookup(whole.kind, whole.name, module, depth);
  let text = "";
  for (const part of template.parts) {
    if (part.kind === "text") {
      text += part.text;
      continue;
    }
    const variable = part.kind === "directive" ? undefined : variableOf(part);
    const resolved = variable ? lookup(variable.kind, variable.name, module, depth) : UNRESOLVED;
    if (typeof resolved !== "string" && typeof resolved !== "number" && typeof resolved !== "boolean")
      return UNRESOLVED;
    text += String(resolved);
  }
  return text;
}

function lookup(kind: "var" | "local", name: string, module: TerraformModule, depth: number): unknown {
  if (kind === "var") {
    const body = module.variables.get(name)?.body;
    if (!body || !("default" in body) || body.default === null) return UNRESOLVED;
    return resolveValue(body.default, module, depth + 1);
  }
  const local = module.locals.get(name);
  return local ? resolveValue(local.value, module, depth + 1) : UNRESOLVED;
}

export interface Reference {
  /** `aws_sqs_queue.jobs`, `module.lambda`, `data.aws_iam_policy_document.x`. */
  address: string;
  type: string;
  name: string;
  attribute?: string;
}

const NOT_RESOURCES = new Set(["var", "local", "each", "count", "path", "terraform", "self"]);

/** The resources, data sources and modules an expression refers to, in order. */
export function referencesIn(value: unknown): Reference[] {
  const found: Reference[] = [];
  const template = expressionOf(value);
  if (template) visit(template, found);
  return found;
}

function visit(expression: Expression | TemplatePart, found: Reference[]): void {
  switch (expression.kind) {
    case "traversal": {
      const reference = referenceOf(expression.root, expression.steps);
      if (reference) found.push(reference);
      for (const step of expression.steps) if (step.kind === "index") visit(step.key, found);
      return;
    }
    case "template":
      for (const part of expression.parts) visit(part, found);
      return;
    case "call":
      for (const argument of expression.args) visit(argument, found);
      return;
    case "conditional":
      for (const part of [expression.condition, expression.whenTrue, expression.whenFalse]) visit(part, found);
      return;
    case "binary":
      visit(expression.left, found);
      visit(expression.right, found);
      return;
    case "unary":
      visit(expression.operand, found);
      return;
    case "parenthesised":
      visit(expression.inner, found);
      return;
    case "postfix":
      visit(expression.source, found);
      for (const step of expression.steps) if (step.kind === "index") visit(step.key, found);
      return;
    case "tuple":
      for (const item of expression.items) visit(item, found);
      return;
    case "object":
      for (const { key, value } of expression.entries) {
        visit(key, found);
        visit(value, found);
      }
      return;
    case "for":
      for (const part of expression.parts) visit(part, found);
      return;
    default:
      return;
  }
}

type Steps = Extract<Expression, { kind: "traversal" }>["steps"];

/** `type.name[…].attribute`, `data.type.name.attribute`, `module.name.output`: what the traversal names. */
function referenceOf(root: string, steps: Steps): Reference | undefined {
  const data = root === "data";
  const [typeStep, ...rest] = data ? steps : [{ kind: "attribute" as const, name: root }, ...steps];
  const [nameStep, next, after] = rest;
  if (typeStep?.kind !== "attribute" || nameStep?.kind !== "attribute") return undefined;
  const type = typeStep.name;
  if (!/^[a-z]/.test(type) || (!data && NOT_RESOURCES.has(type))) return undefined;
  const indexed = next !== undefined && next.kind !== "attribute";
  const attribute =
    next?.kind === "attribute" ? next.name : indexed && after?.kind === "attribute" ? after.name : undefined;
  const address = `${data ? "data." : ""}${type}.${nameStep.name}`;
  return { address, type, name: nameStep.name, ...(attribute ? { attribute } : {}) };
}
