/**
 * Message templates: `{{field}}`, `{{a.b}}`, `{{params.x}}`, `{{params[field]}}`, which reads the param
 * named by the value of `field` (a cap per platform, say), and `{{a ?? b}}`, the first of them that is set.
 */
export function renderTemplate(template: string, context: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (_, expression: string) => {
    const values = expression.split("??").map((alternative) => lookup(alternative.trim(), context));
    return format(values.find((value) => value !== undefined && value !== null));
  });
}

function lookup(expression: string, context: Record<string, unknown>): unknown {
  const keyed = expression.replace(/\[([^\]]+)\]/g, (_, inner: string) => `.${String(lookup(inner.trim(), context))}`);
  let node: unknown = context;
  for (const key of keyed.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function format(value: unknown): string {
  if (value === undefined || value === null) return "?";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (Array.isArray(value)) return value.map(format).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
