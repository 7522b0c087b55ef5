import type { JsonSchema, Policy } from "./policy.js";

const COMBINATORS = ["allOf", "anyOf", "oneOf"] as const;
const BRANCHES = ["not", "if", "then", "else"] as const;

/**
 * The subject's own fields a policy reads: those its schemas name at the top level (in `properties` or
 * `required`, through allOf/anyOf/oneOf/not/if/then/else), and its `at` field. A subject with one of them
 * unresolved is not judged by the policy, so no finding is ever invented from a value archlint could not read.
 */
export function fieldsRead(policy: Policy): Set<string> {
  const fields = new Set<string>(policy.at ? [policy.at.split(".")[0] as string] : []);
  if (policy.each) return fields;
  for (const schema of [policy.when, policy.assert, ...(policy.escalate ?? []).map((e) => e.when)]) {
    if (schema) collect(schema, fields);
  }
  return fields;
}

function collect(schema: unknown, fields: Set<string>): void {
  if (typeof schema !== "object" || schema === null) return;
  const node = schema as JsonSchema;
  if (typeof node.properties === "object" && node.properties !== null) {
    for (const key of Object.keys(node.properties)) fields.add(key);
  }
  if (Array.isArray(node.required)) for (const key of node.required) fields.add(String(key));
  for (const key of COMBINATORS) if (Array.isArray(node[key])) for (const part of node[key]) collect(part, fields);
  for (const key of BRANCHES) collect(node[key], fields);
}
