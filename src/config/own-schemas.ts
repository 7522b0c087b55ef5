import type { AnySchema, Options } from "ajv";
import configSchema from "../../schemas/config.schema.json" with { type: "json" };
import policySchema from "../../schemas/policy.schema.json" with { type: "json" };

export interface OwnSchema {
  file: string;
  schema: AnySchema;
  options: Options;
  /** Keywords the schema uses that ajv does not know (annotations only). */
  keywords: string[];
}

/**
 * archlint's own schemas (the config file's and a policy file's) and how each compiles: from the sources when
 * schema-validators.ts loads, at build time into the bundles' code (scripts/generated-modules.ts). Both are held
 * to the JSON Schema meta-schema by archlint's tests, not at every start.
 */
export const OWN_SCHEMAS = {
  validateConfig: {
    file: "schemas/config.schema.json",
    schema: configSchema,
    options: { allErrors: true, strict: true, verbose: true, validateSchema: false },
    keywords: ["x-expected"],
  },
  validatePolicyFile: {
    file: "schemas/policy.schema.json",
    schema: policySchema,
    options: { allErrors: true, strict: false, verbose: true, validateSchema: false },
    keywords: [],
  },
} satisfies Record<string, OwnSchema>;
