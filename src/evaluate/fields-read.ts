import { fieldParam } from "../model/fields.js";
import type { DocPath } from "../model/types.js";
import type { JsonSchema, Policy } from "./policy.js";

/** `[]` stands for any item of a list: `triggers[].queue.visibilityTimeout`. */
export const ITEM = "[]";

/**
 * One field a policy reads: its path from the policy's subject (or from the item, for a policy with `each`),
 * and where the policy file names it. `param` is set when the path is a param's name, not a field.
 */
export interface FieldRead {
  path: string[];
  /** Read from the subject itself though the policy judges items (`{{subject.name}}`, `each`). */
  fromSubject?: boolean;
  param?: boolean;
  where: DocPath;
}

const COMBINATORS = ["allOf", "anyOf", "oneOf"] as const;
const BRANCHES = ["not", "if", "then", "else"] as const;
const ITEM_SCHEMAS = ["items", "additionalItems", "contains"] as const;

/**
 * Every field a policy reads: in `when`, `assert` and `escalate` (the keys of `properties`, `required` and
 * `dependencies`, at any depth through lists and combinators, and `$data` pointers), `$field` param
 * defaults, `each`, `at` and the message's placeholders.
 */
export function fieldReads(policy: Policy): FieldRead[] {
  const reads: FieldRead[] = [];
  if (policy.each) reads.push({ path: [policy.each], fromSubject: true, where: ["each"] });
  const schemas: [JsonSchema | undefined, DocPath][] = [
    [policy.when, ["when"]],
    [policy.assert, ["assert"]],
    ...(policy.escalate ?? []).map((e, i): [JsonSchema, DocPath] => [e.when, ["escalate", i, "when"]]),
  ];
  for (const [schema, where] of schemas) if (schema) collect(schema, [], where, reads);
  for (const [name, value] of Object.entries(policy.params ?? {})) {
    const field = fieldParam(value);
    if (field !== undefined) reads.push({ path: dotted(field), where: ["params", name, "$field"] });
  }
  if (policy.at) reads.push({ path: dotted(policy.at), where: ["at"] });
  reads.push(...templateReads(policy.message, Boolean(policy.each)));
  return reads;
}

/**
 * The subject's own top-level fields a policy reads. A subject with one of them unresolved is not judged by the
 * policy, so no finding is ever invented from a value archlint could not read.
 */
export function fieldsRead(policy: Policy): Set<string> {
  const fields = new Set<string>(policy.at ? [policy.at.split(".")[0] as string] : []);
  if (policy.each) return fields;
  for (const read of fieldReads(policy)) {
    if (!read.param && read.where[0] !== "message" && read.path[0] !== undefined) fields.add(read.path[0]);
  }
  return fields;
}

/** `containers.0.name` → `containers`, `[]`, `name`. */
export function dotted(path: string): string[] {
  return path.split(".").map((part) => (/^\d+$/.test(part) ? ITEM : part));
}

function collect(schema: unknown, at: string[], where: DocPath, reads: FieldRead[]): void {
  if (typeof schema !== "object" || schema === null) return;
  const node = schema as JsonSchema;
  if (isRecord(node.properties)) {
    for (const [key, sub] of Object.entries(node.properties)) {
      reads.push({ path: [...at, key], where: [...where, "properties", key] });
      collect(sub, [...at, key], [...where, "properties", key], reads);
    }
  }
  for (const key of ["required", "dependencies"] as const) {
    const names = Array.isArray(node[key]) ? node[key] : isRecord(node[key]) ? Object.keys(node[key]) : [];
    names.forEach((name, index) => {
      reads.push({ path: [...at, String(name)], where: [...where, key, Array.isArray(node[key]) ? index : name] });
    });
  }
  for (const key of ITEM_SCHEMAS) {
    const sub = node[key];
    if (!Array.isArray(sub)) collect(sub, [...at, ITEM], [...where, key], reads);
    else
      sub.forEach((s, i) => {
        collect(s, [...at, ITEM], [...where, key, i], reads);
      });
  }
  for (const key of COMBINATORS) {
    const parts = node[key];
    if (!Array.isArray(parts)) continue;
    parts.forEach((part, i) => {
      collect(part, at, [...where, key, i], reads);
    });
  }
  for (const key of BRANCHES) collect(node[key], at, [...where, key], reads);
  for (const [key, value] of Object.entries(node)) {
    const pointer = isRecord(value) && typeof value.$data === "string" ? value.$data : undefined;
    const path = pointer === undefined ? undefined : resolvePointer(at, pointer);
    if (path) reads.push({ path, where: [...where, key, "$data"] });
  }
}

/** A relative JSON pointer (`1/effectiveMinReplicas`) from the value at `at`, as a field path. */
function resolvePointer(at: string[], pointer: string): string[] | undefined {
  const match = /^(\d+)((?:\/[^/]*)*)$/.exec(pointer);
  if (!match) return undefined;
  const up = Number(match[1]);
  if (up > at.length) return undefined;
  const rest = (match[2] ?? "")
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  return [...at.slice(0, at.length - up), ...rest.map((part) => (/^\d+$/.test(part) ? ITEM : part))];
}

/** `{{a.b}}`, `{{params.x}}`, `{{params[field]}}`, `{{params.x[field]}}`, `{{a ?? b}}` and, for an item, `{{subject.x}}`. */
function templateReads(message: string, item: boolean): FieldRead[] {
  const reads: FieldRead[] = [];
  for (const [, expression] of message.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)) {
    for (const alternative of (expression ?? "").split("??").map((a) => a.trim())) {
      const keyed = /^params\[([^\]]+)\]$/.exec(alternative);
      if (keyed) reads.push(...templateReads(`{{${keyed[1]}}}`, item));
      else if (alternative.startsWith("params.")) {
        const rest = alternative.slice("params.".length);
        reads.push({ path: [rest.split(/[.[]/)[0] as string], param: true, where: ["message"] });
        for (const [, inner] of rest.matchAll(/\[([^\]]+)\]/g)) reads.push(...templateReads(`{{${inner}}}`, item));
      } else if (item && alternative.startsWith("subject.")) {
        reads.push({ path: dotted(alternative.slice("subject.".length)), fromSubject: true, where: ["message"] });
      } else reads.push({ path: dotted(alternative), where: ["message"] });
    }
  }
  return reads;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
