import autoscaler from "../../schemas/model/autoscaler.schema.json" with { type: "json" };
import entity from "../../schemas/model/entity.schema.json" with { type: "json" };
import fn from "../../schemas/model/function.schema.json" with { type: "json" };
import gateway from "../../schemas/model/gateway.schema.json" with { type: "json" };
import networkPolicy from "../../schemas/model/network-policy.schema.json" with { type: "json" };
import queue from "../../schemas/model/queue.schema.json" with { type: "json" };
import repository from "../../schemas/model/repository.schema.json" with { type: "json" };
import service from "../../schemas/model/service.schema.json" with { type: "json" };
import workload from "../../schemas/model/workload.schema.json" with { type: "json" };
import type { EntityKind } from "./types.js";

/**
 * What a subject's schema says about one field: its JSON type, and the fields under it when it is an object
 * (`fields`) or a list of objects (`items`). `open` marks a map or a value of any shape (`podLabels`,
 * `triggers[].source`), whose keys no schema lists and no check can judge.
 */
export interface FieldShape {
  type?: string;
  fields?: Map<string, FieldShape>;
  items?: FieldShape;
  open: boolean;
}

type Schema = Record<string, unknown>;

const SCHEMAS: Record<EntityKind, Schema> = {
  function: fn,
  workload,
  autoscaler,
  service,
  gateway,
  queue,
  "network-policy": networkPolicy,
  repository,
};

/** The shape of a subject, from its schema in schemas/model/ (with the common entity fields it refers to). */
export function subjectShape(kind: EntityKind): FieldShape {
  const schema = SCHEMAS[kind];
  const inherited = Array.isArray(schema.allOf) && schema.allOf.length > 0 ? shapeOf(entity) : undefined;
  const own = shapeOf(schema);
  return { ...own, fields: new Map([...(inherited?.fields ?? []), ...(own.fields ?? [])]) };
}

export const SUBJECT_KINDS = Object.keys(SCHEMAS) as EntityKind[];

function shapeOf(schema: Schema): FieldShape {
  const type = typeName(schema);
  if (type === "array") {
    const items = schema.items as Schema | undefined;
    return { type, items: items ? shapeOf(items) : { open: true }, open: false };
  }
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (!properties) return { type, open: type === "object" || type === undefined };
  const fields = new Map(Object.entries(properties).map(([name, property]) => [name, shapeOf(property)]));
  return { type: "object", fields, open: schema.additionalProperties !== false };
}

function typeName(schema: Schema): string | undefined {
  if (typeof schema.type === "string") return schema.type;
  if (schema.const !== undefined) return typeof schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return typeof schema.enum[0];
  return undefined;
}

/** The field a policy param is bound to (`maxTimeout: { $field: platformMaxTimeout }`), if it is one. */
export function fieldParam(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const field = (value as Record<string, unknown>).$field;
  return keys.length === 1 && typeof field === "string" ? field : undefined;
}
