import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/engine/scan.js";
import { PRECOMPILED_POLICY_SCHEMAS } from "../../src/evaluate/builtin-validators.generated.js";
import { compilePolicy, policyAjvOptions } from "../../src/evaluate/compile.js";
import { loadPolicies } from "../../src/evaluate/load-policies.js";
import type { JsonSchema } from "../../src/evaluate/policy.js";
import { nodeFileSystem } from "../../src/io/file-system.js";

const BUILTIN = join(import.meta.dirname, "../../policies");
const FIXTURES = join(import.meta.dirname, "../fixtures/policies");

describe("the built-in policies' validators generated at build time", () => {
  const { policies } = loadPolicies(nodeFileSystem, [
    { directory: BUILTIN, displayPrefix: "policies/", builtin: true },
  ]);
  const schemas = new Map<string, JsonSchema>();
  for (const policy of policies) {
    compilePolicy(policy, (schema) => {
      schemas.set(JSON.stringify(schema), schema);
      return (() => true) as unknown as ValidateFunction;
    });
  }

  it("cover every schema the built-in policies compile (`npm run build` regenerates them)", () => {
    expect(schemas.size).toBeGreaterThan(30);
    expect([...schemas.keys()].filter((key) => !PRECOMPILED_POLICY_SCHEMAS.has(key))).toEqual([]);
  });

  it("answer as ajv compiling the same schema at run time, on every subject of the policy fixtures", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const subjects = scan({ root: FIXTURES, fs: nodeFileSystem, policies: [], now }).model.entities;
    const ajv = new Ajv(policyAjvOptions(true));
    let compared = 0;
    for (const [key, schema] of schemas) {
      const precompiled = PRECOMPILED_POLICY_SCHEMAS.get(key);
      const compiled = ajv.compile(schema);
      for (const subject of subjects) {
        expect([key, precompiled?.(subject)]).toEqual([key, compiled(subject)]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5_000);
  });
});
