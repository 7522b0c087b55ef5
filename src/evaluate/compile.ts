import { Ajv, type Options, type ValidateFunction } from "ajv";
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
): CompiledPolicy {
  const params = { ...policy.params, ...overrideParams };
  const prepare = (schema: JsonSchema) => compile(substituteParams(schema, params, policy.id) as JsonSchema);
  return {
    policy,
    params,
    when: policy.when ? prepare(policy.when) : undefined,
    assert: prepare(policy.assert),
    escalate: (policy.escalate ?? []).map((e) => ({ severity: e.severity, when: prepare(e.when) })),
    reads: fieldsRead(policy),
  };
}

/** Replaces every `{ $param: name }` with the param's value; an unknown name is the policy author's error. */
export function substituteParams(node: unknown, params: Record<string, unknown>, policyId: string): unknown {
  if (Array.isArray(node)) return node.map((item) => substituteParams(item, params, policyId));
  if (typeof node !== "object" || node === null) return node;
  const record = node as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === "$param") {
    const name = String(record.$param);
    if (!Object.hasOwn(params, name))
      throw new Error(`policy ${policyId} uses $param "${name}", which it does not define`);
    return params[name];
  }
  return Object.fromEntries(keys.map((key) => [key, substituteParams(record[key], params, policyId)]));
}
