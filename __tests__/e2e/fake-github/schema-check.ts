import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";

/** One REST operation as scripts/extract-github-operations.mjs wrote it from GitHub's OpenAPI description. */
export interface OperationSpec {
  method: string;
  path: string;
  parameters: { name: string; in: "path" | "query" | "header"; required: boolean; schema: Record<string, unknown> }[];
  requestBody?: { required: boolean; schema: Record<string, unknown> };
  successStatus: number;
}

export interface MatchedRequest {
  operationId: string;
  pathParams: Record<string, string | number>;
  query: Record<string, unknown>;
  /** Why GitHub would refuse (or silently ignore part of) the request; empty when the request is valid. */
  errors: string[];
}

const OPERATIONS_FILE = new URL("./operations.json", import.meta.url);

/**
 * OpenAPI 3.0 schemas are almost JSON Schema: `nullable: true` becomes a `null` alternative. Everything else the
 * extracted operations use (type, properties, required, items, enum, oneOf, default, format, minItems) is shared.
 */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== "object") return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    converted[key] =
      key === "properties"
        ? Object.fromEntries(Object.entries(value as object).map(([name, child]) => [name, toJsonSchema(child)]))
        : key === "enum" || key === "required" || key === "default"
          ? value
          : toJsonSchema(value);
  }
  if (nullable !== true) return converted;
  if (typeof converted.type === "string" && !converted.oneOf && !converted.enum) {
    return { ...converted, type: [converted.type, "null"] };
  }
  return { anyOf: [converted, { type: "null" }] };
}

/**
 * GitHub ignores body properties it does not know; a request that sends one has a bug the real API would hide,
 * so the checker refuses unknown top-level properties of object bodies.
 */
function closeTopLevel(schema: Record<string, unknown>): Record<string, unknown> {
  return schema.type === "object" && schema.properties && schema.additionalProperties === undefined
    ? { ...schema, additionalProperties: false }
    : schema;
}

interface CompiledOperation {
  id: string;
  spec: OperationSpec;
  pattern: RegExp;
  pathNames: string[];
  body?: ValidateFunction;
  query: Map<string, { validate: ValidateFunction; type: unknown; required: boolean }>;
}

/** Matches requests to the operations archlint uses and checks them against GitHub's own schemas. */
export class RequestChecker {
  private readonly operations: CompiledOperation[];

  constructor(operations: Record<string, OperationSpec> = loadOperations()) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:/i);
    ajv.addFormat("int64", { type: "number", validate: Number.isSafeInteger });
    this.operations = Object.entries(operations).map(([id, spec]) => {
      const pathNames: string[] = [];
      const source = spec.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_, name: string) => {
        pathNames.push(name);
        return "([^/]+)";
      });
      const query = new Map<string, { validate: ValidateFunction; type: unknown; required: boolean }>();
      for (const parameter of spec.parameters.filter((p) => p.in === "query" || p.in === "path")) {
        const schema = toJsonSchema(parameter.schema) as Record<string, unknown>;
        query.set(`${parameter.in}:${parameter.name}`, {
          validate: ajv.compile(schema),
          type: schema.type,
          required: parameter.required,
        });
      }
      return {
        id,
        spec,
        pattern: new RegExp(`^${source}$`),
        pathNames,
        body: spec.requestBody
          ? ajv.compile(closeTopLevel(toJsonSchema(spec.requestBody.schema) as Record<string, unknown>))
          : undefined,
        query,
      };
    });
  }

  /** The operation a method and URL path name, with its parameters checked; undefined for an unknown route. */
  match(method: string, url: URL, body: unknown): MatchedRequest | undefined {
    for (const operation of this.operations) {
      if (operation.spec.method !== method) continue;
      const match = operation.pattern.exec(url.pathname);
      if (!match) continue;
      const errors: string[] = [];
      const pathParams: Record<string, string | number> = {};
      operation.pathNames.forEach((name, index) => {
        const raw = decodeURIComponent(match[index + 1] ?? "");
        pathParams[name] = this.checkParameter(operation, "path", name, raw, errors) as string | number;
      });
      const query: Record<string, unknown> = {};
      for (const [name, raw] of url.searchParams) {
        if (!operation.query.has(`query:${name}`)) {
          errors.push(`query parameter ${name} is not defined for ${operation.id}`);
          continue;
        }
        query[name] = this.checkParameter(operation, "query", name, raw, errors);
      }
      if (operation.body) {
        if (body === undefined) {
          if (operation.spec.requestBody?.required) errors.push(`${operation.id} needs a JSON body`);
        } else if (!operation.body(body)) {
          for (const error of operation.body.errors ?? []) {
            errors.push(`body${error.instancePath} ${error.message}${formatParams(error.params)}`);
          }
        }
      } else if (body !== undefined) {
        errors.push(`${operation.id} takes no body`);
      }
      return { operationId: operation.id, pathParams, query, errors };
    }
    return undefined;
  }

  private checkParameter(
    operation: CompiledOperation,
    location: "path" | "query",
    name: string,
    raw: string,
    errors: string[],
  ): unknown {
    const parameter = operation.query.get(`${location}:${name}`);
    if (!parameter) return raw;
    const value = parameter.type === "integer" || parameter.type === "number" ? Number(raw) : raw;
    if (!parameter.validate(value)) errors.push(`${location} parameter ${name}=${JSON.stringify(raw)} is invalid`);
    return value;
  }
}

function formatParams(params: Record<string, unknown>): string {
  const detail = params.additionalProperty ?? params.allowedValues ?? params.missingProperty;
  return detail === undefined ? "" : ` (${JSON.stringify(detail)})`;
}

export function loadOperations(): Record<string, OperationSpec> {
  return JSON.parse(readFileSync(OPERATIONS_FILE, "utf8")).operations;
}
