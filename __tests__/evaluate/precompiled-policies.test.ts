import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { builtinValidatorsModule } from "../../scripts/generated-modules.js";
import { scan } from "../../src/engine/scan.js";
import { compilePolicy, schemaCompiler } from "../../src/evaluate/compile.js";
import { loadPolicies } from "../../src/evaluate/load-policies.js";
import type { JsonSchema } from "../../src/evaluate/policy.js";
import { nodeFileSystem } from "../../src/io/file-system.js";
import { importGenerated } from "../helpers/generated-module.js";

const PROJECT = join(import.meta.dirname, "../..");
const FIXTURES = join(PROJECT, "__tests__/fixtures/policies");

describe("the built-in policies' validators, compiled ahead of time into the bundles", async () => {
  const { policies } = loadPolicies(nodeFileSystem, [
    { directory: join(PROJECT, "policies"), displayPrefix: "policies/", builtin: true },
  ]);
  const schemas = new Map<string, JsonSchema>();
  for (const policy of policies) {
    compilePolicy(policy, (schema) => {
      schemas.set(JSON.stringify(schema), schema);
      return (() => true) as unknown as ValidateFunction;
    });
  }
  const linearRegExp = join(PROJECT, "src/evaluate/linear-regexp.ts");
  const { PRECOMPILED_POLICY_SCHEMAS: bundled } = await importGenerated<{
    PRECOMPILED_POLICY_SCHEMAS: ReadonlyMap<string, ValidateFunction>;
  }>(builtinValidatorsModule(PROJECT, linearRegExp));

  it("cover every schema the built-in policies compile", () => {
    expect(schemas.size).toBeGreaterThan(30);
    expect([...schemas.keys()].filter((key) => !bundled.has(key))).toEqual([]);
  });

  it("answer as the sources compile the same schema at run time, on every subject of the policy fixtures", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const subjects = scan({ root: FIXTURES, fs: nodeFileSystem, policies: [], now }).model.entities;
    const compile = schemaCompiler({ builtin: true });
    let compared = 0;
    for (const [key, schema] of schemas) {
      const precompiled = bundled.get(key);
      const compiled = compile(schema);
      expect(compiled).not.toBe(precompiled);
      for (const subject of subjects) {
        expect([key, precompiled?.(subject)]).toEqual([key, compiled(subject)]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5_000);
  });
});
