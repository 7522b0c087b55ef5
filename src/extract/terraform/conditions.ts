import type { Expression } from "../../parse/hcl/expression-tree.js";
import { asNumber, type Dict, isDict } from "../values.js";
import type { TerraformModule } from "./module.js";
import { expressionOf, resolveValue, UNRESOLVED, variableOf, wholeExpression } from "./references.js";

const COMPARISONS = new Set(["==", "!=", ">=", "<=", ">", "<"]);
const MAX_DEPTH = 4;

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
  const conditional = wholeExpression(expressionOf(count));
  if (conditional?.kind !== "conditional") return true;
  const whenTrue = countLiteral(conditional.whenTrue);
  const whenFalse = countLiteral(conditional.whenFalse);
  if (whenTrue === undefined || whenFalse === undefined) return true;
  const value = evaluateCondition(conditional.condition, module, 0);
  return value === undefined ? true : (value ? whenTrue : whenFalse) > 0;
}

const countLiteral = (expression: Expression) =>
  expression.kind === "literal" && Number.isInteger(expression.value) && (expression.value as number) >= 0
    ? (expression.value as number)
    : undefined;

/** A conjunction of (negated) booleans and comparisons of variables and locals with literals. */
function evaluateCondition(expression: Expression, module: TerraformModule, depth: number): boolean | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (expression.kind === "binary" && expression.operator === "&&") {
    const left = evaluateCondition(expression.left, module, depth);
    const right = evaluateCondition(expression.right, module, depth);
    return left === undefined || right === undefined ? undefined : left && right;
  }
  if (expression.kind === "binary" && COMPARISONS.has(expression.operator)) {
    const { left, operator, right } = expression;
    return compare(operand(left, module, depth), operator, operand(right, module, depth));
  }
  const negated = expression.kind === "unary" && expression.operator === "!";
  const value = operand(negated ? expression.operand : expression, module, depth);
  if (typeof value !== "boolean") return undefined;
  return negated ? !value : value;
}

function operand(expression: Expression, module: TerraformModule, depth: number): unknown {
  const variable = variableOf(expression);
  if (variable) {
    const value = resolveValue(`\${${variable.kind}.${variable.name}}`, module);
    if (value !== UNRESOLVED) return value;
    const local = variable.kind === "local" ? module.locals.get(variable.name)?.value : undefined;
    const inner = wholeExpression(expressionOf(local));
    return inner === undefined ? undefined : evaluateCondition(inner, module, depth + 1);
  }
  if (expression.kind === "literal") return expression.value ?? undefined;
  if (expression.kind === "template" && expression.parts.length <= 1) {
    const [part] = expression.parts;
    if (part === undefined) return "";
    return part.kind === "text" ? part.text : undefined;
  }
  return undefined;
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
