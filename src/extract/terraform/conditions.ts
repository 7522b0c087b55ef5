import { asNumber, type Dict, isDict } from "../values.js";
import type { TerraformModule } from "./module.js";
import { resolveValue, UNRESOLVED } from "./references.js";

const CONDITIONAL = /^\$\{([^?]+)\?\s*(\d+)\s*:\s*(\d+)\s*\}$/;
const COMPARISON = /^(.+?)\s*(==|!=|>=|<=|>|<)\s*(.+)$/;

/**
 * Whether a block is created with the module's defaults: `count = 0`, `count = <condition> ? 1 : 0` whose
 * condition is false, or an empty literal `for_each` mean it is not. Anything that cannot be decided counts
 * as created, so a conditional resource is judged as written.
 */
export function isCreated(body: Dict, module: TerraformModule): boolean {
  if ("for_each" in body) {
    const each = body.for_each;
    if ((Array.isArray(each) && each.length === 0) || (isDict(each) && Object.keys(each).length === 0)) return false;
  }
  if (!("count" in body)) return true;
  const count = body.count;
  const literal = asNumber(resolveValue(count, module));
  if (literal !== undefined) return literal > 0;
  const conditional = typeof count === "string" ? CONDITIONAL.exec(count.trim()) : null;
  if (!conditional) return true;
  const [, condition = "", whenTrue = "1", whenFalse = "1"] = conditional;
  const value = evaluateCondition(condition, module, 0);
  return value === undefined ? true : Number(value ? whenTrue : whenFalse) > 0;
}

/** A conjunction of (negated) booleans and comparisons of variables and locals with literals. */
function evaluateCondition(text: string, module: TerraformModule, depth: number): boolean | undefined {
  if (depth > 4 || /\|\||[()?]/.test(text)) return undefined;
  let result = true;
  for (const term of text.split("&&")) {
    const value = evaluateTerm(term.trim(), module, depth);
    if (value === undefined) return undefined;
    result &&= value;
  }
  return result;
}

function evaluateTerm(term: string, module: TerraformModule, depth: number): boolean | undefined {
  const comparison = COMPARISON.exec(term);
  if (comparison) {
    const [, left = "", operator = "", right = ""] = comparison;
    return compare(operand(left, module, depth), operator, operand(right, module, depth));
  }
  const negated = term.startsWith("!");
  const value = operand(negated ? term.slice(1).trim() : term, module, depth);
  if (typeof value !== "boolean") return undefined;
  return negated ? !value : value;
}

function operand(text: string, module: TerraformModule, depth: number): unknown {
  if (/^(var|local)\.[\w-]+$/.test(text)) {
    const value = resolveValue(`\${${text}}`, module);
    if (value !== UNRESOLVED) return value;
    const local = text.startsWith("local.") ? module.locals.get(text.slice(6))?.value : undefined;
    const inner = typeof local === "string" ? /^\$\{([\s\S]*)\}$/.exec(local)?.[1] : undefined;
    return inner === undefined ? undefined : evaluateCondition(inner, module, depth + 1);
  }
  if (text === "true" || text === "false") return text === "true";
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const quoted = /^"([^"]*)"$/.exec(text);
  return quoted ? quoted[1] : undefined;
}

function compare(left: unknown, operator: string, right: unknown): boolean | undefined {
  if (left === undefined || right === undefined || left === null) return undefined;
  if (operator === "==") return left === right;
  if (operator === "!=") return left !== right;
  if (typeof left !== "number" || typeof right !== "number") return undefined;
  if (operator === ">") return left > right;
  if (operator === "<") return left < right;
  if (operator === ">=") return left >= right;
  return left <= right;
}
