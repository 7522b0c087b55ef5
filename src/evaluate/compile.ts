import { Ajv, type ValidateFunction } from "ajv";
import { RE2JS } from "re2js";
import type { Severity } from "../model/types.js";
import { fieldsRead } from "./fields-read.js";
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

/**
 * `pattern` and `patternProperties` in policies (a team's own included) run on RE2, in linear time: no pattern
 * can hang a scan. Lookarounds and backreferences, which RE2 lacks, fail when the policy loads, at its line.
 */
const linearRegExp = Object.assign((pattern: string) => RE2JS.compile(pattern), { code: "RE2JS.compile" });

type SchemaCompiler = (schema: JsonSchema) => ValidateFunction;
const compilers = new Map<boolean, SchemaCompiler>();

/**
 * One validator cache per process: a schema, once its params are substituted, is compiled once, whether the
 * loader checks it or a scan runs it, whatever the number of subjects. Only a team's own policies are checked
 * against the JSON Schema meta-schema when they compile (compiling the meta-schema costs more than all the
 * built-in policies): the built-in ones are checked by archlint's tests.
 */
export function schemaCompiler(origin: { builtin: boolean } = { builtin: false }): SchemaCompiler {
  const existing = compilers.get(origin.builtin);
  if (existing) return existing;
  const ajv = new Ajv({
    $data: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allErrors: false,
    validateSchema: !origin.builtin,
    // The optimising pass costs more at every start than it saves on the few thousand subjects of a scan.
    code: { regExp: linearRegExp, optimize: false },
  });
  const compiled = new Map<string, ValidateFunction>();
  const compiler: SchemaCompiler = (schema) => {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(schema);
      compiled.set(key, validate);
    }
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
