import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT } from "../helpers/bundle.js";

/**
 * The TypeScript entity types and the model's schemas cannot drift: every field an interface of
 * src/model/types.ts declares is in the matching schema, with the same JSON type. A test rather than generating
 * one from the other: the schemas carry what types cannot (descriptions for docs/model.md, closed objects for the
 * policy checks), and fields link derives are declared in the schema alone (entities carry them through
 * EntityBase's index signature), so the direction checked is types → schemas, where a rename would break policies.
 */
const TYPES = join(PROJECT, "src", "model", "types.ts");
const SCHEMAS = join(PROJECT, "schemas", "model");

type Schema = Record<string, unknown> & { properties?: Record<string, Schema> };

const schema = (kind: string): Schema => JSON.parse(readFileSync(join(SCHEMAS, `${kind}.schema.json`), "utf8"));
const entity = schema("entity");
const withBase = (own: Schema): Schema => ({ ...own, properties: { ...entity.properties, ...own.properties } });
const items = (parent: Schema, field: string) => parent.properties?.[field]?.items as Schema;

const PAIRS: [string, () => Schema][] = [
  ["FunctionEntity", () => withBase(schema("function"))],
  ["QueueEntity", () => withBase(schema("queue"))],
  ["WorkloadEntity", () => schema("workload")],
  ["AutoscalerEntity", () => schema("autoscaler")],
  ["Trigger", () => items(schema("function"), "triggers")],
  ["ContainerInfo", () => items(schema("workload"), "containers")],
];

function interfaceFields(): Map<string, Map<string, string>> {
  const program = ts.createProgram([TYPES], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(TYPES);
  if (!source) throw new Error("src/model/types.ts not found");
  const result = new Map<string, Map<string, string>>();
  ts.forEachChild(source, (node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const type = checker.getTypeAtLocation(node);
    const fields = new Map<string, string>();
    for (const property of checker.getPropertiesOfType(type)) {
      fields.set(property.name, jsonType(checker, checker.getTypeOfSymbolAtLocation(property, node)));
    }
    result.set(node.name.text, fields);
  });
  return result;
}

function jsonType(checker: ts.TypeChecker, type: ts.Type): string {
  const parts = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & ts.TypeFlags.Undefined));
  const names = new Set(
    parts.map((part) => {
      if (part.flags & ts.TypeFlags.NumberLike) return "number";
      if (part.flags & ts.TypeFlags.StringLike) return "string";
      if (part.flags & ts.TypeFlags.BooleanLike) return "boolean";
      if (checker.isArrayType(part)) return "array";
      if (part.flags & ts.TypeFlags.Unknown) return "any";
      return "object";
    }),
  );
  return [...names].sort().join(" or ");
}

function schemaType(property: Schema): string {
  if (typeof property.type === "string") return property.type === "integer" ? "number" : property.type;
  if (Array.isArray(property.type)) return [...property.type].sort().join(" or ");
  if (property.const !== undefined) return typeof property.const;
  if (Array.isArray(property.enum)) return typeof property.enum[0];
  if (property.$ref === "#/definitions/sourceRef") return "object";
  return "any";
}

describe("src/model/types.ts and schemas/model/", () => {
  const interfaces = interfaceFields();

  it.each(PAIRS)("%s: every declared field is in the schema, with its type", (name, schemaOf) => {
    const fields = interfaces.get(name);
    expect(fields, name).toBeDefined();
    const properties = schemaOf().properties ?? {};
    const mismatches = [...(fields ?? [])].flatMap(([field, type]) => {
      const property = properties[field];
      if (!property) return [`${field}: not in the schema`];
      const documented = schemaType(property);
      return documented === type || documented === "any"
        ? []
        : [`${field}: ${type} in TypeScript, ${documented} in the schema`];
    });
    expect(mismatches).toEqual([]);
  });
});
