import type { ErrorObject } from "ajv";
import type { ConfigurationError } from "./configuration-errors.js";
import { didYouMean } from "./suggest.js";

/** Finds the line and column of a path in the validated document. */
export type PathLocator = (path: string[]) => { line: number; column: number };

type Schema = Record<string, unknown>;

/**
 * Turns ajv's errors (compiled with `verbose: true`) into messages a user can act on: the key or value at fault,
 * what was expected, and the nearest valid key for a typo. A schema may say what it expects with `x-expected`.
 */
export function describeSchemaErrors(
  errors: ErrorObject[],
  file: string,
  locate: PathLocator,
  what: string,
): ConfigurationError[] {
  const described = new Map<string, ConfigurationError>();
  for (const error of relevant(errors)) {
    const result = describe(error, file, locate, what);
    described.set(`${result.line}:${result.column}:${result.message}`, result);
  }
  return [...described.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * An `if`/`then`/`else` schema with `x-expected` (a value of one of two shapes) speaks for its level when the
 * value has neither shape; when the value has the right shape, the errors inside it are the specific ones.
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const summary of errors.filter((e) => e.keyword === "if" && expectedText(e.parentSchema))) {
    const path = summary.instancePath;
    const inside = errors.filter(
      (e) => e !== summary && (e.instancePath === path || e.instancePath.startsWith(`${path}/`)),
    );
    const shapeOnly = inside.every((e) => e.instancePath === path && (e.keyword === "type" || e.keyword === "const"));
    for (const error of shapeOnly ? inside : [summary]) dropped.add(error);
  }
  return errors.filter((error) => !dropped.has(error));
}

function describe(error: ErrorObject, file: string, locate: PathLocator, what: string): ConfigurationError {
  const path = pointerToPath(error.instancePath);
  const field = path.length ? path.join(".") : what;
  const at = (p: string[]) => ({ file, ...locate(p) });
  if (error.keyword === "additionalProperties") {
    const key = String(error.params.additionalProperty);
    const known = Object.keys((error.parentSchema?.properties as Schema | undefined) ?? {});
    const where = path.length ? ` in ${field}` : "";
    return { ...at([...path, key]), message: `unknown key "${key}"${where}${didYouMean(key, known)}` };
  }
  if (error.keyword === "required") {
    return { ...at(path), message: `${field} is missing "${String(error.params.missingProperty)}"` };
  }
  const expected = expectedText(error.parentSchema) ?? expectedFromKeyword(error);
  const suggestion =
    error.keyword === "enum" && typeof error.data === "string"
      ? didYouMean(error.data, (error.params.allowedValues as unknown[]).map(String))
      : "";
  return { ...at(path), message: `${field}: expected ${expected}, got ${describeValue(error.data)}${suggestion}` };
}

function expectedText(schema: unknown): string | undefined {
  const text = (schema as Schema | undefined)?.["x-expected"];
  return typeof text === "string" ? text : undefined;
}

function expectedFromKeyword(error: ErrorObject): string {
  const schema = (error.parentSchema ?? {}) as Schema;
  switch (error.keyword) {
    case "type":
      return typeWords(schema);
    case "enum":
      return `one of ${(error.params.allowedValues as unknown[]).join(", ")}`;
    case "const":
      return JSON.stringify(error.params.allowedValue);
    default:
      return `a value that ${error.message ?? "is valid"}`;
  }
}

function typeWords(schema: Schema): string {
  const types = ([] as unknown[]).concat(schema.type);
  return types
    .map((type) => {
      if (type === "array") {
        const items = (schema.items as Schema | undefined)?.type;
        return typeof items === "string" ? `a list of ${items}s` : "a list";
      }
      return TYPE_WORDS[String(type)] ?? String(type);
    })
    .join(" or ");
}

const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  object: "a mapping",
  null: "nothing",
};

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const shown = JSON.stringify(value);
  const short = shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
  return `${typeof value === "string" ? "a string" : `a ${typeof value}`} (${short})`;
}

export function pointerToPath(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
