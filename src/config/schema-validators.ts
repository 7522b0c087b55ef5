import { Ajv, type ValidateFunction } from "ajv";
import type { Policy } from "../evaluate/policy.js";
import type { Config } from "./config.js";
import { OWN_SCHEMAS, type OwnSchema } from "./own-schemas.js";

// From the sources, archlint's own schemas compile when this module loads. The bundles do not: scripts/build.mjs
// bundles a module generated in this one's place, with ajv's standalone code for the same schemas and options.

function compileOwnSchema({ schema, options, keywords }: OwnSchema): ValidateFunction {
  const ajv = new Ajv({ ...options, code: { optimize: false } });
  for (const keyword of keywords) ajv.addKeyword(keyword);
  return ajv.compile(schema);
}

export const validateConfig = compileOwnSchema(OWN_SCHEMAS.validateConfig) as ValidateFunction<Config>;
export const validatePolicyFile = compileOwnSchema(OWN_SCHEMAS.validatePolicyFile) as ValidateFunction<Policy>;
