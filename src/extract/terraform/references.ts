import { UNRESOLVED } from "../values.js";
import type { TerraformModule } from "./module.js";

export { UNRESOLVED };

const MAX_DEPTH = 8;
const WHOLE_VARIABLE = /^\$\{\s*(var|local)\.([\w-]+)\s*\}$/;
const INTERPOLATION = /\$\{([^{}]*)\}/g;

/**
 * Resolves `var.x` to the variable's default and `local.x` to the local's value, also inside a string template
 * (`"/aws/lambda/${var.name}"`). Anything else (resources, data sources, functions, operators, variables with
 * no default) is UNRESOLVED: a scan never guesses a value.
 */
export function resolveValue(value: unknown, module: TerraformModule, depth = 0): unknown {
  if (typeof value !== "string" || !value.includes("${")) return value;
  if (depth > MAX_DEPTH || value.includes("%{")) return UNRESOLVED;
  const whole = WHOLE_VARIABLE.exec(value);
  if (whole) return lookup(whole[1] as string, whole[2] as string, module, depth);
  let unresolved = false;
  const text = value.replace(INTERPOLATION, (match, inner: string) => {
    const part = /^\s*(var|local)\.([\w-]+)\s*$/.exec(inner);
    const resolved = part ? lookup(part[1] as string, part[2] as string, module, depth) : UNRESOLVED;
    if (typeof resolved === "string" || typeof resolved === "number" || typeof resolved === "boolean")
      return String(resolved);
    unresolved = true;
    return match;
  });
  return unresolved || text.replace(/\$\$\{/g, "").includes("${") ? UNRESOLVED : text;
}

function lookup(kind: string, name: string, module: TerraformModule, depth: number): unknown {
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

const REFERENCE = /\b(data\.)?([a-z][\w-]*)\.([\w-]+)(?:\[[^\]]*\])?(?:\.([\w-]+))?/g;
const NOT_RESOURCES = new Set(["var", "local", "each", "count", "path", "terraform", "self"]);

/** The resources, data sources and modules an expression refers to, in order. */
export function referencesIn(value: unknown): Reference[] {
  if (typeof value !== "string" || !value.includes("${")) return [];
  const found: Reference[] = [];
  for (const expression of value.matchAll(/\$\{([\s\S]*?)\}/g)) {
    for (const match of (expression[1] as string).matchAll(REFERENCE)) {
      const [, data, type = "", name = "", attribute] = match;
      if (NOT_RESOURCES.has(type)) continue;
      const address = `${data ? "data." : ""}${type}.${name}`;
      found.push({ address, type, name, ...(attribute ? { attribute } : {}) });
    }
  }
  return found;
}
