import { Ajv, type Options, type ValidateFunction } from "ajv";
import { fieldParam } from "../model/fields.js";
import type { Severity } from "../model/types.js";
import { PRECOMPILED_POLICY_SCHEMAS } from "./builtin-validators.js";
import { fieldsRead } from "./fields-read.js";
import { linearRegExp } from "./linear-regexp.js";
import type { JsonSchema, LoadedPolicy } from "./policy.js";

export interface CompiledPolicy {
  policy: LoadedPolicy;
  params: Record<string, unknown>;
  when?: ValidateFunction;
  assert: ValidateFunction;
  escalate: { severity: Severity; when: ValidateFunction }[];
  /** The subject fields the policy reads (see fieldsRead). */
  reads: Set<string>;
  /** The params the config overrides, in words for the finding (`maxTimeout 600 set in .archlint.yml`). */
  overrideNote?: string;
}

type SchemaCompiler = (schema: JsonSchema) => ValidateFunction;
const compilers = new Map<boolean, SchemaCompiler>();

/** How policy schemas compile; `scripts/precompile-policies.ts` generates the built-in ones' code with these. */
export function policyAjvOptions(builtin: boolean): Options {
  return {
    $data: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allErrors: false,
    validateSchema: !builtin,
    // The optimising pass costs more at every start than it saves on the few thousand subjects of a scan.
    code: { regExp: linearRegExp, optimize: false },
  };
}

/**
 * One validator cache per process: a schema, once its params are substituted, is compiled once, whether the
 * loader checks it or a scan runs it, whatever the number of subjects. The built-in policies' schemas (with
 * their default params) were compiled at build time, so a scan compiles only what a team wrote or changed.
 * Only a team's own policies are checked against the JSON Schema meta-schema when they compile (compiling the
 * meta-schema costs more than all the built-in policies): the built-in ones are checked by archlint's tests.
 */
export function schemaCompiler(origin: { builtin: boolean } = { builtin: false }): SchemaCompiler {
  const existing = compilers.get(origin.builtin);
  if (existing) return existing;
  let ajv: Ajv | undefined;
  const compiled = new Map<string, ValidateFunction>();
  const compiler: SchemaCompiler = (schema) => {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key) ?? (origin.builtin ? PRECOMPILED_POLICY_SCHEMAS.get(key) : undefined);
    if (!validate) {
      ajv ??= new Ajv(policyAjvOptions(origin.builtin));
      validate = ajv.compile(schema);
    }
    compiled.set(key, validate);
    return validate;
  };
  compilers.set(origin.builtin, compiler);
  return compiler;
}

export function compilePolicy(
  policy: LoadedPolicy,
  compile: (schema: JsonSchema) => ValidateFunction,
  overrideParams: Record<string, unknown> = {},
  configFile = "the config",
): CompiledPolicy {
  const params = { ...policy.params, ...overrideParams };
  const prepare = (schema: JsonSchema) => compile(substituteParams(schema, params, policy.id) as JsonSchema);
  const overrides = Object.entries(overrideParams).map(([name, value]) => `${name} ${JSON.stringify(value)}`);
  return {
    policy,
    params,
    when: policy.when ? prepare(policy.when) : undefined,
    assert: prepare(policy.assert),
    escalate: (policy.escalate ?? []).map((e) => ({ severity: e.severity, when: prepare(e.when) })),
    reads: fieldsRead(policy),
    ...(overrides.length ? { overrideNote: `${overrides.join(", ")} set in ${configFile}` } : {}),
  };
}

/** The params as a finding's message reads them: a `$field` default takes the value of that field. */
export function paramValues(params: Record<string, unknown>, subject: unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      const field = fieldParam(value);
      return [name, field === undefined ? value : valueAt(subject, field.split("."))];
    }),
  );
}

function valueAt(node: unknown, path: string[]): unknown {
  let value = node;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Keywords whose schemas judge a value one level down (a property's, an item's) rather than the value itself. */
const CHILD_SCHEMAS = new Set(["items", "additionalItems", "contains", "additionalProperties"]);
const CHILD_SCHEMA_MAPS = new Set(["properties", "patternProperties"]);

/**
 * Replaces every `{ $param: name }` with the param's value; an unknown name is the policy author's error. A param
 * whose value is `{ $field: name }` (its default, unless the config overrides it) becomes a `$data` pointer to
 * that field of the subject, relative to where it stands (`depth` levels below the subject).
 */
export function substituteParams(node: unknown, params: Record<string, unknown>, policyId: string, depth = 0): unknown {
  if (Array.isArray(node)) return node.map((item) => substituteParams(item, params, policyId, depth));
  if (typeof node !== "object" || node === null) return node;
  const record = node as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === "$param") {
    const name = String(record.$param);
    if (!Object.hasOwn(params, name))
      throw new Error(`policy ${policyId} uses $param "${name}", which it does not define`);
    const field = fieldParam(params[name]);
    return field === undefined ? params[name] : { $data: `${depth}/${field.split(".").map(escapePointer).join("/")}` };
  }
  return Object.fromEntries(
    keys.map((key) => {
      const value = record[key];
      if (CHILD_SCHEMA_MAPS.has(key) && typeof value === "object" && value !== null && !Array.isArray(value)) {
        const entries = Object.entries(value).map(([name, sub]) => [
          name,
          substituteParams(sub, params, policyId, depth + 1),
        ]);
        return [key, Object.fromEntries(entries)];
      }
      return [key, substituteParams(value, params, policyId, CHILD_SCHEMAS.has(key) ? depth + 1 : depth)];
    }),
  );
}

function escapePointer(part: string): string {
  return part.replace(/~/g, "~0").replace(/\//g, "~1");
}
